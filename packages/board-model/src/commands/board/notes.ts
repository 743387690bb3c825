import * as Y from 'yjs'
import { BoardModelError } from '../../errors.js'
import { newId } from '../../ids.js'
import { ID_PATTERN, noteTextSchema } from '../../schemas.js'
import { child, deletedNotesMap, dimensionsMap, membershipMap, notesMap, put } from './maps.js'

// The facilitator's own writes to notes. Invariant shared with ingest: once
// the facilitator changed a participant's note (text, dimension, merge), the
// board note carries `editedByFacilitator: true` and ingest never again
// applies that author's edit or deletion to it (the author's receipt says
// `edited`, and the phone shows the board's version). The facilitator's edit
// is therefore never silently overwritten, and never silently lost.

function cleanText(text: string): string {
  const parsed = noteTextSchema.safeParse(text)
  if (!parsed.success) throw new BoardModelError(parsed.error.issues[0]?.message ?? 'malformed')
  return parsed.data
}

function requireDimension(doc: Y.Doc, dimension: string): void {
  if (!child(dimensionsMap(doc), dimension)) throw new BoardModelError('unknown-dimension')
}

function requireNote(doc: Y.Doc, noteId: string): Y.Map<unknown> {
  const note = child(notesMap(doc), noteId)
  if (!note) throw new BoardModelError('unknown-note', noteId)
  return note
}

/** Input of `addFacilitatorNote`. */
export interface FacilitatorNoteInput {
  text: string
  dimension: string
  /** Defaults to a fresh `newId()`. */
  id?: string
  /** Epoch ms; defaults to `Date.now()` (the facilitator's clock). */
  createdAt?: number
}

/**
 * Adds a note written by the facilitator (a spoken remark, a participant
 * without a phone). It has no author (`byFacilitator` true, no entry in the
 * private room's `authors`), so no participant can edit or delete it through ingest, and no
 * participant id can take its id (ingest answers `id-conflict`). Returns its id.
 *
 * @example
 * const id = addFacilitatorNote(board, { text: 'Remarque de la salle', dimension: 'vision' }, 'facilitator')
 */
export function addFacilitatorNote(
  doc: Y.Doc,
  input: FacilitatorNoteInput,
  origin?: unknown,
): string {
  const text = cleanText(input.text)
  requireDimension(doc, input.dimension)
  const id = input.id ?? newId()
  if (!ID_PATTERN.test(id)) throw new BoardModelError('id-invalid')
  if (notesMap(doc).has(id) || deletedNotesMap(doc).has(id))
    throw new BoardModelError('id-conflict')
  doc.transact(() => {
    notesMap(doc).set(
      id,
      new Y.Map<unknown>([
        ['text', text],
        ['dimension', input.dimension],
        ['createdAt', input.createdAt ?? Date.now()],
        ['byFacilitator', true],
      ]),
    )
  }, origin)
  return id
}

/**
 * Replaces a note's text (a typo, a clearer wording). On a participant's
 * note this freezes it: `editedByFacilitator` is set and the author's later
 * edits and deletion are refused (receipt `edited`, reason
 * `edited-by-facilitator`). Throws on an empty or too long text.
 *
 * @example
 * editNoteText(board, 'n12', 'Mutualiser les achats', 'facilitator')
 */
export function editNoteText(doc: Y.Doc, noteId: string, text: string, origin?: unknown): void {
  const note = requireNote(doc, noteId)
  const clean = cleanText(text)
  if (note.get('text') === clean) return
  doc.transact(() => {
    note.set('text', clean)
    if (note.get('byFacilitator') !== true) put(note, 'editedByFacilitator', true)
  }, origin)
}

/**
 * Moves a note to another dimension. It leaves its cluster (a cluster belongs
 * to one dimension); on a participant's note it freezes it like
 * `editNoteText`.
 *
 * @example
 * moveNoteToDimension(board, 'n12', 'reseau', 'facilitator')
 */
export function moveNoteToDimension(
  doc: Y.Doc,
  noteId: string,
  dimension: string,
  origin?: unknown,
): void {
  const note = requireNote(doc, noteId)
  requireDimension(doc, dimension)
  if (note.get('dimension') === dimension) return
  doc.transact(() => {
    note.set('dimension', dimension)
    membershipMap(doc).delete(noteId)
    if (note.get('byFacilitator') !== true) put(note, 'editedByFacilitator', true)
  }, origin)
}

/**
 * Merges duplicates into one note, in one transaction: `keepId` takes `text`
 * (frozen like `editNoteText` when it changes), every other note is deleted
 * with a tombstone exactly as `deleteNote` does (its author is told
 * `deleted`), and leaves its cluster. All notes must share a dimension.
 *
 * @example
 * mergeNotes(board, 'n1', ['n7'], 'Mutualiser les achats entre SCOP', 'facilitator')
 */
export function mergeNotes(
  doc: Y.Doc,
  keepId: string,
  otherIds: readonly string[],
  text: string,
  origin?: unknown,
): void {
  const keep = requireNote(doc, keepId)
  const clean = cleanText(text)
  const others = otherIds
    .filter((id) => id !== keepId)
    .map((id) => [id, requireNote(doc, id)] as const)
  if (others.length === 0) throw new BoardModelError('nothing-to-merge')
  if (others.some(([, n]) => n.get('dimension') !== keep.get('dimension')))
    throw new BoardModelError('dimensions-differ')
  doc.transact(() => {
    if (keep.get('text') !== clean) {
      keep.set('text', clean)
      if (keep.get('byFacilitator') !== true) put(keep, 'editedByFacilitator', true)
    }
    for (const [id] of others) {
      notesMap(doc).delete(id)
      membershipMap(doc).delete(id)
      deletedNotesMap(doc).set(id, true)
    }
  }, origin)
}
