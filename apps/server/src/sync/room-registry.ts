import { type Logger, SILENT_LOGGER } from '../logging/logger.js'
import type { BusMessage, RoomBus } from '../scale/room-bus.js'
import type { RoomStore } from '../store/types.js'
import { DEFAULT_SYNC_LIMITS, type SyncLimits } from './limits.js'
import { Room, type RoomBreak } from './room.js'
import { NO_SYNC_METRICS, type SyncMetrics } from './sync-metrics.js'

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
  /** Rooms whose lifecycle hooks acquired this one (a participant document holds its board). */
  dependents: Set<Room>
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
  /** How each room of this process stops listening to the bus. */
  private readonly unsubscribes = new Map<Room, () => void>()

  constructor(
    private readonly store: RoomStore,
    /** The server's logger; each room logs through a child bound to its name. */
    private readonly logger: Logger = SILENT_LOGGER,
    private readonly limits: SyncLimits = DEFAULT_SYNC_LIMITS,
    private readonly metrics: SyncMetrics = NO_SYNC_METRICS,
    /** Other processes serving the same rooms (Redis), if any. */
    private readonly bus?: RoomBus,
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
        (broken, why, error) =>
          why === 'update-threw' ? this.reload(broken, error) : this.discard(broken, why, error),
        this.limits,
        this.logger.child({ room: name }),
        this.metrics,
      )
      const ready = this.load(room).then(async () => {
        for (const lifecycle of this.lifecycles) await lifecycle.loaded?.(room, this.heldBy(room))
        return room
      })
      entry = { room, ready, holders: 0, dependents: new Set() }
      this.entries.set(name, entry)
      // A room that failed to load is forgotten so the next holder retries.
      ready.catch((error) => {
        room.logger.error({ err: error }, 'room failed to load')
        if (this.entries.get(name) === entry) this.entries.delete(name)
        this.unsubscribes.get(room)?.()
        this.unsubscribes.delete(room)
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
    this.runUnloading(room)
    try {
      room.compact()
    } catch (error) {
      room.logger.error({ err: error }, 'compaction failed')
    }
    this.forget(room)
  }

  /**
   * Loads the room from the store. With a bus, it listens to the other
   * processes first and applies what they published meanwhile only after
   * the store's rows: an update published before the subscription is in the
   * store (stored before published), one published after it arrives here,
   * and one that is both applies once (Yjs skips what a document already
   * has). No gap, no duplicate.
   */
  private async load(room: Room): Promise<void> {
    const bus = this.bus
    if (!bus) return room.load()
    const early: BusMessage[] = []
    let linked = false
    const unsubscribe = await bus.subscribe(room.name, {
      receive: (message) => (linked ? room.receiveRemote(message) : early.push(message)),
      resync: () => {
        if (linked)
          room
            .resyncFromStore()
            .catch((error) => room.logger.error({ err: error }, 'resync from the store failed'))
      },
    })
    this.unsubscribes.set(room, unsubscribe)
    await room.load()
    room.linkBus((message) => bus.publish(room.name, message))
    linked = true
    for (const message of early) room.receiveRemote(message)
    // The lifecycle hooks that run next react only if this process leads the room.
    room.leadership.set(false)
    const release = await bus.hold(room.name, (leading) => room.leadership.set(leading))
    this.unsubscribes.set(room, () => {
      release()
      unsubscribe()
    })
  }

  private forget(room: Room): void {
    this.unsubscribes.get(room)?.()
    this.unsubscribes.delete(room)
    room.destroy()
  }

  /**
   * This registry as the lifecycle hooks of `holder` see it: a room they
   * acquire is remembered as held by `holder`, so that dropping it drops
   * `holder` too (a participant document must not stay linked to a dropped
   * board).
   */
  private heldBy(holder: Room): RoomRegistry {
    const view = Object.create(this) as RoomRegistry
    view.acquire = (name: string) => {
      const ready = this.acquire(name)
      ready.then(
        (held) => {
          const entry = this.entries.get(name)
          if (entry?.room === held) entry.dependents.add(holder)
        },
        () => {},
      )
      return ready
    }
    return view
  }

  /**
   * Yjs threw halfway through a peer's update: the room's memory may hold
   * part of it, the store holds none. The room re-reads its document from
   * the store in place, its peers stay connected (they were relayed only
   * what was stored); the lifecycle hooks are detached before and attached
   * again after, as for an unload and a load. If that fails, it is dropped.
   */
  private async reload(room: Room, error: unknown): Promise<void> {
    room.logger.warn(
      { err: error },
      'an update threw while applied; reloading the room from the store',
    )
    this.runUnloading(room)
    try {
      await room.reload()
      // Released (and destroyed) meanwhile: the reloaded document goes too.
      if (this.entries.get(room.name)?.room !== room) {
        room.destroy()
        return
      }
      for (const lifecycle of this.lifecycles) await lifecycle.loaded?.(room, this.heldBy(room))
    } catch (reloadError) {
      room.resume()
      this.discard(room, 'update-threw', reloadError)
      return
    }
    room.resume()
  }

  private runUnloading(room: Room): void {
    for (const lifecycle of this.lifecycles) {
      try {
        lifecycle.unloading?.(room, this)
      } catch (hookError) {
        room.logger.error({ err: hookError }, 'unloading hook failed')
      }
    }
  }

  /**
   * The room's memory may hold a change the store did not take (a store
   * failure, or a reload after an update Yjs threw on that failed). Nobody was sent it. The room
   * is dropped WITHOUT compaction (which would store that memory), its peers
   * are closed so they reconnect to a room reloaded from the store and
   * re-send what they still have, and the rooms holding it are dropped too.
   */
  private discard(room: Room, why: RoomBreak, error: unknown): void {
    const entry = this.entries.get(room.name)
    if (entry?.room !== room) return
    room.logger.error({ err: error, why }, 'room dropped; disconnecting its peers')
    this.entries.delete(room.name)
    this.runUnloading(room)
    const reason = why === 'store-failed' ? 'storage failure' : 'room reloaded'
    for (const peer of room.peers) peer.close?.(1011, `${reason}, please reconnect`)
    this.forget(room)
    for (const dependent of entry.dependents) {
      if (this.entries.get(dependent.name)?.room === dependent)
        this.discard(dependent, why, new Error(`${room.name}, which it holds, was dropped`))
    }
  }
}
