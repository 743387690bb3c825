import type * as Y from 'yjs'
import { moveNoteToDimension as moveNote } from '../../model'
import { FACILITATOR } from '../canvas/controller'

/** Moves a note to another dimension (it leaves its cluster); its author can no longer move it back. */
export function moveNoteToDimension(boardDoc: Y.Doc, noteId: string, dimension: string): void {
  moveNote(boardDoc, noteId, dimension, FACILITATOR)
}
