import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { allHidden, deleteNotes, takeOutOfCluster, toggleHidden } from '../actions'
import type { CanvasController } from './controller'

export interface NoteMenuState {
  noteId: string
  /** Client (viewport) coordinates of the right-click. */
  x: number
  y: number
}

interface Props {
  menu: NoteMenuState
  controller: CanvasController
  /** Edit the note's text and dimension (or merge the selection it belongs to). */
  onEdit?: (noteId: string) => void
  onClose: () => void
}

/**
 * The right-click menu of a note on the canvas: moderation and cluster
 * actions on the current selection (the note right-clicked is selected
 * first, as in any desktop app). Closes on Escape, on a click outside, and
 * after an action.
 */
export function NoteMenu({ menu, controller, onEdit, onClose }: Props) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDivElement>(null)
  const [confirmDelete, setConfirmDelete] = useState(false)
  const note = controller.note(menu.noteId)
  const { ctx } = controller

  // The caller passes a fresh onClose each render: read it through a ref so
  // the listeners (and the focus) are set up once, not on every render.
  const close = useRef(onClose)
  close.current = onClose
  useEffect(() => {
    ref.current?.querySelector('button')?.focus()
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close.current()
    const onDown = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) close.current()
    }
    window.addEventListener('keydown', onKey)
    window.addEventListener('pointerdown', onDown, true)
    return () => {
      window.removeEventListener('keydown', onKey)
      window.removeEventListener('pointerdown', onDown, true)
    }
  }, [])

  if (!note) return null
  const act = (fn: () => void) => () => {
    fn()
    onClose()
  }
  return (
    <div
      ref={ref}
      className="note-menu"
      role="menu"
      aria-label={t('noteMenu.label')}
      style={{ left: menu.x, top: menu.y }}
    >
      {onEdit ? (
        <button type="button" role="menuitem" onClick={act(() => onEdit(menu.noteId))}>
          {t('writes.menu.edit')}
        </button>
      ) : null}
      <button type="button" role="menuitem" onClick={act(() => toggleHidden.perform(ctx))}>
        {allHidden(ctx) ? t('board.unhide') : t('board.hide')}
      </button>
      {note.clusterId ? (
        <>
          <button
            type="button"
            role="menuitem"
            onClick={act(() => controller.openCluster(note.clusterId!))}
          >
            {t('noteMenu.openCluster')}
          </button>
          <button type="button" role="menuitem" onClick={act(() => takeOutOfCluster.perform(ctx))}>
            {t('noteMenu.ungroup')}
          </button>
        </>
      ) : null}
      <button
        type="button"
        role="menuitem"
        className={confirmDelete ? 'note-menu__danger' : ''}
        onClick={confirmDelete ? act(() => deleteNotes.perform(ctx)) : () => setConfirmDelete(true)}
      >
        {confirmDelete ? t('board.confirmDelete') : t('board.delete')}
      </button>
    </div>
  )
}
