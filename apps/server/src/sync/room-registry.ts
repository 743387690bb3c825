import type { RoomStore } from '../store/types.js'
import { DEFAULT_SYNC_LIMITS, type SyncLimits } from './limits.js'
import { Room } from './room.js'

/** Something that wants to know when rooms come and go (the ingest wiring, metrics). */
export interface RoomLifecycle {
  /** Called once the room is loaded, before any peer sees it. */
  loaded?(room: Room, registry: RoomRegistry): void | Promise<void>
  /** Called before the room is destroyed. */
  unloading?(room: Room, registry: RoomRegistry): void
}

interface Entry {
  room: Room
  ready: Promise<Room>
  holders: number
}

/**
 * Holds the loaded rooms of this process, counted by holders (connections,
 * and rooms that need another room, such as a participant document that is
 * ingested into its board). Knows nothing about HTTP or tokens.
 *
 * A room unloads when its last holder releases it: its updates are already
 * stored (they were appended before being relayed), it is compacted, then
 * destroyed.
 */
export class RoomRegistry {
  private readonly entries = new Map<string, Entry>()
  private readonly lifecycles: RoomLifecycle[] = []
  /** Step-1 encodes of rooms already unloaded, so the metric only grows. */
  private unloadedEncodes = 0

  constructor(
    private readonly store: RoomStore,
    private readonly log: (message: string, error?: unknown) => void = () => {},
    private readonly limits: SyncLimits = DEFAULT_SYNC_LIMITS,
  ) {}

  use(lifecycle: RoomLifecycle): this {
    this.lifecycles.push(lifecycle)
    return this
  }

  /** Loads the room if needed and counts one more holder. */
  acquire(name: string): Promise<Room> {
    let entry = this.entries.get(name)
    if (!entry) {
      const room = new Room(
        name,
        this.store,
        (failed, error) => this.storeFailed(failed, error),
        this.limits,
      )
      const ready = room.load().then(async () => {
        for (const lifecycle of this.lifecycles) await lifecycle.loaded?.(room, this)
        return room
      })
      entry = { room, ready, holders: 0 }
      this.entries.set(name, entry)
      // A room that failed to load is forgotten so the next holder retries.
      ready.catch((error) => {
        this.log(`room ${name} failed to load`, error)
        if (this.entries.get(name) === entry) this.entries.delete(name)
        room.destroy()
      })
    }
    entry.holders++
    return entry.ready
  }

  /** One holder fewer; the last one unloads the room. */
  release(room: Room): void {
    const entry = this.entries.get(room.name)
    // A room replaced after a store failure is not this holder's any more.
    if (!entry || entry.room !== room) return
    entry.holders--
    if (entry.holders > 0) return
    this.entries.delete(room.name)
    entry.ready.then(
      (room) => this.unload(room),
      () => {},
    )
  }

  /** The loaded room of that name, if any (no holder is counted). */
  peek(name: string): Room | undefined {
    const entry = this.entries.get(name)
    return entry?.room.isLoaded ? entry.room : undefined
  }

  get size(): number {
    return this.entries.size
  }

  /** How many times rooms of this process encoded a document to answer a sync step 1. */
  get stateEncodes(): number {
    let sum = this.unloadedEncodes
    for (const entry of this.entries.values()) sum += entry.room.stateEncodes
    return sum
  }

  names(): string[] {
    return [...this.entries.keys()]
  }

  /** Unloads every room (on shutdown). */
  async closeAll(): Promise<void> {
    const entries = [...this.entries.values()]
    this.entries.clear()
    for (const entry of entries) {
      try {
        this.unload(await entry.ready)
      } catch {}
    }
  }

  private unload(room: Room): void {
    for (const lifecycle of this.lifecycles) {
      try {
        lifecycle.unloading?.(room, this)
      } catch (error) {
        this.log(`unloading hook failed for ${room.name}`, error)
      }
    }
    try {
      room.compact()
    } catch (error) {
      this.log(`compaction of ${room.name} failed`, error)
    }
    this.unloadedEncodes += room.stateEncodes
    room.destroy()
  }

  /**
   * The document now holds a change the store did not take. Nobody was sent
   * it; close the room's peers so they reconnect to a room reloaded from the
   * store, and re-send what they still have.
   */
  private storeFailed(room: Room, error: unknown): void {
    this.log(`store failed for room ${room.name}; disconnecting its peers`, error)
    const entry = this.entries.get(room.name)
    if (entry?.room === room) this.entries.delete(room.name)
    for (const peer of room.peers) peer.close?.(1011, 'storage failure, please reconnect')
    room.destroy()
  }
}
