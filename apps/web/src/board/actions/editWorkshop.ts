import type * as Y from 'yjs'
import {
  addDimension,
  removeDimension,
  reorderDimensions,
  updateDimension,
  updateWorkshopInfo,
} from '../../model'
import { FACILITATOR } from '../canvas/controller'

// The workshop settings dialog's writes: title and dimensions (the questions
// phones show). Each is one board transaction; phones and the projector read
// the board, so they change live. Errors are `BoardModelError`s the dialog shows.

/** Renames the workshop. */
export function editWorkshopTitle(boardDoc: Y.Doc, title: string): void {
  updateWorkshopInfo(boardDoc, { title }, FACILITATOR)
}

/** Renames a dimension and rewrites its question. */
export function editDimension(
  boardDoc: Y.Doc,
  id: string,
  patch: { title?: string; prompt?: string },
): void {
  updateDimension(boardDoc, id, patch, FACILITATOR)
}

/** Adds a dimension last; returns its id. */
export function addWorkshopDimension(boardDoc: Y.Doc, title: string, prompt: string): string {
  return addDimension(boardDoc, { title, prompt }, FACILITATOR)
}

/** Moves a dimension one place up (-1) or down (+1) in `order`. */
export function moveDimension(boardDoc: Y.Doc, ids: readonly string[], id: string, by: -1 | 1) {
  const from = ids.indexOf(id)
  const to = from + by
  if (from < 0 || to < 0 || to >= ids.length) return
  const next = [...ids]
  next.splice(from, 1)
  next.splice(to, 0, id)
  reorderDimensions(boardDoc, next, FACILITATOR)
}

/** Removes an empty dimension (refused with `dimension-not-empty` otherwise). */
export function removeWorkshopDimension(boardDoc: Y.Doc, id: string): void {
  removeDimension(boardDoc, id, FACILITATOR)
}
