import { parseRoomName } from '../auth/access.js'
import type { ClusterPresence } from '../scale/room-bus.js'
import { writeAwarenessEntries } from './awareness-guard.js'
import type { SyncLimits } from './limits.js'
import type { Peer, Room } from './room.js'
import type { RoomLifecycle } from './room-registry.js'

/** How often the server renews its presence state (stock clients drop states older than 30 s). */
const RENEW_MS = 10_000

/** The awareness state the server publishes on a board room: `{ server: { participants } }`. */
export interface ServerPresence {
  server: { participants: number }
}

/**
 * The people count of a workshop, from the server's own connections: the
 * distinct participants with at least one open socket to any room of the
 * workshop. Published on the board room as an awareness state of the server's
 * own client id (`{ server: { participants: n } }`), at most once per
 * `presenceIntervalMs`, renewed every 10 s. The server joins the room as a
 * peer of its own, so the room's ownership rule protects that id: no
 * connection may set, renew or remove it. Screens read this state and ignore
 * what other clients announce, which any script could fake.
 *
 * With several processes (`cluster`), the count is of participants with a
 * socket on any of them (a phone whose sockets landed on two processes
 * counts once), and only the process leading the board room publishes it:
 * the board holds one server state, whichever process a screen reaches.
 * One process: the count is this map's, synchronous, with no Redis.
 */
export class PresenceCounter implements RoomLifecycle {
  /** workshopId -> participantId -> open sockets. */
  private readonly sockets = new Map<string, Map<string, number>>()
  private readonly publishers = new Map<string, Publisher>()

  constructor(
    private readonly limits: SyncLimits,
    private readonly cluster?: ClusterPresence,
  ) {
    cluster?.onChange((workshopId) => this.publishers.get(workshopId)?.schedule())
  }

  /** A participant's socket opened (any room of the workshop). */
  connected(workshopId: string, participantId: string): void {
    const people = this.sockets.get(workshopId) ?? new Map<string, number>()
    this.sockets.set(workshopId, people)
    const open = people.get(participantId) ?? 0
    people.set(participantId, open + 1)
    if (open === 0) this.cluster?.changed(workshopId, participantId, true)
    this.publishers.get(workshopId)?.schedule()
  }

  /** A participant's socket closed. */
  disconnected(workshopId: string, participantId: string): void {
    const people = this.sockets.get(workshopId)
    const open = people?.get(participantId)
    if (!people || open === undefined) return
    if (open > 1) people.set(participantId, open - 1)
    else {
      people.delete(participantId)
      this.cluster?.changed(workshopId, participantId, false)
    }
    if (people.size === 0) this.sockets.delete(workshopId)
    this.publishers.get(workshopId)?.schedule()
  }

  /** Distinct participants connected to the workshop now, on this process. */
  count(workshopId: string): number {
    return this.sockets.get(workshopId)?.size ?? 0
  }

  loaded(room: Room): void {
    const name = parseRoomName(room.name)
    if (name?.kind !== 'board') return
    const cluster = this.cluster
    const publisher = cluster
      ? new Publisher(
          room,
          () => cluster.count(name.workshopId),
          this.limits,
          () => room.leadership.leads,
        )
      : new Publisher(
          room,
          () => this.count(name.workshopId),
          this.limits,
          () => true,
        )
    this.publishers.set(name.workshopId, publisher)
    room.leadership.onGained(() => publisher.publish(true))
    room.leadership.onLost(() => publisher.withdraw())
    publisher.publish()
  }

  unloading(room: Room): void {
    const name = parseRoomName(room.name)
    if (name?.kind !== 'board') return
    const publisher = this.publishers.get(name.workshopId)
    if (publisher?.room !== room) return
    publisher.stop()
    this.publishers.delete(name.workshopId)
  }
}

/** The server's presence on one board room: a peer that only ever sends its own awareness state. */
class Publisher {
  private readonly peer: Peer = {
    canWrite: false,
    seesPresence: false,
    // The count is for the whole room: phones and screens are sent it too.
    announcesPublic: true,
    label: 'server presence',
    send: () => {},
    awarenessIds: new Set(),
  }
  // Not the document's client id: the room's own Awareness instance holds that one.
  private readonly clientId = 1 + Math.floor(Math.random() * 0x7ffffffe)
  private clock = 0
  private lastPublished = 0
  private published = -1
  private timer: NodeJS.Timeout | null = null
  private readonly renewal: NodeJS.Timeout
  private stopped = false

  constructor(
    readonly room: Room,
    /** Synchronous with one process; a Redis round trip with several. */
    private readonly count: () => number | Promise<number>,
    private readonly limits: SyncLimits,
    /** Whether this process publishes the board's count (it leads the room). */
    private readonly leads: () => boolean,
  ) {
    room.join(this.peer)
    this.renewal = setInterval(() => this.publish(true), RENEW_MS)
    this.renewal.unref()
  }

  /** Publishes the count soon, at most once per `presenceIntervalMs`. */
  schedule(): void {
    if (this.timer) return
    const wait = Math.max(0, this.lastPublished + this.limits.presenceIntervalMs - Date.now())
    this.timer = setTimeout(() => {
      this.timer = null
      this.publish()
    }, wait)
    this.timer.unref()
  }

  /** Sends the count now if it changed (or `renew`: the same count with a newer clock). */
  publish(renew = false): void {
    if (!this.leads()) {
      this.withdraw()
      return
    }
    const counted = this.count()
    if (typeof counted === 'number') {
      this.send(counted, renew)
      return
    }
    // Counts are answered in the order asked (one Redis connection): the last one wins.
    counted.then(
      (participants) => this.send(participants, renew),
      (error) => this.room.logger.warn({ err: error }, 'could not count the participants'),
    )
  }

  /** Removes this process's state (it no longer leads the board: the new leader publishes). */
  withdraw(): void {
    if (this.published === -1 || this.room.doc.isDestroyed) return
    this.published = -1
    this.write('null')
  }

  private send(participants: number, renew: boolean): void {
    if (this.stopped || !this.leads() || this.room.doc.isDestroyed) return
    if (!renew && participants === this.published) return
    this.published = participants
    this.lastPublished = Date.now()
    const state: ServerPresence = { server: { participants } }
    this.write(JSON.stringify(state))
  }

  private write(json: string): void {
    const update = writeAwarenessEntries([{ clientId: this.clientId, clock: ++this.clock, json }])
    this.room.receive(this.peer, { type: 'awareness', update })
  }

  stop(): void {
    this.stopped = true
    if (this.timer) clearTimeout(this.timer)
    clearInterval(this.renewal)
    this.room.leave(this.peer)
  }
}
