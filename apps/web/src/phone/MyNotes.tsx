import { useTranslation } from 'react-i18next'
import type { PhoneSession } from '../api/storage'
import type { BoardState, ParticipantState } from '../model'
import type { Room } from '../sync/room'
import { MyNoteItem } from './MyNoteItem'
import { noteStatus, sentSignature } from './noteStatus'
import { useSentTracker } from './useSentTracker'

interface MyNotesProps {
  room: Room
  session: PhoneSession
  own: ParticipantState
  board: BoardState
  editable: boolean
}

/** My notes, newest first, each with where it is (waiting, sent, on the board, refused). */
export function MyNotes({ room, session, own, board, editable }: MyNotesProps) {
  const { t } = useTranslation()
  const sent = useSentTracker(room, session.workshopId, session.participantId, own.notes)
  const notes = Object.values(own.notes).sort(
    (a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1),
  )
  const dimensionIndex = new Map(board.dimensions.map((d, i) => [d.id, i]))

  return (
    <section className="my-notes" aria-labelledby="my-notes-title">
      <h2 id="my-notes-title">{t('myNotes.title', { count: notes.length })}</h2>
      {notes.length === 0 ? <p className="hint">{t('myNotes.empty')}</p> : null}
      <ul className="my-notes__list">
        {notes.map((note) => {
          const boardNote = board.notes[note.id]
          // Once the facilitator edited it, the board's version is the note's truth.
          // (Not while the board withholds its text: hidden, or silent mode.)
          const edited =
            boardNote?.editedByFacilitator && boardNote.text !== '' ? boardNote : undefined
          const index = dimensionIndex.get(edited?.dimension ?? note.dimension) ?? 0
          return (
            <MyNoteItem
              key={note.id}
              doc={room.doc}
              note={edited ? { ...note, text: edited.text, dimension: edited.dimension } : note}
              dimensionTitle={board.dimensions[index]?.title ?? ''}
              tone={index % 4}
              editable={editable}
              status={noteStatus({
                text: note.text,
                receipt: own.receipts[note.id],
                boardNote,
                sent: sent.has(sentSignature(note.id, note.text)),
              })}
            />
          )
        })}
      </ul>
    </section>
  )
}
