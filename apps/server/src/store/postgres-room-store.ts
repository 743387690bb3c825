import { performance } from 'node:perf_hooks'
import { bytea, inTransaction, type PostgresPool } from './postgres-database.js'
import { NO_STORE_METRICS, type StoreMetrics } from './store-metrics.js'
import type { RoomStore, StoredRow, StoredState } from './types.js'

interface PendingAppend {
  room: string
  update: Uint8Array
  resolve: (seq: number) => void
  reject: (error: unknown) => void
}

/**
 * Room updates in PostgreSQL, the same log + snapshot as `SqliteRoomStore`.
 *
 * Appends are group-committed as in SQLite: the updates of one turn of
 * the event loop (or of every turn while the previous commit was under
 * way) go in ONE multi-row INSERT (its own transaction), and the callers
 * relay only once it committed. Batches are written one after the other,
 * never two at once, so sequence numbers follow append order and appends
 * resolve in order. `flush()` resolves once every append made before it
 * committed: the room waits for it before answering a sync from memory.
 *
 * Compaction and set-aside run beside the appends on other pooled
 * connections: they touch only rows already committed (seq <= uptoSeq).
 */
export class PostgresRoomStore implements RoomStore {
  private pending: PendingAppend[] = []
  private flushScheduled = false
  private metrics: StoreMetrics = NO_STORE_METRICS
  /** The last batch written (or being written): the next one waits for it. */
  private writing: Promise<void> = Promise.resolve()
  /** A batch is queued behind `writing` and has not taken the pending appends yet. */
  private nextBatchQueued = false
  /** Compactions and set-asides not finished yet, awaited by `close`. */
  private readonly background = new Set<Promise<unknown>>()

  constructor(private readonly pool: PostgresPool) {}

  async load(room: string): Promise<StoredState> {
    // Updates of this process not committed yet belong to what the room holds.
    await this.flush()
    // One statement, one snapshot of the database: a compaction committing
    // meanwhile cannot leave a gap between the snapshot read and the rows.
    const { rows } = await this.pool.query<{ seq: number; data: Buffer; snapshot: boolean }>(
      `SELECT upto_seq AS seq, data, TRUE AS snapshot FROM room_snapshots WHERE room = $1
       UNION ALL
       SELECT seq, data, FALSE FROM room_updates
        WHERE room = $1
          AND seq > COALESCE((SELECT upto_seq FROM room_snapshots WHERE room = $1), 0)
       ORDER BY snapshot DESC, seq`,
      [room],
    )
    const stored: StoredRow[] = rows.map((row) =>
      row.snapshot
        ? { seq: row.seq, data: row.data, snapshot: true }
        : { seq: row.seq, data: row.data },
    )
    const pendingCount = stored.length - (stored[0]?.snapshot ? 1 : 0)
    return { rows: stored, lastSeq: stored.at(-1)?.seq ?? 0, pendingCount }
  }

  append(room: string, update: Uint8Array): Promise<number> {
    return new Promise((resolve, reject) => {
      this.pending.push({ room, update, resolve, reject })
      if (!this.flushScheduled) {
        this.flushScheduled = true
        setImmediate(() => void this.flush())
      }
    })
  }

  /**
   * Writes the pending appends; resolves once every append made before the
   * call committed. While one batch is being written, the next one waits
   * and gathers every append made meanwhile: one commit for all of them,
   * however many turns they arrived in (group commit), so a slow commit
   * makes the next batch bigger instead of the queue longer.
   */
  flush(): Promise<void> {
    this.flushScheduled = false
    if (this.pending.length > 0 && !this.nextBatchQueued) {
      this.nextBatchQueued = true
      this.writing = this.writing.then(() => {
        this.nextBatchQueued = false
        const batch = this.pending
        this.pending = []
        return this.write(batch)
      })
    }
    return this.writing
  }

  observe(metrics: StoreMetrics): void {
    this.metrics = metrics
  }

  private async write(batch: PendingAppend[]): Promise<void> {
    let seqs: number[]
    const started = performance.now()
    try {
      const { rows } = await this.pool.query<{ seq: number }>(
        `INSERT INTO room_updates (room, data)
         SELECT room, data FROM unnest($1::text[], $2::bytea[]) WITH ORDINALITY AS u (room, data, i)
         ORDER BY i
         RETURNING seq`,
        [batch.map((a) => a.room), batch.map((a) => bytea(a.update))],
      )
      // The sequence is taken in insertion order (ORDER BY i): ascending seqs are the batch's order.
      seqs = rows.map((row) => row.seq).sort((a, b) => a - b)
      this.metrics.flushed((performance.now() - started) / 1000)
    } catch (error) {
      for (const append of batch) append.reject(error)
      return
    }
    for (const [i, append] of batch.entries()) append.resolve(seqs[i]!)
  }

  compact(room: string, snapshot: Uint8Array, uptoSeq: number): Promise<void> {
    return this.inBackground(
      inTransaction(this.pool, async (client) => {
        // A snapshot never moves backwards: an older compaction finishing late changes nothing.
        const written = await client.query(
          `INSERT INTO room_snapshots (room, data, upto_seq) VALUES ($1, $2, $3)
           ON CONFLICT (room) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq
           WHERE room_snapshots.upto_seq < excluded.upto_seq`,
          [room, bytea(snapshot), uptoSeq],
        )
        if (written.rowCount === 0) return
        await client.query('DELETE FROM room_updates WHERE room = $1 AND seq <= $2', [
          room,
          uptoSeq,
        ])
      }),
    )
  }

  setAside(room: string, row: StoredRow, reason: string): Promise<void> {
    return this.inBackground(
      inTransaction(this.pool, async (client) => {
        await client.query(
          'INSERT INTO room_set_aside (room, seq, snapshot, data, reason, set_at) VALUES ($1, $2, $3, $4, $5, $6)',
          [room, row.seq, row.snapshot === true, bytea(row.data), reason, Date.now()],
        )
        if (row.snapshot)
          await client.query('DELETE FROM room_snapshots WHERE room = $1 AND upto_seq = $2', [
            room,
            row.seq,
          ])
        else
          await client.query('DELETE FROM room_updates WHERE room = $1 AND seq = $2', [
            room,
            row.seq,
          ])
      }),
    )
  }

  /** Commits what is pending and waits for background writes; the pool is closed by its owner. */
  async close(): Promise<void> {
    await this.flush()
    await Promise.allSettled([...this.background])
  }

  private inBackground<T>(work: Promise<T>): Promise<T> {
    this.background.add(work)
    const forget = () => this.background.delete(work)
    work.then(forget, forget)
    return work
  }
}
