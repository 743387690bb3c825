import * as Y from 'yjs'
import { BoardModelError } from '../../errors.js'
import { newId } from '../../ids.js'
import { child, clustersMap, dimensionsMap, notesMap, put } from './maps.js'

// The workshop's dimensions (the questions asked), editable before and during
// the session. Phones and the projector read them from the board, so every
// change shows there live. A dimension is removed only once nothing points at
// it: no note (even hidden) and no cluster, so nothing is ever orphaned.

/** Longest dimension title, in code points. */
export const MAX_DIMENSION_TITLE = 200
/** Longest dimension prompt (the question phones show), in code points. */
export const MAX_DIMENSION_PROMPT = 500
/** Most dimensions a board may have. */
export const MAX_DIMENSIONS = 12

function cleanTitle(title: string): string {
  const clean = title.trim().normalize('NFC')
  if (clean === '') throw new BoardModelError('title-empty')
  if ([...clean].length > MAX_DIMENSION_TITLE) throw new BoardModelError('title-too-long')
  return clean
}

function cleanPrompt(prompt: string): string {
  const clean = prompt.trim().normalize('NFC')
  if ([...clean].length > MAX_DIMENSION_PROMPT) throw new BoardModelError('prompt-too-long')
  return clean
}

function requireDimension(doc: Y.Doc, id: string): Y.Map<unknown> {
  const dimension = child(dimensionsMap(doc), id)
  if (!dimension) throw new BoardModelError('unknown-dimension', id)
  return dimension
}

/**
 * Adds a dimension after the last one. Returns its id.
 *
 * @example
 * const id = addDimension(board, { title: 'Formation', prompt: 'Comment se former ?' }, 'facilitator')
 */
export function addDimension(
  doc: Y.Doc,
  input: { title: string; prompt: string; id?: string },
  origin?: unknown,
): string {
  const title = cleanTitle(input.title)
  const prompt = cleanPrompt(input.prompt)
  const dimensions = dimensionsMap(doc)
  if (dimensions.size >= MAX_DIMENSIONS) throw new BoardModelError('too-many-dimensions')
  const id = input.id ?? newId()
  if (dimensions.has(id)) throw new BoardModelError('id-conflict')
  let last = -1
  for (const v of dimensions.values()) {
    const order = v instanceof Y.Map ? v.get('order') : undefined
    if (typeof order === 'number' && order > last) last = order
  }
  doc.transact(() => {
    dimensions.set(
      id,
      new Y.Map<unknown>([
        ['title', title],
        ['prompt', prompt],
        ['order', last + 1],
      ]),
    )
  }, origin)
  return id
}

/**
 * Renames a dimension or rewrites its question, in one transaction.
 *
 * @example
 * updateDimension(board, 'vision', { prompt: 'Quelle société voulons-nous ?' }, 'facilitator')
 */
export function updateDimension(
  doc: Y.Doc,
  id: string,
  patch: { title?: string; prompt?: string },
  origin?: unknown,
): void {
  const dimension = requireDimension(doc, id)
  const title = patch.title === undefined ? undefined : cleanTitle(patch.title)
  const prompt = patch.prompt === undefined ? undefined : cleanPrompt(patch.prompt)
  doc.transact(() => {
    if (title !== undefined) put(dimension, 'title', title)
    if (prompt !== undefined) put(dimension, 'prompt', prompt)
  }, origin)
}

/**
 * Puts the dimensions in the given order (`order` = index). `ids` must list
 * every dimension exactly once.
 *
 * @example
 * reorderDimensions(board, ['reseau', 'vision', 'efficacite'], 'facilitator')
 */
export function reorderDimensions(doc: Y.Doc, ids: readonly string[], origin?: unknown): void {
  const dimensions = dimensionsMap(doc)
  const known = new Set(dimensions.keys())
  if (
    ids.length !== known.size ||
    new Set(ids).size !== ids.length ||
    ids.some((id) => !known.has(id))
  )
    throw new BoardModelError('order-incomplete')
  doc.transact(() => {
    ids.forEach((id, order) => {
      const dimension = child(dimensions, id)
      if (dimension) put(dimension, 'order', order)
    })
  }, origin)
}

/** How many notes (hidden ones included) and clusters belong to a dimension. */
export function dimensionContent(doc: Y.Doc, id: string): { notes: number; clusters: number } {
  let notes = 0
  let clusters = 0
  for (const n of notesMap(doc).values())
    if (n instanceof Y.Map && n.get('dimension') === id) notes++
  for (const c of clustersMap(doc).values())
    if (c instanceof Y.Map && c.get('dimension') === id) clusters++
  return { notes, clusters }
}

/**
 * Removes an empty dimension. Refused with `BoardModelError('dimension-not-empty')`
 * while a note or cluster belongs to it (move the notes first), and with
 * `last-dimension` for the only one left (phones need a question).
 *
 * @example
 * removeDimension(board, 'formation', 'facilitator')
 */
export function removeDimension(doc: Y.Doc, id: string, origin?: unknown): void {
  requireDimension(doc, id)
  const content = dimensionContent(doc, id)
  if (content.notes > 0 || content.clusters > 0)
    throw new BoardModelError(
      'dimension-not-empty',
      `${content.notes} notes, ${content.clusters} clusters`,
    )
  if (dimensionsMap(doc).size <= 1) throw new BoardModelError('last-dimension')
  doc.transact(() => dimensionsMap(doc).delete(id), origin)
}
