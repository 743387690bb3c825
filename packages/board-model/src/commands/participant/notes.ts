import * as Y from 'yjs'
import { BoardModelError } from '../../errors.js'
import { newId } from '../../ids.js'
import { PARTICIPANT_MAPS } from '../../layout.js'
import { cleanNoteText, ID_PATTERN } from '../../rules.js'

// Participant-doc commands, used by phones. They validate what the phone can
// know (text, id); whether the board accepts the note is the server's call,
// reported back through the `receipts` map.

function cleanText(text: string): string {
  const checked = cleanNoteText(text)
  if (!checked.ok) throw new BoardModelError(checked.reason)
  return checked.value
}

function ownNotes(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(PARTICIPANT_MAPS.notes)
}

/** Input of `addOwnNote`. */
export interface AddOwnNoteInput {
  /** Defaults to `newId()`. Must match `ID_PATTERN`. */
  id?: string
  text: string
  dimension: string
  /** Phone clock, epoch ms; defaults to `Date.now()`. Informational only. */
  createdAt?: number
}

/**
 * Adds a note to the participant's own doc and returns its id. The note is on
 * the board once the server ingested it (its id appears in the board's notes).
 * Throws `BoardModelError` with `text-empty`, `text-too-long` or `id-invalid`.
 *
 * @example
 * const id = addOwnNote(myDoc, { text: 'Mutualiser les achats', dimension: 'reseau' })
 */
export function addOwnNote(doc: Y.Doc, input: AddOwnNoteInput, origin?: unknown): string {
  const id = input.id ?? newId()
  if (!ID_PATTERN.test(id)) throw new BoardModelError('id-invalid')
  const text = cleanText(input.text)
  doc.transact(() => {
    ownNotes(doc).set(
      id,
      new Y.Map<unknown>([
        ['text', text],
        ['dimension', input.dimension],
        ['createdAt', input.createdAt ?? Date.now()],
      ]),
    )
  }, origin)
  return id
}

/**
 * Changes the text and/or dimension of one of the participant's notes.
 * Returns false when the note does not exist.
 *
 * @example
 * editOwnNote(myDoc, id, { text: 'Mutualiser les achats publics' })
 */
export function editOwnNote(
  doc: Y.Doc,
  id: string,
  patch: { text?: string; dimension?: string },
  origin?: unknown,
): boolean {
  const note = ownNotes(doc).get(id)
  if (!(note instanceof Y.Map)) return false
  const text = patch.text === undefined ? undefined : cleanText(patch.text)
  doc.transact(() => {
    if (text !== undefined && note.get('text') !== text) note.set('text', text)
    if (patch.dimension !== undefined && note.get('dimension') !== patch.dimension)
      note.set('dimension', patch.dimension)
  }, origin)
  return true
}

/**
 * Deletes one of the participant's notes (the server removes it from the
 * board while collection is open). Returns false when it did not exist.
 *
 * @example
 * deleteOwnNote(myDoc, id)
 */
export function deleteOwnNote(doc: Y.Doc, id: string, origin?: unknown): boolean {
  const notes = ownNotes(doc)
  if (!notes.has(id)) return false
  doc.transact(() => notes.delete(id), origin)
  return true
}
