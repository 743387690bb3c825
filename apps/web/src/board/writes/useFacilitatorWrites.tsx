import { useCallback, useEffect, useState } from 'react'
import type * as Y from 'yjs'
import type { BoardState } from '../../model'
import { NoteComposer } from './NoteComposer'
import { NoteEditDialog } from './NoteEditDialog'
import { WorkshopSettings } from './WorkshopSettings'
import './writes.css'

type Open = { kind: 'composer' } | { kind: 'edit'; noteIds: string[] } | { kind: 'settings' } | null

/** Whether a key press is typing into a field (the N shortcut must not fire there). */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(
      target.type,
    )
  return target.isContentEditable || /^(TEXTAREA|SELECT)$/.test(target.tagName)
}

/**
 * The facilitator's writing dialogs and how to open them: the composer (also
 * the N key anywhere on the board but in a field), the note editor (one
 * note, or several to merge), the workshop settings. One open at a time.
 */
export function useFacilitatorWrites(props: {
  boardDoc: Y.Doc
  state: BoardState
  workshopId: string
  token: string
  enabled: boolean
}) {
  const { boardDoc, state, workshopId, token, enabled } = props
  const [open, setOpen] = useState<Open>(null)
  const close = useCallback(() => setOpen(null), [])
  const openComposer = useCallback(() => setOpen({ kind: 'composer' }), [])
  const openSettings = useCallback(() => setOpen({ kind: 'settings' }), [])
  const editNotes = useCallback((noteIds: string[]) => setOpen({ kind: 'edit', noteIds }), [])

  useEffect(() => {
    if (!enabled) return
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== 'n' || e.ctrlKey || e.metaKey || e.altKey || typing(e.target))
        return
      if (document.querySelector('dialog[open]')) return
      e.preventDefault()
      setOpen({ kind: 'composer' })
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [enabled])

  let element: React.ReactNode = null
  if (open?.kind === 'composer')
    element = <NoteComposer boardDoc={boardDoc} dimensions={state.dimensions} onClose={close} />
  if (open?.kind === 'edit') {
    const notes = open.noteIds.flatMap((id) => state.notes[id] ?? [])
    element = (
      <NoteEditDialog
        key={open.noteIds.join(',')}
        boardDoc={boardDoc}
        notes={notes}
        dimensions={state.dimensions}
        onClose={close}
      />
    )
  }
  if (open?.kind === 'settings')
    element = (
      <WorkshopSettings
        boardDoc={boardDoc}
        state={state}
        workshopId={workshopId}
        token={token}
        onClose={close}
      />
    )
  return { element, openComposer, openSettings, editNotes }
}
