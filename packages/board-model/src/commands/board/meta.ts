import type * as Y from 'yjs'
import { BoardModelError } from '../../errors.js'
import { isoDateSchema, phaseSchema, votesPerParticipantSchema } from '../../schemas.js'
import type { Phase } from '../../types.js'
import { clustersMap, metaMap, put, talliesMap } from './maps.js'

// Facilitator settings: one meta key each, one transaction each.

function setMeta(doc: Y.Doc, key: string, value: unknown, origin: unknown): void {
  doc.transact(() => put(metaMap(doc), key, value), origin)
}

/**
 * Moves the workshop to a phase. Notes are ingested only in `collect`:
 * "reopening collection" is `setPhase(doc, 'collect')`.
 *
 * @example
 * setPhase(board, 'vote', 'facilitator')
 */
export function setPhase(doc: Y.Doc, phase: Phase, origin?: unknown): void {
  setMeta(doc, 'phase', phaseSchema.parse(phase), origin)
}

/**
 * Silent mode: screens show counts only, not the notes, until turned off.
 *
 * @example
 * setSilent(board, true)
 */
export function setSilent(doc: Y.Doc, silent: boolean, origin?: unknown): void {
  setMeta(doc, 'silent', silent, origin)
}

/**
 * Locks the board: ingest refuses every note addition, edit and deletion.
 *
 * @example
 * setLocked(board, true)
 */
export function setLocked(doc: Y.Doc, locked: boolean, origin?: unknown): void {
  setMeta(doc, 'locked', locked, origin)
}

/**
 * Shows or hides vote tallies to everyone. Hiding also empties the board's
 * `tallies` map in the same transaction, so phones stop seeing them at once;
 * while shown, the server copies the private tallies into it.
 *
 * @example
 * setShowTallies(board, true)
 */
export function setShowTallies(doc: Y.Doc, show: boolean, origin?: unknown): void {
  doc.transact(() => {
    put(metaMap(doc), 'showTallies', show)
    if (!show) talliesMap(doc).clear()
  }, origin)
}

/**
 * Sets the dots each participant may spend (integer 1..99).
 *
 * @example
 * setVotesPerParticipant(board, 3)
 */
export function setVotesPerParticipant(doc: Y.Doc, votes: number, origin?: unknown): void {
  setMeta(doc, 'votesPerParticipant', votesPerParticipantSchema.parse(votes), origin)
}

/**
 * Whether a participant may put several dots on one cluster.
 *
 * @example
 * setMultipleDotsPerCluster(board, false) // one dot per cluster
 */
export function setMultipleDotsPerCluster(doc: Y.Doc, allowed: boolean, origin?: unknown): void {
  setMeta(doc, 'multipleDotsPerCluster', allowed, origin)
}

/**
 * Asks every screen to show one cluster (null: stop). Throws
 * `BoardModelError('unknown-cluster')` for a cluster that does not exist.
 *
 * @example
 * setFocus(board, 'c3')
 */
export function setFocus(doc: Y.Doc, clusterId: string | null, origin?: unknown): void {
  if (clusterId !== null && !clustersMap(doc).has(clusterId))
    throw new BoardModelError('unknown-cluster')
  setMeta(doc, 'focus', clusterId, origin)
}

/** Editable workshop information. */
export interface WorkshopInfoPatch {
  title?: string
  territory?: string | null
  date?: string
  facilitator?: string | null
}

/**
 * Edits the workshop's title, territory, date or facilitator.
 *
 * @example
 * updateWorkshopInfo(board, { territory: 'Lyon – Métropole' })
 */
export function updateWorkshopInfo(doc: Y.Doc, patch: WorkshopInfoPatch, origin?: unknown): void {
  const title = patch.title?.trim()
  if (title === '') throw new BoardModelError('title-empty')
  const date = patch.date === undefined ? undefined : isoDateSchema.parse(patch.date)
  doc.transact(() => {
    const meta = metaMap(doc)
    if (title !== undefined) put(meta, 'title', title)
    if (patch.territory !== undefined) put(meta, 'territory', patch.territory?.trim() || null)
    if (date !== undefined) put(meta, 'date', date)
    if (patch.facilitator !== undefined) put(meta, 'facilitator', patch.facilitator?.trim() || null)
  }, origin)
}
