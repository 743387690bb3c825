import type * as Y from 'yjs'
import { addFacilitatorNote } from '../../model'
import { FACILITATOR } from '../canvas/controller'

/**
 * The facilitator writes a note (a spoken remark, a participant without a
 * phone). It has no participant author. Returns its id; throws a
 * `BoardModelError` (`text-empty`, `text-too-long`, `unknown-dimension`).
 */
export function addNote(boardDoc: Y.Doc, input: { text: string; dimension: string }): string {
  return addFacilitatorNote(boardDoc, input, FACILITATOR)
}
