import { performance } from 'node:perf_hooks'
import * as Y from 'yjs'
import type { Logger } from '../logging/logger.js'
import type { RoomStore, StoredRow } from '../store/types.js'
import type { SyncMetrics } from './sync-metrics.js'

/** How many stored updates trigger a background compaction into one snapshot. */
const COMPACT_AFTER_UPDATES = 500

/**
 * The persistence of one room: loading its stored rows, appending its
 * updates with their sequence numbers, compacting the log into a snapshot.
 *
 * Invariants:
 * - `append` calls `relay` only once the store has taken the update
 *   ("stored before relayed"), in append order;
 * - loading applies each stored row on its own: a row that does not decode
 *   or apply is set aside (logged, counted, moved out of the log by the
 *   store) and the room loads with everything else, instead of one bad row
 *   failing a `mergeUpdates` over the whole log and the room for good.
 */
export class RoomLog {
  /** Bytes stored for this room since its last snapshot, snapshot included. */
  storedBytes = 0
  /** Rows of this room set aside while loading (a metric). */
  rowsSetAside = 0
  private lastSeq = 0
  private pendingSinceSnapshot = 0
  private compactionTimer: NodeJS.Timeout | null = null
  /**
   * Set when other processes append to this room's log too: merges rows
   * they stored into the document (see `compact`).
   */
  private catchUp: ((rows: StoredRow[]) => void) | null = null

  constructor(
    private readonly name: string,
    private readonly store: RoomStore,
    /** The room's document as it is now (null once destroyed): what a compaction writes. */
    private readonly current: () => Y.Doc | null,
    private readonly onStoreError: (error: unknown) => void,
    /** The room's logger (bound to its name). */
    private readonly logger: Logger,
    private readonly metrics: SyncMetrics,
  ) {}

  /**
   * Replays the stored rows into a document made by `makeDoc` and returns it.
   * A row that throws while applying may have changed the document halfway:
   * that document is dropped and the replay starts again without the row.
   */
  async load(makeDoc: () => Y.Doc, origin: unknown): Promise<Y.Doc> {
    this.cancelCompaction()
    const stored = await this.store.load(this.name)
    const rows = stored.rows
    const setAside = new Set<StoredRow>()
    for (;;) {
      const doc = makeDoc()
      const failed = replay(doc, rows, setAside, origin)
      if (!failed) {
        this.lastSeq = stored.lastSeq
        this.pendingSinceSnapshot = stored.pendingCount
        this.storedBytes = 0
        for (const row of rows) if (!setAside.has(row)) this.storedBytes += row.data.length
        if (this.pendingSinceSnapshot >= COMPACT_AFTER_UPDATES) this.scheduleCompaction()
        return doc
      }
      setAside.add(failed.row)
      doc.destroy()
      await this.setAside(failed.row, failed.error)
    }
  }

  /** Appends an update; `relay` runs once it is stored (at once for a synchronous store). */
  append(update: Uint8Array, relay: () => void): void {
    let seq: number | Promise<number>
    const started = performance.now()
    try {
      seq = this.store.append(this.name, update)
    } catch (error) {
      this.onStoreError(error)
      return
    }
    this.storedBytes += update.length
    if (typeof seq === 'number') {
      this.afterAppend(seq, started)
      relay()
      return
    }
    seq.then(
      (s) => {
        this.afterAppend(s, started)
        relay()
      },
      (error) => this.onStoreError(error),
    )
  }

  /**
   * From now on other processes append to this log as well: their updates
   * arrive through `countRemote`, and a compaction first merges every row
   * the store holds into the document with `catchUp`.
   */
  shareWith(catchUp: (rows: StoredRow[]) => void): void {
    this.catchUp = catchUp
  }

  /** An update another process stored: it counts towards the size and the next compaction. */
  countRemote(update: Uint8Array): void {
    this.storedBytes += update.length
    this.pendingSinceSnapshot++
    if (this.pendingSinceSnapshot >= COMPACT_AFTER_UPDATES) this.scheduleCompaction()
  }

  /** Every row the store holds now (another process may have appended some). */
  async readRows(): Promise<StoredRow[]> {
    return (await this.store.load(this.name)).rows
  }

  /** Makes every append so far durable (before a reload). */
  flush(): void | Promise<void> {
    return this.store.flush?.()
  }

  /** Whether every append made so far became durable: false when the store failed. */
  stored(): Promise<boolean> {
    const flushed = this.store.flush?.()
    return flushed instanceof Promise
      ? flushed.then(
          () => true,
          () => false,
        )
      : Promise.resolve(true)
  }

  /**
   * Runs `then` once every append made so far is durable: at once when the
   * store's `flush()` commits synchronously (SQLite: the answer goes in the
   * same turn), else once its promise resolved. Not run if the flush fails
   * (the failed appends break the room).
   */
  afterStored(then: () => void): void {
    const flushed = this.store.flush?.()
    if (flushed instanceof Promise) flushed.then(then, () => {})
    else then()
  }

  /** Writes the document as the snapshot that replaces every row appended so far. */
  compact(): void {
    this.cancelCompaction()
    const doc = this.current()
    if (!doc || doc.isDestroyed) return
    if (this.pendingSinceSnapshot === 0) return
    if (this.catchUp) {
      this.compactShared(this.catchUp).catch((error) => this.onStoreError(error))
      return
    }
    if (this.lastSeq === 0) return
    const snapshot = Y.encodeStateAsUpdate(doc)
    const result = this.store.compact(this.name, snapshot, this.lastSeq)
    this.pendingSinceSnapshot = 0
    this.storedBytes = snapshot.length
    if (result instanceof Promise) result.catch((error) => this.onStoreError(error))
  }

  /**
   * Compaction of a log several processes append to. This memory may lack
   * rows another process stored and has not relayed yet: snapshotting it up
   * to our last sequence number would delete them. So the store is read
   * first, everything it holds is merged into the document, and the
   * snapshot replaces the rows up to the last one read; rows appended since
   * have higher numbers and stay.
   */
  private async compactShared(catchUp: (rows: StoredRow[]) => void): Promise<void> {
    const stored = await this.store.load(this.name)
    const doc = this.current()
    if (!doc || doc.isDestroyed || stored.lastSeq === 0) return
    catchUp(stored.rows)
    const snapshot = Y.encodeStateAsUpdate(doc)
    this.pendingSinceSnapshot = 0
    this.storedBytes = snapshot.length
    await this.store.compact(this.name, snapshot, stored.lastSeq)
  }

  cancelCompaction(): void {
    if (this.compactionTimer) clearTimeout(this.compactionTimer)
    this.compactionTimer = null
  }

  private afterAppend(seq: number, started: number): void {
    this.metrics.updateStored((performance.now() - started) / 1000)
    this.lastSeq = Math.max(this.lastSeq, seq)
    this.pendingSinceSnapshot++
    if (this.pendingSinceSnapshot >= COMPACT_AFTER_UPDATES) this.scheduleCompaction()
  }

  private scheduleCompaction(): void {
    if (this.compactionTimer) return
    this.compactionTimer = setTimeout(() => this.compact(), 200)
    this.compactionTimer.unref()
  }

  private async setAside(row: StoredRow, error: unknown): Promise<void> {
    this.rowsSetAside++
    this.metrics.rowSetAside()
    const what = { seq: row.seq, snapshot: row.snapshot === true }
    this.logger.warn({ ...what, err: error }, 'stored row does not apply; set aside')
    try {
      await this.store.setAside?.(this.name, row, String(error))
    } catch (moveError) {
      this.logger.error({ ...what, err: moveError }, 'could not move a stored row aside')
    }
  }
}

/** Applies each row not set aside; returns the first one that throws. */
function replay(
  doc: Y.Doc,
  rows: StoredRow[],
  setAside: Set<StoredRow>,
  origin: unknown,
): { row: StoredRow; error: unknown } | null {
  for (const row of rows) {
    if (setAside.has(row)) continue
    try {
      Y.applyUpdate(doc, row.data, origin)
    } catch (error) {
      return { row, error }
    }
  }
  return null
}
