import * as Y from 'yjs'
import { child, deletedNotesMap, membershipMap, notesMap, participantsMap } from './maps.js'

function setHidden(doc: Y.Doc, noteId: string, hidden: boolean, origin: unknown): boolean {
  const note = child(notesMap(doc), noteId)
  if (!note) return false
  if ((note.get('hidden') === true) === hidden) return true
  doc.transact(() => {
    if (hidden) note.set('hidden', true)
    else note.delete('hidden')
  }, origin)
  return true
}

/**
 * Hides a note from every screen (moderation). It stays hidden when its
 * author edits it; the server tells the author through a `hidden` receipt.
 * Returns false when the note does not exist.
 *
 * @example
 * hideNote(board, 'n12', 'facilitator')
 */
export function hideNote(doc: Y.Doc, noteId: string, origin?: unknown): boolean {
  return setHidden(doc, noteId, true, origin)
}

/**
 * Shows a hidden note again.
 *
 * @example
 * unhideNote(board, 'n12')
 */
export function unhideNote(doc: Y.Doc, noteId: string, origin?: unknown): boolean {
  return setHidden(doc, noteId, false, origin)
}

/**
 * Deletes a note from the board and its cluster, and leaves a tombstone
 * (`deletedNotes[id] = true`) so ingest never brings it back; the author
 * (known to the server's private room) gets a `deleted` receipt. Returns
 * false when the note does not exist.
 *
 * @example
 * deleteNote(board, 'n12')
 */
export function deleteNote(doc: Y.Doc, noteId: string, origin?: unknown): boolean {
  const note = child(notesMap(doc), noteId)
  if (!note) return false
  doc.transact(() => {
    notesMap(doc).delete(noteId)
    membershipMap(doc).delete(noteId)
    deletedNotesMap(doc).set(noteId, true)
  }, origin)
  return true
}

/**
 * Marks a participant as removed: ingest refuses their notes and edits,
 * their votes stop counting and they leave the participant count. Their
 * notes already on the board stay (delete them one by one if needed).
 *
 * @example
 * removeParticipant(board, 'p7', 'facilitator')
 */
export function removeParticipant(doc: Y.Doc, participantId: string, origin?: unknown): void {
  doc.transact(() => {
    const participants = participantsMap(doc)
    const entry = child(participants, participantId)
    if (entry) {
      if (entry.get('removed') !== true) entry.set('removed', true)
    } else {
      // Only the flag: names live in the private room, never on the board.
      participants.set(participantId, new Y.Map<unknown>([['removed', true]]))
    }
  }, origin)
}

/**
 * Lets a removed participant take part again.
 *
 * @example
 * restoreParticipant(board, 'p7')
 */
export function restoreParticipant(doc: Y.Doc, participantId: string, origin?: unknown): void {
  const participants = participantsMap(doc)
  const entry = child(participants, participantId)
  if (!entry?.has('removed')) return
  // The board lists only removed participants: a restored one leaves it.
  doc.transact(() => participants.delete(participantId), origin)
}
