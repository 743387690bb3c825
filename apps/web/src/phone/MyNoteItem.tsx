import { memo, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { deleteOwnNote, editOwnNote, MAX_NOTE_LENGTH, type OwnNote } from '../model'
import type { NoteStatus } from './noteStatus'

interface MyNoteItemProps {
  doc: Y.Doc
  note: OwnNote
  dimensionTitle: string
  tone: number
  editable: boolean
  status: NoteStatus
}

export const MyNoteItem = memo(function MyNoteItem(props: MyNoteItemProps) {
  const { doc, note, dimensionTitle, tone, editable, status } = props
  const { t } = useTranslation()
  const [draft, setDraft] = useState<string | null>(null)
  const [confirmDelete, setConfirmDelete] = useState(false)
  const [error, setError] = useState<string | null>(null)

  // A second tap confirms a deletion; the offer expires so a stray tap later does nothing.
  useEffect(() => {
    if (!confirmDelete) return
    const timer = setTimeout(() => setConfirmDelete(false), 4000)
    return () => clearTimeout(timer)
  }, [confirmDelete])

  function save() {
    try {
      if (draft !== null) editOwnNote(doc, note.id, { text: draft }, 'phone')
      setDraft(null)
      setError(null)
    } catch (caught) {
      setError((caught as Error).message)
    }
  }

  return (
    <li className={`my-note tone-${tone}`} data-note-id={note.id} data-status={status.kind}>
      <p className="my-note__dimension">{dimensionTitle}</p>
      {draft === null ? (
        <p className="my-note__text">{note.text}</p>
      ) : (
        <textarea
          className="my-note__edit"
          aria-label={t('myNotes.editLabel')}
          value={draft}
          maxLength={MAX_NOTE_LENGTH}
          onChange={(e) => setDraft(e.target.value)}
          rows={3}
        />
      )}
      <div className="my-note__footer">
        <StatusChip status={status} />
        {editable && draft === null && status.kind !== 'edited' ? (
          <span className="my-note__actions">
            <button
              type="button"
              className="button button--small"
              onClick={() => setDraft(note.text)}
            >
              {t('myNotes.edit')}
            </button>
            <button
              type="button"
              className={`button button--small ${confirmDelete ? 'button--danger' : ''}`}
              onClick={() =>
                confirmDelete ? deleteOwnNote(doc, note.id, 'phone') : setConfirmDelete(true)
              }
            >
              {confirmDelete ? t('myNotes.confirmDelete') : t('myNotes.delete')}
            </button>
          </span>
        ) : null}
        {draft !== null ? (
          <span className="my-note__actions">
            <button type="button" className="button button--small" onClick={() => setDraft(null)}>
              {t('myNotes.cancel')}
            </button>
            <button type="button" className="button button--small button--primary" onClick={save}>
              {t('myNotes.save')}
            </button>
          </span>
        ) : null}
      </div>
      {error ? (
        <p className="error" role="alert">
          {t(`reason.${error}`, { defaultValue: t('reason.malformed') })}
        </p>
      ) : null}
    </li>
  )
})

function StatusChip({ status }: { status: NoteStatus }) {
  const { t } = useTranslation()
  const label =
    status.kind === 'refused'
      ? t('noteStatus.refused', {
          reason: t(`reason.${status.reason}`, { defaultValue: status.reason }),
        })
      : t(`noteStatus.${status.kind}`)
  return (
    <span className={`chip chip--${status.kind}`} data-testid="note-status">
      {label}
    </span>
  )
}
