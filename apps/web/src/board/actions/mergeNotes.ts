import type * as Y from 'yjs'
import { mergeNotes as merge } from '../../model'
import { FACILITATOR } from '../canvas/controller'

/**
 * Merges duplicates: the first note keeps `text`, the others are deleted (their
 * authors are told). One transaction, so one undo step.
 */
export function mergeNotes(boardDoc: Y.Doc, noteIds: readonly string[], text: string): void {
  const [keep, ...others] = noteIds
  if (!keep) return
  merge(boardDoc, keep, others, text, FACILITATOR)
}
