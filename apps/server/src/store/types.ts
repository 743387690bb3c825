import type { StoreMetrics } from './store-metrics.js'

/**
 * Persistence of Yjs rooms as an append-only log plus snapshots. Two
 * implementations: SQLite (embedded default) and Postgres (scale-out).
 *
 * Invariant: an update is relayed to any client only after `append` has
 * resolved, so whatever a client has seen survives a crash of the process.
 */
export interface RoomStore {
  /** Every stored update of a room, snapshot first, in append order. */
  load(room: string): Promise<StoredState>
  /** Appends one V1 update; returns its sequence number once it is durable. */
  append(room: string, update: Uint8Array): Promise<number> | number
  /**
   * Makes every append made so far durable now. Called before the room
   * answers a sync from its in-memory state, which may hold updates whose
   * append has not resolved yet.
   */
  flush?(): void | Promise<void>
  /**
   * Replaces the room's updates up to and including `uptoSeq` with `snapshot`.
   * Updates appended after `uptoSeq` stay.
   */
  compact(room: string, snapshot: Uint8Array, uptoSeq: number): Promise<void> | void
  /**
   * Moves one stored row that does not decode or apply out of the room's log
   * (kept apart for an operator, never loaded again), so the room loads
   * without it. The row is the one `load` returned with that `seq`.
   */
  setAside?(room: string, row: StoredRow, reason: string): Promise<void> | void
  /** Hands the store the server's metrics (group commit durations); optional. */
  observe?(metrics: StoreMetrics): void
  close(): Promise<void> | void
}

/** One stored V1 update: the snapshot, or a log row appended after it. */
export interface StoredRow {
  /** The log row's sequence number; for the snapshot, the last seq it folds in. */
  seq: number
  data: Uint8Array
  snapshot?: boolean
}

export interface StoredState {
  /** The snapshot (if any) first, then the log rows in append order. */
  rows: StoredRow[]
  /** Sequence number of the last stored update (0 when empty). */
  lastSeq: number
  /** Number of updates stored since the last snapshot. */
  pendingCount: number
}
