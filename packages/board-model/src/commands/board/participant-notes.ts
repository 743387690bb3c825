import type * as Y from 'yjs'
import { child, notesMap } from './maps.js'
import { deleteNote } from './moderation.js'

/**
 * The ids of the notes `participantId` wrote, as the board knows authors.
 * The one place that finds a participant's notes: when authors move out of
 * the board (into the facilitator-only document) only this changes.
 *
 * @example
 * notesByAuthor(board, 'p7') // ['n1', 'n9']
 */
export function notesByAuthor(board: Y.Doc, participantId: string): string[] {
  const ids: string[] = []
  const notes = notesMap(board)
  for (const id of notes.keys()) if (child(notes, id)?.get('author') === participantId) ids.push(id)
  return ids
}

/**
 * Deletes every note of a participant (the facilitator removing them "with
 * their notes"), in one transaction: each is tombstoned in `deletedNotes`
 * under its author, so ingest never brings it back and the phone is told
 * `deleted-by-facilitator`. Returns the ids deleted.
 *
 * @example
 * deleteNotesOf(board, 'p7', SERVER_ORIGIN)
 */
export function deleteNotesOf(board: Y.Doc, participantId: string, origin?: unknown): string[] {
  const ids = notesByAuthor(board, participantId)
  if (ids.length === 0) return ids
  board.transact(() => {
    for (const id of ids) deleteNote(board, id, origin)
  }, origin)
  return ids
}
