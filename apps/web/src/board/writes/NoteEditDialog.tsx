import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { type Dimension, MAX_NOTE_LENGTH, type Note } from '../../model'
import { editNoteText } from '../actions/editNoteText'
import { mergeNotes } from '../actions/mergeNotes'
import { moveNoteToDimension } from '../actions/moveNoteToDimension'
import { errorText } from './errorText'
import { WritesDialog } from './WritesDialog'

interface Props {
  boardDoc: Y.Doc
  /** One note: edit its text and dimension. Several (one dimension): merge them into the first. */
  notes: Note[]
  dimensions: Dimension[]
  onClose: () => void
}

/**
 * Edits a note's text and dimension, or merges duplicates into one note
 * (the first keeps the merged text, the others are deleted: one action, one
 * undo step). A participant's note keeps the facilitator's version from then on.
 */
export function NoteEditDialog({ boardDoc, notes, dimensions, onClose }: Props) {
  const { t } = useTranslation()
  const ids = { text: useId(), dimension: useId() }
  const merging = notes.length > 1
  const first = notes[0]
  const [text, setText] = useState(() => notes.map((n) => n.text).join('\n'))
  const [dimension, setDimension] = useState(first?.dimension ?? '')
  const [error, setError] = useState<string | null>(null)
  if (!first) return null
  const fromParticipant = notes.some((n) => !n.byFacilitator)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    try {
      if (merging)
        mergeNotes(
          boardDoc,
          notes.map((n) => n.id),
          text,
        )
      else {
        if (text.trim() !== first.text) editNoteText(boardDoc, first.id, text)
        if (dimension !== first.dimension) moveNoteToDimension(boardDoc, first.id, dimension)
      }
      onClose()
    } catch (caught) {
      setError(errorText(t, caught))
    }
  }

  return (
    <WritesDialog
      title={
        merging ? t('writes.edit.mergeTitle', { count: notes.length }) : t('writes.edit.title')
      }
      onClose={onClose}
      className="note-edit"
    >
      <form className="writes-form" onSubmit={submit}>
        <label htmlFor={ids.text}>{t('writes.edit.text')}</label>
        <textarea
          id={ids.text}
          value={text}
          rows={merging ? 6 : 4}
          maxLength={MAX_NOTE_LENGTH}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e)
          }}
        />
        {merging ? null : (
          <>
            <label htmlFor={ids.dimension}>{t('writes.dimension')}</label>
            <select
              id={ids.dimension}
              value={dimension}
              onChange={(e) => setDimension(e.target.value)}
            >
              {dimensions.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.title}
                </option>
              ))}
            </select>
          </>
        )}
        <p className="hint">
          {merging ? t('writes.edit.mergeHint') : null}{' '}
          {fromParticipant ? t('writes.edit.authorHint') : null}
        </p>
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="writes-form__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('writes.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {merging ? t('writes.edit.merge') : t('writes.edit.save')}
          </button>
        </div>
      </form>
    </WritesDialog>
  )
}
