import type { RoomStore, StoredRow, StoredState } from './types.js'

interface MemoryRoom {
  snapshot: StoredRow | null
  updates: StoredRow[]
  setAside: { row: StoredRow; reason: string }[]
}

/**
 * Rooms in memory, for tests: the same log + snapshot as the SQLite store,
 * gone with the process. Synchronous by default (an append is stored when
 * it returns); `{ asynchronous: true }` resolves appends on a later turn and
 * makes `flush()` a promise, as a networked database does, so the room's
 * "answer only what is stored" path can be tested without one.
 */
export class MemoryRoomStore implements RoomStore {
  private readonly rooms = new Map<string, MemoryRoom>()
  private seq = 0
  private pending: { room: string; update: Uint8Array; resolve: (seq: number) => void }[] = []
  private scheduled: Promise<void> | null = null

  constructor(private readonly options: { asynchronous?: boolean } = {}) {}

  async load(room: string): Promise<StoredState> {
    await this.flush()
    const stored = this.rooms.get(room)
    if (!stored) return { rows: [], lastSeq: 0, pendingCount: 0 }
    const rows = [...(stored.snapshot ? [stored.snapshot] : []), ...stored.updates]
    return {
      rows: rows.map((row) => ({ ...row, data: row.data.slice() })),
      lastSeq: rows.at(-1)?.seq ?? 0,
      pendingCount: stored.updates.length,
    }
  }

  append(room: string, update: Uint8Array): number | Promise<number> {
    if (!this.options.asynchronous) return this.store(room, update)
    return new Promise((resolve) => {
      this.pending.push({ room, update, resolve })
      this.scheduled ??= new Promise((done) => setImmediate(done)).then(() => this.commit())
    })
  }

  flush(): void | Promise<void> {
    if (!this.options.asynchronous) return
    // As a database would: the commit lands on a later turn, not now.
    return this.scheduled ?? Promise.resolve()
  }

  compact(room: string, snapshot: Uint8Array, uptoSeq: number): void {
    const stored = this.roomOf(room)
    if (stored.snapshot && stored.snapshot.seq >= uptoSeq) return
    stored.snapshot = { seq: uptoSeq, data: snapshot.slice(), snapshot: true }
    stored.updates = stored.updates.filter((row) => row.seq > uptoSeq)
  }

  setAside(room: string, row: StoredRow, reason: string): void {
    const stored = this.roomOf(room)
    stored.setAside.push({ row, reason })
    if (row.snapshot) {
      if (stored.snapshot?.seq === row.seq) stored.snapshot = null
    } else stored.updates = stored.updates.filter((kept) => kept.seq !== row.seq)
  }

  /** The rows set aside for `room` (what an operator would look at). */
  setAsideRows(room: string): { row: StoredRow; reason: string }[] {
    return this.rooms.get(room)?.setAside ?? []
  }

  async close(): Promise<void> {
    await this.flush()
  }

  private commit(): void {
    this.scheduled = null
    const batch = this.pending
    this.pending = []
    for (const append of batch) append.resolve(this.store(append.room, append.update))
  }

  private store(room: string, update: Uint8Array): number {
    this.seq++
    this.roomOf(room).updates.push({ seq: this.seq, data: update.slice() })
    return this.seq
  }

  private roomOf(name: string): MemoryRoom {
    let room = this.rooms.get(name)
    if (!room) {
      room = { snapshot: null, updates: [], setAside: [] }
      this.rooms.set(name, room)
    }
    return room
  }
}
