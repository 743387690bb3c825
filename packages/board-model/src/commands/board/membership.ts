import type * as Y from 'yjs'
import { BoardModelError } from '../../errors.js'
import { child, clustersMap, membershipMap, notesMap } from './maps.js'

/** What `moveToCluster` did. */
export interface MoveResult {
  moved: string[]
  /** Notes that do not exist or belong to another dimension than the cluster. */
  refused: string[]
}

/** Membership writes without a transaction of their own (callers provide it). */
export function moveNotes(doc: Y.Doc, noteIds: string[], clusterId: string | null): MoveResult {
  const membership = membershipMap(doc)
  const dimension = clusterId === null ? null : child(clustersMap(doc), clusterId)?.get('dimension')
  const result: MoveResult = { moved: [], refused: [] }
  for (const noteId of noteIds) {
    const note = child(notesMap(doc), noteId)
    if (!note || (clusterId !== null && note.get('dimension') !== dimension)) {
      result.refused.push(noteId)
      continue
    }
    if (clusterId === null) {
      if (membership.has(noteId)) membership.delete(noteId)
    } else if (membership.get(noteId) !== clusterId) membership.set(noteId, clusterId)
    result.moved.push(noteId)
  }
  return result
}

/**
 * Puts notes into a cluster (null: take them out of any cluster) in one
 * transaction. A note may only join a cluster of its own dimension; others
 * are refused and reported, the rest still move. Throws
 * `BoardModelError('unknown-cluster')`.
 *
 * @example
 * const { moved, refused } = moveToCluster(board, selection, 'c3', 'facilitator')
 */
export function moveToCluster(
  doc: Y.Doc,
  noteIds: string[],
  clusterId: string | null,
  origin?: unknown,
): MoveResult {
  if (clusterId !== null && !child(clustersMap(doc), clusterId))
    throw new BoardModelError('unknown-cluster')
  let result: MoveResult = { moved: [], refused: [] }
  doc.transact(() => {
    result = moveNotes(doc, noteIds, clusterId)
  }, origin)
  return result
}
