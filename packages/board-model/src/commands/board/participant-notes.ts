import type * as Y from 'yjs'
import { readAuthors } from '../../read/private.js'
import { notesMap } from './maps.js'
import { deleteNote } from './moderation.js'

/**
 * The ids of the board notes `participantId` wrote. Authors live in the
 * facilitator-only private room, never on the board, so this needs both:
 * the one place that finds a participant's notes.
 *
 * @example
 * notesByAuthor(board, privateDoc, 'p7') // ['n1', 'n9']
 */
export function notesByAuthor(board: Y.Doc, privateDoc: Y.Doc, participantId: string): string[] {
  const notes = notesMap(board)
  return Object.entries(readAuthors(privateDoc))
    .filter(([id, author]) => author === participantId && notes.has(id))
    .map(([id]) => id)
}

/**
 * Deletes every note of a participant (the facilitator removing them "with
 * their notes"), in one transaction: each is tombstoned in `deletedNotes`,
 * so ingest never brings it back and the phone is told
 * `deleted-by-facilitator`. Returns the ids deleted.
 *
 * @example
 * deleteNotesOf(board, privateDoc, 'p7', SERVER_ORIGIN)
 */
export function deleteNotesOf(
  board: Y.Doc,
  privateDoc: Y.Doc,
  participantId: string,
  origin?: unknown,
): string[] {
  const ids = notesByAuthor(board, privateDoc, participantId)
  if (ids.length === 0) return ids
  board.transact(() => {
    for (const id of ids) deleteNote(board, id, origin)
  }, origin)
  return ids
}
