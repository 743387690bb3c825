import type * as Y from 'yjs'
import { editNoteText as editText } from '../../model'
import { FACILITATOR } from '../canvas/controller'

/**
 * Fixes a note's text. A participant's note then keeps the facilitator's
 * version: the author's phone shows it and can no longer change it.
 */
export function editNoteText(boardDoc: Y.Doc, noteId: string, text: string): void {
  editText(boardDoc, noteId, text, FACILITATOR)
}
