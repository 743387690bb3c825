import type { Note, Receipt } from '../model'

/**
 * Where one of my notes is, from the phone's point of view:
 * - waiting: only on this phone (no network, or not flushed yet);
 * - sent: it left the phone while connected to the server;
 * - onBoard: the server accepted it: its id is in the board's notes;
 * - refused / hidden / deleted: the server or the facilitator said no (receipt);
 * - edited: the facilitator changed it; the board's version stands and the
 *   phone shows it (the author can no longer edit or delete it).
 */
export type NoteStatus =
  | { kind: 'waiting' }
  | { kind: 'sent' }
  | { kind: 'onBoard' }
  | { kind: 'refused'; reason: string }
  | { kind: 'hidden' }
  | { kind: 'deleted' }
  | { kind: 'edited' }

export interface NoteStatusInput {
  text: string
  receipt: Receipt | undefined
  boardNote: Note | undefined
  /** This exact text was seen leaving the phone. */
  sent: boolean
}

/** A note's text as the tracker remembers it, so an edit becomes "waiting" again. */
export function sentSignature(id: string, text: string): string {
  return `${id}\n${text}`
}

export function noteStatus({ text, receipt, boardNote, sent }: NoteStatusInput): NoteStatus {
  if (receipt?.status === 'rejected') return { kind: 'refused', reason: receipt.reason }
  if (receipt?.status === 'hidden' || boardNote?.hidden) return { kind: 'hidden' }
  if (receipt?.status === 'deleted') return { kind: 'deleted' }
  if (receipt?.status === 'edited' || boardNote?.editedByFacilitator) return { kind: 'edited' }
  // An edit is on the board only once the board shows the new text. In silent
  // mode the board holds the note without its text (phones may not read it):
  // the id being there is all a phone can know.
  if (boardNote && (boardNote.text === text || boardNote.text === '')) return { kind: 'onBoard' }
  return sent ? { kind: 'sent' } : { kind: 'waiting' }
}
