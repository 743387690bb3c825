import * as Y from 'yjs'
import { META_DEFAULTS } from './defaults.js'
import { BOARD_MAPS, SCHEMA_VERSION } from './layout.js'
import { reconcilePrivacy } from './privacy/reconcile.js'

/**
 * A named forward migration of the board document. `up` runs inside the
 * transaction of `migrateBoard`, must only fill in what is missing (it may
 * meet a doc partially written by a newer or older client) and must never
 * lose user content (it may move it to the private room, see version 3).
 */
export interface Migration {
  version: number
  name: string
  /** Whether `up` needs the workshop's private room (it moves content there). */
  needsPrivate?: boolean
  up(doc: Y.Doc, privateDoc: Y.Doc | undefined, origin: unknown): void
}

function fill(meta: Y.Map<unknown>, key: string, value: unknown): void {
  if (!meta.has(key)) meta.set(key, value)
}

/**
 * Every migration, oldest first; the last version equals `SCHEMA_VERSION`.
 *
 * @example
 * MIGRATIONS.map((m) => `${m.version} ${m.name}`) // ['1 InitialLayout', '2 AddFacilitationMeta']
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'InitialLayout',
    // meta {title, territory, language, date, facilitator, phase, votesPerParticipant}
    // plus the dimensions/notes/clusters/membership/tallies/participants maps,
    // which Yjs creates lazily, so only meta needs filling.
    up(doc) {
      const meta = doc.getMap<unknown>(BOARD_MAPS.meta)
      fill(meta, 'title', '')
      fill(meta, 'territory', null)
      fill(meta, 'language', 'fr')
      fill(meta, 'date', '')
      fill(meta, 'facilitator', null)
      fill(meta, 'phase', META_DEFAULTS.phase)
      fill(meta, 'votesPerParticipant', META_DEFAULTS.votesPerParticipant)
    },
  },
  {
    version: 2,
    name: 'AddFacilitationMeta',
    // Issue 4: silent mode, lock, hidden tallies, one-dot mode, shared timer, focus.
    up(doc) {
      const meta = doc.getMap<unknown>(BOARD_MAPS.meta)
      fill(meta, 'multipleDotsPerCluster', META_DEFAULTS.multipleDotsPerCluster)
      fill(meta, 'silent', META_DEFAULTS.silent)
      fill(meta, 'locked', META_DEFAULTS.locked)
      fill(meta, 'showTallies', META_DEFAULTS.showTallies)
      fill(meta, 'focus', META_DEFAULTS.focus)
      if (!(meta.get('timer') instanceof Y.Map)) meta.set('timer', newTimerMap())
    },
  },
  {
    version: 3,
    name: 'MoveFacilitatorOnlyContent',
    needsPrivate: true,
    // Issue 9: phones and screens receive only what the room may see. Authors
    // (notes and tombstones), names, and the text of hidden notes (all notes
    // while silent) move to the private room; the board keeps empty texts.
    up(doc, privateDoc, origin) {
      if (privateDoc) reconcilePrivacy(doc, privateDoc, origin)
    },
  },
]

/** A fresh idle timer map (must be integrated by the caller). */
export function newTimerMap(): Y.Map<unknown> {
  return new Y.Map<unknown>([
    ['endsAt', null],
    ['remainingMs', null],
    ['durationMs', null],
  ])
}

/** What `migrateBoard` did. */
export interface MigrationReport {
  from: number
  to: number
  applied: string[]
}

/**
 * Applies the missing migrations in one transaction. Only the server calls
 * this, when it loads a board room: two clients migrating concurrently could
 * both create the nested timer map. A doc with an empty meta is not a board
 * yet (use `createBoard`) and is left alone; a doc newer than this code is
 * left alone too (`from > to`). Without `privateDoc`, migrations that move
 * content to the private room (and every later one) wait.
 *
 * @example
 * const { applied } = migrateBoard(board, 'server', privateDoc) // ['MoveFacilitatorOnlyContent']
 */
export function migrateBoard(doc: Y.Doc, origin?: unknown, privateDoc?: Y.Doc): MigrationReport {
  const meta = doc.getMap<unknown>(BOARD_MAPS.meta)
  const raw = meta.get('schemaVersion')
  const from = typeof raw === 'number' && Number.isFinite(raw) ? raw : 0
  if (meta.size === 0 || from >= SCHEMA_VERSION) return { from, to: from, applied: [] }
  const pending: Migration[] = []
  for (const m of MIGRATIONS) {
    if (m.version <= from) continue
    if (m.needsPrivate && !privateDoc) break
    pending.push(m)
  }
  if (pending.length === 0) return { from, to: from, applied: [] }
  doc.transact(() => {
    for (const m of pending) {
      m.up(doc, privateDoc, origin)
      meta.set('schemaVersion', m.version)
    }
  }, origin)
  const to = pending[pending.length - 1]?.version ?? from
  return { from, to, applied: pending.map((m) => m.name) }
}
