import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Note } from '../../model'
import { type ActionContext, deleteNotes, toggleHidden } from '../actions'

/** Hide / show again / delete (with a second tap to confirm) for one note of the list view; reached by arrows (roving focus). */
export function NoteModeration({ ctx, note }: { ctx: ActionContext; note: Note }) {
  const { t } = useTranslation()
  const [confirming, setConfirming] = useState(false)
  const text = note.text.length > 40 ? `${note.text.slice(0, 40)}…` : note.text
  return (
    <span className="note-moderation">
      {note.hidden ? <span className="badge">{t('board.hiddenBadge')}</span> : null}
      <button
        type="button"
        className="button button--small button--quiet"
        data-roving=""
        tabIndex={-1}
        aria-label={t(note.hidden ? 'board.unhideNote' : 'board.hideNote', { text })}
        onClick={() => toggleHidden.perform(ctx, [note.id])}
      >
        {note.hidden ? t('board.unhide') : t('board.hide')}
      </button>
      <button
        type="button"
        className={`button button--small ${confirming ? 'button--danger' : 'button--quiet'}`}
        data-roving=""
        tabIndex={-1}
        aria-label={confirming ? t('board.confirmDelete') : t('board.deleteNote', { text })}
        onBlur={() => setConfirming(false)}
        onClick={() => {
          if (confirming) deleteNotes.perform(ctx, [note.id])
          else setConfirming(true)
        }}
      >
        {confirming ? t('board.confirmDelete') : t('board.delete')}
      </button>
    </span>
  )
}
