import type { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { type Logger, SILENT_LOGGER } from '../logging/logger.js'
import type { BusMessage } from '../scale/room-bus.js'
import type { RoomStore } from '../store/types.js'
import { Leadership } from './leadership.js'
import { DEFAULT_SYNC_LIMITS, RateLimit, type SyncLimits } from './limits.js'
import { type PreparedFrame, prepareFrame } from './prepared-frame.js'
import {
  EMPTY_AWARENESS,
  encodePermissionDenied,
  encodeSyncStep1,
  encodeUpdate,
  type IncomingMessage,
  isEmptyUpdate,
} from './protocol.js'
import { mergeStoredRows, REMOTE } from './remote-updates.js'
import { RoomLog } from './room-log.js'
import { RoomPresence } from './room-presence.js'
import { type GzippedState, StateSnapshots } from './state-snapshots.js'
import { Step1Answers } from './step1-answers.js'
import { NO_SYNC_METRICS, refusalReason, type SyncMetrics } from './sync-metrics.js'
import { refusalOf } from './update-admission.js'
import { UpdateCoalescer } from './update-coalescer.js'
import type { UpdatePolicy } from './update-policy.js'

/** A connection as a room sees it: something to send frames to, allowed to write or not. */
export interface Peer {
  readonly canWrite: boolean
  /** Who is connected (role and participant, never the token): the same person's next socket takes over its presence. */
  readonly label: string
  send(frame: Uint8Array): void
  /** Sends a frame framed once for the whole room (see `PreparedFrame`); peers without it get `send`. */
  sendPrepared?(frame: PreparedFrame): void
  close?(code: number, reason: string): void
  /** The participant a phone is connected as (undefined for facilitators and screens). */
  readonly participantId?: string | undefined
  /** Awareness client ids this peer announced, removed when it leaves. */
  readonly awarenessIds: Set<number>
  /**
   * Whether this peer is sent every presence of the room (it may write the
   * room, the people working on it together, or it is a facilitator's), or
   * only the public states (the people count). See `PresenceRelay`.
   */
  readonly seesPresence: boolean
  /** What this peer announces is sent to every peer: only the server's own people count. */
  readonly announcesPublic?: boolean
}

/** Transaction origin of updates replayed from the store: neither stored again nor relayed. */
const LOADING = Symbol('loading')

/** What a peer may still ask of the room before it is refused. */
interface Budget {
  step1: RateLimit
  awareness: RateLimit
  queryAwareness: RateLimit
}

/** Why a room must be dropped from memory and reloaded from its store. */
export type RoomBreak = 'store-failed' | 'update-threw'

/**
 * One Yjs document, its awareness and the peers connected to it, speaking
 * the y-websocket protocol. Persistence is `RoomLog`'s; what writers may
 * change is decided by the room's `UpdatePolicy`s.
 *
 * Invariants:
 * - the room answers no sync message before `load()` has replayed the store
 *   (the reference server's race, y-websocket #81: answering early sends an
 *   empty document that the client then "merges", losing nothing but showing
 *   a blank board and re-sending everything);
 * - what is stored and relayed is the server's own encoding of what each
 *   transaction changed (Yjs' `update` event), never a peer's bytes; it is
 *   appended to the store before any peer is sent it;
 * - a peer's update is read structurally first and refused whole if it is
 *   not canonical, would leave pending structs, or a policy refuses it; the
 *   encodings of its transactions are held until `applyUpdate` returned
 *   normally: if it threw, nothing is stored or relayed and the room, whose
 *   memory may be half changed, is dropped and reloaded from the store;
 * - an update from a peer that may not write is dropped before it touches the
 *   document, and the peer is told why.
 */
export class Room {
  readonly peers = new Set<Peer>()
  private current = new Y.Doc()
  private presence: RoomPresence | null = null
  private readonly answers = new Step1Answers()
  private readonly snapshots = new StateSnapshots()
  /** Counts the document's changes: what a snapshot was encoded from. */
  private version = 0
  /** Merges the stored updates of a busy room before they are relayed (see `relay`). */
  private readonly coalescer: UpdateCoalescer<Peer>
  private readonly budgets = new Map<Peer, Budget>()
  private readonly policies: UpdatePolicy[] = []
  private readonly persistence: RoomLog
  /** Encodings of the transactions of the peer update being applied, until it returned. */
  private held: { update: Uint8Array; origin: unknown }[] | null = null
  private loaded = false
  private broken = false
  /** Messages that arrived while the document was being reloaded, in order. */
  private queued: { peer: Peer; message: IncomingMessage }[] | null = null
  /** Tells the other processes holding this room (see `linkBus`). */
  private publish: ((message: BusMessage) => void) | null = null
  /** Whether this process runs the server's reactions to this room. */
  readonly leadership: Leadership

  constructor(
    readonly name: string,
    store: RoomStore,
    private readonly onBreak: (room: Room, why: RoomBreak, error: unknown) => void = () => {},
    readonly limits: SyncLimits = DEFAULT_SYNC_LIMITS,
    /** Bound to the room's name by the registry; lifecycle hooks log through it too. */
    readonly logger: Logger = SILENT_LOGGER,
    private readonly metrics: SyncMetrics = NO_SYNC_METRICS,
  ) {
    this.leadership = new Leadership(logger)
    // Only stored updates reach it, so relaying after a break still relays only what was stored.
    this.coalescer = new UpdateCoalescer<Peer>(limits.coalesceWindowMs, (merged, _count, sender) =>
      this.metrics.updateRelayed(this.broadcast(encodeUpdate(merged), sender ?? undefined)),
    )
    this.persistence = new RoomLog(
      name,
      store,
      // Never compacted while broken or reloading: memory may hold what the
      // store refused; nor by a process that does not lead the room.
      () =>
        this.loaded && !this.broken && !this.queued && this.leadership.leads ? this.current : null,
      (error) => this.break('store-failed', error),
      logger,
      metrics,
    )
  }

  /** The document. Replaced once, by `load()`: hold the room, not its document, before that. */
  get doc(): Y.Doc {
    return this.current
  }

  /** The room's presence (made now if nobody announced any yet). */
  get awareness(): Awareness {
    return this.presenceMade().awareness
  }

  /** Whether the room holds a presence: someone announced one, or another process relayed one. */
  get holdsPresence(): boolean {
    return this.presence !== null
  }

  /** Replays the stored updates into the document. Call once, before any peer message. */
  async load(): Promise<void> {
    const placeholder = this.current
    this.current = await this.persistence.load(() => new Y.Doc(), LOADING)
    placeholder.destroy()
    this.current.on('update', this.onUpdate)
    this.loaded = true
  }

  /**
   * Replaces the document with the one the store holds, keeping the peers
   * and their presence: what they were relayed is what was stored, so they
   * stay in step. Messages arriving meanwhile wait for `resume()`. The
   * caller detaches the lifecycle hooks before and attaches them after;
   * their policies go with them (the hooks install them again).
   */
  async reload(): Promise<void> {
    this.queued ??= []
    this.policies.length = 0
    this.leadership.clearCallbacks()
    await this.persistence.flush()
    const fresh = await this.persistence.load(() => new Y.Doc(), LOADING)
    // The old document is dropped, not destroyed: destroying it would destroy the awareness too.
    this.current.off('update', this.onUpdate)
    this.current = fresh
    fresh.on('update', this.onUpdate)
    this.presence?.rebind(fresh)
    this.changed(true)
    this.broken = false
  }

  /**
   * From now on, what this room stores and the presence its peers announce
   * are published to the other processes holding it (`publish` never throws).
   */
  linkBus(publish: (message: BusMessage) => void): void {
    this.publish = publish
    this.persistence.shareWith((rows) => mergeStoredRows(this.current, rows, this.logger))
  }

  /**
   * What another process holding this room published: an update it stored
   * (applied and relayed here, not stored again) or a presence change of its
   * peers (relayed here). The other process checked its sender; a message
   * that does not apply is logged and dropped, and `resyncFromStore` repairs
   * what it missed.
   */
  receiveRemote(message: BusMessage): void {
    // While reloading, the store read that follows holds every published update.
    if (!this.loaded || this.broken || this.queued) return
    try {
      if (message.kind === 'update') Y.applyUpdate(this.current, message.bytes, REMOTE)
      else this.presenceMade().receiveRemote(message.bytes, message.kind === 'public-awareness')
    } catch (error) {
      this.logger.warn(
        { err: error, kind: message.kind },
        'a message from another process did not apply',
      )
    }
  }

  /**
   * Merges everything the store holds into the document (messages of other
   * processes were lost on the bus): what this process lacked is relayed to
   * its peers as one update; what it had already changes nothing.
   */
  async resyncFromStore(): Promise<void> {
    const rows = await this.persistence.readRows()
    if (!this.loaded || this.broken || this.queued) return
    mergeStoredRows(this.current, rows, this.logger)
  }

  /** Handles the messages queued during `reload()`. */
  resume(): void {
    const queued = this.queued ?? []
    this.queued = null
    for (const { peer, message } of queued) {
      if (!this.peers.has(peer)) continue
      try {
        this.receive(peer, message)
      } catch {
        this.refuse(peer, `malformed ${message.type}: not a Yjs V1 update`)
      }
    }
  }

  get isLoaded(): boolean {
    return this.loaded
  }

  /** Adds a rule every writer's update must pass (see `UpdatePolicy`). */
  use(policy: UpdatePolicy): this {
    this.policies.push(policy)
    return this
  }

  /** Bytes stored for this room since its last snapshot, snapshot included. */
  get storedBytes(): number {
    return this.persistence.storedBytes
  }

  /** How many times this room encoded its document for a step-1 answer. */
  get stateEncodes(): number {
    return this.answers.encodes
  }

  /** Stored rows set aside while this room loaded. */
  get rowsSetAside(): number {
    return this.persistence.rowsSetAside
  }

  /** A peer joins: writers get our state vector so they send what we miss; everyone the presence it may see. */
  join(peer: Peer): void {
    this.peers.add(peer)
    const limits = this.limits
    this.budgets.set(peer, {
      step1: new RateLimit(limits.step1Burst, limits.step1RefillMs),
      awareness: new RateLimit(limits.awarenessBurst, limits.awarenessRefillMs),
      queryAwareness: new RateLimit(limits.queryAwarenessBurst, limits.queryAwarenessRefillMs),
    })
    if (peer.canWrite) peer.send(encodeSyncStep1(Y.encodeStateVector(this.doc)))
    const presence = this.presence?.snapshotFor(peer)
    if (presence) peer.send(presence)
  }

  /** A peer leaves: its presence is removed and everyone else is told. */
  leave(peer: Peer): void {
    this.peers.delete(peer)
    this.budgets.delete(peer)
    this.presence?.leave(peer)
  }

  /** Handles one decoded message of a peer. Throws `MalformedUpdate` on a malformed update. */
  receive(peer: Peer, message: IncomingMessage): void {
    if (this.queued) {
      this.queued.push({ peer, message })
      return
    }
    if (this.broken) return
    switch (message.type) {
      case 'sync-step1':
        this.receiveStep1(peer, message.stateVector)
        return
      case 'sync-step2':
      case 'sync-update':
        this.receiveUpdate(peer, message.update)
        return
      case 'awareness':
        this.presenceMade().receive(
          peer,
          message.update,
          () => this.budgets.get(peer)?.awareness.take() ?? false,
        )
        return
      case 'query-awareness':
        // Each answer holds every presence of the room: a one-byte ask, a large reply.
        if (!this.budgets.get(peer)?.queryAwareness.take()) {
          this.refuse(peer, 'rate-limited: query-awareness')
          return
        }
        peer.send(this.presence?.snapshotFor(peer) ?? EMPTY_AWARENESS)
        return
      case 'auth':
        return
    }
  }

  /** Sends a frame to every peer but `except`; returns how many it was sent to. */
  broadcast(frame: Uint8Array, except?: Peer): number {
    let sent = 0
    // Framed once, on the first socket that takes it: every socket gets the same bytes.
    let prepared: PreparedFrame | null = null
    for (const peer of this.peers) {
      if (peer === except) continue
      if (peer.sendPrepared) {
        prepared ??= prepareFrame(frame)
        peer.sendPrepared(prepared)
      } else peer.send(frame)
      sent++
    }
    return sent
  }

  /** Writes the document as a new snapshot replacing the stored log (on unload). */
  compact(): void {
    this.persistence.compact()
  }

  destroy(): void {
    this.coalescer.close()
    this.persistence.cancelCompaction()
    this.answers.invalidate()
    this.snapshots.clear()
    this.presence?.destroy()
    this.current.destroy()
  }

  /**
   * The whole document, gzip'd, once all of it is stored (as a step-1
   * answer is), for a client to apply before its socket syncs; possibly a
   * copy up to `SNAPSHOT_MAX_STALE_MS` old, missing only what was added
   * since (see `changed`). Null while the room is not serving its document
   * (loading, reloading, broken).
   */
  async stateSnapshot(): Promise<GzippedState | null> {
    if (!this.loaded || this.broken || this.queued) return null
    const state = this.snapshots.get(this.version, () => Y.encodeStateAsUpdate(this.doc))
    const stored = await this.persistence.stored()
    return stored && !this.broken ? state : null
  }

  /**
   * Every change of the document, stored or not yet: what was encoded of it
   * is out of date. A change that removed something (a note hidden, a text
   * edited, a note deleted) drops the cached copy at once: an older copy
   * may lag behind what was added, never show what was taken away.
   */
  private changed(removed: boolean): void {
    this.version++
    this.answers.invalidate()
    if (removed) this.snapshots.clear()
  }

  private receiveStep1(peer: Peer, stateVector: Uint8Array): void {
    if (stateVector.length > this.limits.maxStateVectorBytes) {
      this.refuse(peer, `state-vector-too-large: at most ${this.limits.maxStateVectorBytes} bytes`)
      return
    }
    // A stock provider asks once per connection (twice with a resync timer):
    // more is a client making the server re-encode the board for nothing.
    if (!this.budgets.get(peer)?.step1.take()) {
      this.refuse(peer, 'rate-limited: sync step 1')
      return
    }
    // The answer is what memory holds now; it is sent once all of that is
    // stored (at once with SQLite). Encoded now, not after the wait: updates
    // arriving meanwhile reach the peer as relays once stored themselves, so
    // a stream of writes never holds the answer back.
    const encodes = this.answers.encodes
    const answer = this.answers.answer(this.doc, stateVector)
    if (this.answers.encodes > encodes) this.metrics.stateEncoded()
    this.persistence.afterStored(() => {
      if (this.peers.has(peer) && !this.broken) peer.send(answer)
    })
  }

  private receiveUpdate(peer: Peer, update: Uint8Array): void {
    if (!peer.canWrite) {
      // Step 2 of a reader with nothing of its own is the normal handshake: stay quiet.
      if (!isEmptyUpdate(update))
        this.refuse(peer, 'read-only: this connection may not write this room')
      return
    }
    if (isEmptyUpdate(update)) return
    const refusal = refusalOf(peer, update, {
      doc: this.doc,
      storedBytes: this.storedBytes,
      maxNewClients: this.limits.maxClientsPerUpdate,
      policies: this.policies,
    })
    if (refusal) {
      this.refuse(peer, refusal)
      return
    }
    const store = this.doc.store
    // Only a log written before these checks can leave pending structs in memory.
    const hadPending = store.pendingStructs !== null || store.pendingDs !== null
    const held: { update: Uint8Array; origin: unknown }[] = []
    this.held = held
    let policyWrote = false
    try {
      // One transaction for the update and what policies write in answer to it.
      this.doc.transact((transaction) => {
        Y.applyUpdate(this.doc, update, peer)
        for (const policy of this.policies)
          if (policy.withinTransaction?.(peer, transaction)) policyWrote = true
      }, peer)
    } catch (error) {
      // Integrated halfway, perhaps: nothing of it is stored or relayed, and
      // the memory that may hold the other half is reloaded from the store.
      this.held = null
      this.break('update-threw', error)
      // Every later update of the sender builds on the refused one (clock
      // gaps): it reconnects, and its provider syncs afresh.
      this.refuse(peer, 'malformed sync-update: Yjs could not apply it')
      peer.close?.(1008, 'update could not be applied, please reconnect')
      return
    }
    this.held = null
    this.metrics.updateReceived()
    if (!hadPending && (store.pendingStructs !== null || store.pendingDs !== null)) {
      // Ruled out by `pendingReason`; never kept: they would be written out with the next update.
      store.pendingStructs = null
      store.pendingDs = null
    }
    // A sender lacks what a policy wrote in its transaction: it is sent the update too.
    for (const transaction of held)
      this.storeAndRelay(transaction.update, policyWrote ? undefined : transaction.origin)
  }

  /** The document's `update` event: one transaction's changes, as Yjs encodes them. */
  private readonly onUpdate = (
    update: Uint8Array,
    origin: unknown,
    _doc: Y.Doc,
    transaction: Y.Transaction,
  ): void => {
    if (origin === LOADING || this.broken) return
    this.changed(transaction.deleteSet.clients.size > 0)
    if (this.held) {
      this.held.push({ update, origin })
      return
    }
    this.storeAndRelay(update, origin)
  }

  /** Stores a transaction's update, then relays it; relays what another process stored. */
  private storeAndRelay(update: Uint8Array, origin: unknown): void {
    if (this.broken) return
    if (origin === REMOTE) {
      // Stored by the process that published it (or read from the store).
      this.persistence.countRemote(update)
      this.relay(update, undefined, false)
      return
    }
    // The peer that sent a change has it already.
    const sender = this.peers.has(origin as Peer) ? (origin as Peer) : undefined
    this.persistence.append(update, () => {
      if (this.broken) return
      this.relay(update, sender, true)
      this.publish?.({ kind: 'update', bytes: update })
    })
  }

  /**
   * Relays a stored update to the peers. A room with many peers merges the
   * updates of a few milliseconds into one (see `UpdateCoalescer`), relayed
   * to every peer, senders included (Yjs ignores what it has) unless all came
   * from one; once updates
   * wait there, every later one waits behind them, so none overtakes another.
   */
  private relay(update: Uint8Array, sender: Peer | undefined, counted: boolean): void {
    if (this.coalescer.holding || this.peers.size >= this.limits.coalesceMinPeers) {
      this.coalescer.add(update, sender ?? null)
      return
    }
    const sent = this.broadcast(encodeUpdate(update), sender)
    if (counted) this.metrics.updateRelayed(sent)
  }

  /** Tells `peer` why its frame was refused, and counts the reason. */
  private readonly refuse = (peer: Peer, reason: string): void => {
    this.metrics.frameRefused(refusalReason(reason))
    peer.send(encodePermissionDenied(reason))
  }

  private break(why: RoomBreak, error: unknown): void {
    if (this.broken) return
    this.broken = true
    this.persistence.cancelCompaction()
    this.onBreak(this, why, error)
  }

  /**
   * The room's presence, made when first needed: most rooms never see any
   * (a phone's own room, the layout, the private room: their clients
   * announce nothing), and an `Awareness` is 1.4 KB and a timer every 3 s.
   */
  private presenceMade(): RoomPresence {
    if (!this.loaded) throw new Error(`room ${this.name} is not loaded`)
    this.presence ??= new RoomPresence(
      this.current,
      this.peers,
      (kind, bytes) => this.publish?.({ kind, bytes }),
      this.limits,
      this.refuse,
      REMOTE,
    )
    return this.presence
  }
}
