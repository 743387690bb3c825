import * as Y from 'yjs'
import { paletteColor } from '../../colors.js'
import { BoardModelError } from '../../errors.js'
import { newId } from '../../ids.js'
import { BOARD_MAPS } from '../../layout.js'
import { child, clustersMap, metaMap, notesIn, put, talliesMap } from './maps.js'
import { moveNotes } from './membership.js'

/** Input of `createCluster`. */
export interface CreateClusterInput {
  title: string
  dimension: string
  /** Defaults to the next palette colour. */
  color?: string | null
  /** Notes to put in it; notes of another dimension are left out. */
  noteIds?: string[]
  /** Defaults to `newId()`. */
  id?: string
}

function clusterOrThrow(doc: Y.Doc, id: string): Y.Map<unknown> {
  const c = child(clustersMap(doc), id)
  if (!c) throw new BoardModelError('unknown-cluster', `no cluster ${id}`)
  return c
}

/** Clears everything that points at a cluster about to disappear (focus, tallies). */
function forgetCluster(doc: Y.Doc, id: string, replacement: string | null): void {
  const meta = metaMap(doc)
  if (meta.get('focus') === id) meta.set('focus', replacement)
  talliesMap(doc).delete(id)
  clustersMap(doc).delete(id)
}

/**
 * Creates a cluster in a dimension, optionally with notes, and returns its
 * id. Throws `BoardModelError('unknown-dimension')`.
 *
 * @example
 * const id = createCluster(board, { title: 'Formation', dimension: 'reseau', noteIds: ['n1', 'n2'] })
 */
export function createCluster(doc: Y.Doc, input: CreateClusterInput, origin?: unknown): string {
  if (!doc.getMap(BOARD_MAPS.dimensions).has(input.dimension))
    throw new BoardModelError('unknown-dimension')
  const id = input.id ?? newId()
  if (clustersMap(doc).has(id)) throw new BoardModelError('id-conflict')
  const color = input.color === undefined ? paletteColor(clustersMap(doc).size) : input.color
  doc.transact(() => {
    clustersMap(doc).set(
      id,
      new Y.Map<unknown>([
        ['title', input.title],
        ['dimension', input.dimension],
        ['color', color],
        ['recommendation', ''],
      ]),
    )
    if (input.noteIds) moveNotes(doc, input.noteIds, id)
  }, origin)
  return id
}

/**
 * Renames a cluster. Throws `BoardModelError('unknown-cluster')`.
 *
 * @example
 * renameCluster(board, id, 'Former les jeunes')
 */
export function renameCluster(doc: Y.Doc, id: string, title: string, origin?: unknown): void {
  const c = clusterOrThrow(doc, id)
  doc.transact(() => put(c, 'title', title), origin)
}

/**
 * Changes a cluster's colour (null: no colour).
 *
 * @example
 * recolorCluster(board, id, CLUSTER_COLORS[3])
 */
export function recolorCluster(
  doc: Y.Doc,
  id: string,
  color: string | null,
  origin?: unknown,
): void {
  const c = clusterOrThrow(doc, id)
  doc.transact(() => put(c, 'color', color), origin)
}

/**
 * Sets the recommendation written for a cluster during synthesis.
 *
 * @example
 * setRecommendation(board, id, 'Créer un parcours de formation commun.')
 */
export function setRecommendation(doc: Y.Doc, id: string, text: string, origin?: unknown): void {
  const c = clusterOrThrow(doc, id)
  doc.transact(() => put(c, 'recommendation', text), origin)
}

/**
 * Moves every note of `sourceId` into `targetId` and deletes the source.
 * The target keeps its title; it takes the source's recommendation only if
 * it has none. Both must share a dimension
 * (`BoardModelError('dimension-mismatch')`).
 *
 * @example
 * mergeClusters(board, 'c1', 'c7') // c7's notes join c1, c7 is gone
 */
export function mergeClusters(
  doc: Y.Doc,
  targetId: string,
  sourceId: string,
  origin?: unknown,
): void {
  if (targetId === sourceId) return
  const target = clusterOrThrow(doc, targetId)
  const source = clusterOrThrow(doc, sourceId)
  if (target.get('dimension') !== source.get('dimension'))
    throw new BoardModelError('dimension-mismatch')
  doc.transact(() => {
    moveNotes(doc, notesIn(doc, sourceId), targetId)
    const recommendation = source.get('recommendation')
    if (!target.get('recommendation') && typeof recommendation === 'string' && recommendation)
      target.set('recommendation', recommendation)
    forgetCluster(doc, sourceId, targetId)
  }, origin)
}

/**
 * Creates a new cluster from some notes of an existing one (same dimension)
 * and returns its id. Notes not in `clusterId` are left where they are.
 *
 * @example
 * const id = splitCluster(board, 'c1', ['n4', 'n9'], 'Gouvernance')
 */
export function splitCluster(
  doc: Y.Doc,
  clusterId: string,
  noteIds: string[],
  title: string,
  origin?: unknown,
): string {
  const source = clusterOrThrow(doc, clusterId)
  const inSource = new Set(notesIn(doc, clusterId))
  const dimension = source.get('dimension')
  if (typeof dimension !== 'string') throw new BoardModelError('malformed')
  const noteIdsToMove = noteIds.filter((n) => inSource.has(n))
  let id = ''
  doc.transact(() => {
    id = createCluster(doc, { title, dimension, noteIds: noteIdsToMove })
  }, origin)
  return id
}

/**
 * Deletes a cluster; its notes return to unclustered.
 *
 * @example
 * deleteCluster(board, 'c7')
 */
export function deleteCluster(doc: Y.Doc, id: string, origin?: unknown): void {
  if (!clustersMap(doc).has(id)) return
  doc.transact(() => {
    moveNotes(doc, notesIn(doc, id), null)
    forgetCluster(doc, id, null)
  }, origin)
}
