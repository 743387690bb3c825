import type { SqliteDatabase } from './sqlite-database.js'
import type { RoomStore, StoredState } from './types.js'

/** Room updates in SQLite: an append-only log per room plus one snapshot. */
export class SqliteRoomStore implements RoomStore {
  private readonly insert
  private readonly selectSnapshot
  private readonly selectUpdates
  private readonly deleteUpTo
  private readonly upsertSnapshot

  constructor(private readonly db: SqliteDatabase) {
    this.insert = db.prepare('INSERT INTO room_updates (room, data) VALUES (?, ?)')
    this.selectSnapshot = db.prepare('SELECT data, upto_seq FROM room_snapshots WHERE room = ?')
    this.selectUpdates = db.prepare(
      'SELECT seq, data FROM room_updates WHERE room = ? AND seq > ? ORDER BY seq',
    )
    this.deleteUpTo = db.prepare('DELETE FROM room_updates WHERE room = ? AND seq <= ?')
    this.upsertSnapshot = db.prepare(
      `INSERT INTO room_snapshots (room, data, upto_seq) VALUES (?, ?, ?)
       ON CONFLICT (room) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq`,
    )
  }

  load(room: string): Promise<StoredState> {
    return Promise.resolve(this.loadSync(room))
  }

  loadSync(room: string): StoredState {
    const snapshot = this.selectSnapshot.get(room) as { data: Buffer; upto_seq: number } | undefined
    const after = snapshot?.upto_seq ?? 0
    const rows = this.selectUpdates.all(room, after) as { seq: number; data: Buffer }[]
    const updates: Uint8Array[] = []
    if (snapshot) updates.push(snapshot.data)
    for (const row of rows) updates.push(row.data)
    return { updates, lastSeq: rows.at(-1)?.seq ?? after, pendingCount: rows.length }
  }

  /** Synchronous on purpose: the caller relays the update right after it returns. */
  append(room: string, update: Uint8Array): number {
    return Number(this.insert.run(room, update).lastInsertRowid)
  }

  compact(room: string, snapshot: Uint8Array, uptoSeq: number): void {
    this.db.transaction(() => {
      this.upsertSnapshot.run(room, snapshot, uptoSeq)
      this.deleteUpTo.run(room, uptoSeq)
    })()
  }

  close(): void {}
}
