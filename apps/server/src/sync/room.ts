import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness'
import * as Y from 'yjs'
import type { RoomStore } from '../store/types.js'
import { filterAwareness, readAwarenessEntries, writeAwarenessEntries } from './awareness-guard.js'
import { DEFAULT_SYNC_LIMITS, RateLimit, type SyncLimits } from './limits.js'
import {
  encodeAwareness,
  encodePermissionDenied,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  type IncomingMessage,
  isEmptyUpdate,
} from './protocol.js'

/** A connection as a room sees it: something to send frames to, allowed to write or not. */
export interface Peer {
  readonly canWrite: boolean
  /** Short label for logs: role and participant, never the token. */
  readonly label: string
  send(frame: Uint8Array): void
  close?(code: number, reason: string): void
  /** The participant a phone is connected as (undefined for facilitators and screens). */
  readonly participantId?: string | undefined
  /** Awareness client ids this peer announced, removed when it leaves. */
  readonly awarenessIds: Set<number>
}

/** Transaction origin of updates replayed from the store: neither stored again nor relayed. */
const LOADING = Symbol('loading')

/** What a peer may still ask of the room before it is refused. */
interface Budget {
  step1: RateLimit
  awareness: RateLimit
  queryAwareness: RateLimit
}

/** Step-1 answers kept for the current document version, by state vector. */
const STEP1_CACHE_ENTRIES = 16

/** How many stored updates trigger a background compaction into one snapshot. */
const COMPACT_AFTER_UPDATES = 500

/**
 * One Yjs document and the peers connected to it.
 *
 * Invariants:
 * - the room answers no sync message before `load()` has replayed the store
 *   (the reference server's race, y-websocket #81: answering early sends an
 *   empty document that the client then "merges", losing nothing but showing
 *   a blank board and re-sending everything);
 * - every change to the document, whoever made it, is appended to the store
 *   before any peer is sent it;
 * - an update from a peer that may not write is dropped before it touches the
 *   document, and the peer is told why.
 */
export class Room {
  readonly doc = new Y.Doc()
  readonly awareness = new Awareness(this.doc)
  readonly peers = new Set<Peer>()
  /** Step-2 frame for a peer that has nothing yet: encoded once per document version, not per joiner. */
  private fullStateFrame: Uint8Array | null = null
  /** Step-2 answers to other state vectors, for the current document version only. */
  private readonly step1Answers = new Map<string, Uint8Array>()
  /** How many times this room encoded its document for a step-1 answer (a metric and a test spy). */
  stateEncodes = 0
  private readonly budgets = new Map<Peer, Budget>()
  /** Which peer announced each awareness client id; only it may renew or remove it. */
  private readonly awarenessOwners = new Map<number, Peer>()
  private pendingSinceSnapshot = 0
  private lastSeq = 0
  private compactionTimer: NodeJS.Timeout | null = null
  /** The raw bytes of the peer update being applied, reused as is when Yjs integrated all of it. */
  private applying: { peer: Peer; update: Uint8Array; hadPending: boolean } | null = null
  private loaded = false
  /** Bytes stored for this room since its last snapshot, snapshot included. */
  private storedBytes = 0
  /**
   * Once this room has stored this many bytes, writes are refused (undefined:
   * no limit). A participant's own document holds a few hundred short notes;
   * a client writing megabytes into it is refused rather than filling the disk.
   */
  byteBudget: number | undefined

  constructor(
    readonly name: string,
    private readonly store: RoomStore,
    private readonly onStoreError: (room: Room, error: unknown) => void = () => {},
    readonly limits: SyncLimits = DEFAULT_SYNC_LIMITS,
  ) {
    // The server has no presence of its own.
    this.awareness.setLocalState(null)
    this.doc.on('afterTransactionCleanup', (transaction) => this.persistAndRelay(transaction))
    this.awareness.on('update', this.relayAwareness)
  }

  /** Replays the stored updates into the document. Call once, before any peer message. */
  async load(): Promise<void> {
    const stored = await this.store.load(this.name)
    if (stored.updates.length > 0) {
      Y.applyUpdate(this.doc, Y.mergeUpdates(stored.updates), LOADING)
    }
    this.lastSeq = stored.lastSeq
    this.storedBytes = stored.updates.reduce((sum, update) => sum + update.length, 0)
    this.pendingSinceSnapshot = stored.pendingCount
    this.loaded = true
    if (this.pendingSinceSnapshot >= COMPACT_AFTER_UPDATES) this.scheduleCompaction()
  }

  get isLoaded(): boolean {
    return this.loaded
  }

  /** A peer joins: writers get our state vector so they send what we miss; everyone gets presence. */
  join(peer: Peer): void {
    this.peers.add(peer)
    const limits = this.limits
    this.budgets.set(peer, {
      step1: new RateLimit(limits.step1Burst, limits.step1RefillMs),
      awareness: new RateLimit(limits.awarenessBurst, limits.awarenessRefillMs),
      queryAwareness: new RateLimit(limits.queryAwarenessBurst, limits.queryAwarenessRefillMs),
    })
    if (peer.canWrite) peer.send(encodeSyncStep1(Y.encodeStateVector(this.doc)))
    const states = this.awareness.getStates()
    if (states.size > 0) {
      peer.send(encodeAwareness(encodeAwarenessUpdate(this.awareness, [...states.keys()])))
    }
  }

  /** A peer leaves: its presence is removed and everyone else is told. */
  leave(peer: Peer): void {
    this.peers.delete(peer)
    this.budgets.delete(peer)
    if (peer.awarenessIds.size > 0) {
      removeAwarenessStates(this.awareness, [...peer.awarenessIds], null)
      peer.awarenessIds.clear()
    }
  }

  /** Handles one decoded message of a peer. Throws only on malformed Yjs content. */
  receive(peer: Peer, message: IncomingMessage): void {
    switch (message.type) {
      case 'sync-step1':
        this.receiveStep1(peer, message.stateVector)
        return
      case 'sync-step2':
      case 'sync-update':
        this.receiveUpdate(peer, message.update)
        return
      case 'awareness':
        this.receiveAwareness(peer, message.update)
        return
      case 'query-awareness':
        // Each answer holds every presence of the room: a one-byte ask, a large reply.
        if (!this.budgets.get(peer)?.queryAwareness.take()) {
          peer.send(encodePermissionDenied('rate-limited: query-awareness'))
          return
        }
        peer.send(
          encodeAwareness(
            encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()]),
          ),
        )
        return
      case 'auth':
        return
    }
  }

  /** Sends a frame to every peer but `except`. */
  broadcast(frame: Uint8Array, except?: Peer): void {
    for (const peer of this.peers) if (peer !== except) peer.send(frame)
  }

  /** Writes any updates since the last snapshot into a new snapshot. */
  compact(): void {
    if (this.compactionTimer) clearTimeout(this.compactionTimer)
    this.compactionTimer = null
    if (this.pendingSinceSnapshot === 0 || this.lastSeq === 0) return
    const snapshot = Y.encodeStateAsUpdate(this.doc)
    const result = this.store.compact(this.name, snapshot, this.lastSeq)
    this.pendingSinceSnapshot = 0
    this.storedBytes = snapshot.length
    if (result instanceof Promise) result.catch((error) => this.onStoreError(this, error))
  }

  destroy(): void {
    if (this.compactionTimer) clearTimeout(this.compactionTimer)
    this.awareness.destroy()
    this.doc.destroy()
  }

  private receiveStep1(peer: Peer, stateVector: Uint8Array): void {
    if (stateVector.length > this.limits.maxStateVectorBytes) {
      peer.send(
        encodePermissionDenied(
          `state-vector-too-large: at most ${this.limits.maxStateVectorBytes} bytes`,
        ),
      )
      return
    }
    // A stock provider asks once per connection (twice with a resync timer):
    // more is a client making the server re-encode the board for nothing.
    if (!this.budgets.get(peer)?.step1.take()) {
      peer.send(encodePermissionDenied('rate-limited: sync step 1'))
      return
    }
    peer.send(this.answerStep1(stateVector))
  }

  private answerStep1(stateVector: Uint8Array): Uint8Array {
    // The answer comes from memory: what it holds must be stored first.
    this.store.flush?.()
    // A state vector of one zero byte means "I have nothing": the join storm case.
    if (stateVector.length === 1 && stateVector[0] === 0) {
      if (!this.fullStateFrame) {
        this.stateEncodes++
        this.fullStateFrame = encodeSyncStep2(Y.encodeStateAsUpdate(this.doc))
      }
      return this.fullStateFrame
    }
    const key = Buffer.from(
      stateVector.buffer,
      stateVector.byteOffset,
      stateVector.length,
    ).toString('latin1')
    const cached = this.step1Answers.get(key)
    if (cached) return cached
    this.stateEncodes++
    const answer = encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, stateVector))
    if (this.step1Answers.size >= STEP1_CACHE_ENTRIES) this.step1Answers.clear()
    this.step1Answers.set(key, answer)
    return answer
  }

  private receiveAwareness(peer: Peer, update: Uint8Array): void {
    // Presence is relayed to every peer: a huge state would be amplified a thousandfold.
    if (update.length > this.limits.maxAwarenessBytes) {
      peer.send(
        encodePermissionDenied(
          `awareness-too-large: at most ${this.limits.maxAwarenessBytes} bytes`,
        ),
      )
      return
    }
    const states = this.awareness.getStates()
    const { allowed, refusal } = filterAwareness(
      peer,
      readAwarenessEntries(update),
      {
        ownerOf: (id) => this.awarenessOwners.get(id),
        countOf: (p) => p.awarenessIds.size,
        total: states.size,
        sameHolder: (p, owner) => p.label === owner.label,
        participantOf: (p) => p.participantId,
        changes: (entry) => {
          const clock = this.awareness.meta.get(entry.clientId)?.clock
          // Removing an id never seen changes nothing (and would grow the meta map).
          if (clock === undefined) return entry.json !== 'null'
          if (clock < entry.clock) return true
          return clock === entry.clock && entry.json === 'null' && states.has(entry.clientId)
        },
      },
      this.limits,
    )
    if (refusal) peer.send(encodePermissionDenied(refusal))
    if (allowed.length === 0) return
    // Counted only when something changes: echoes of others' presence are free.
    if (!this.budgets.get(peer)?.awareness.take()) {
      peer.send(encodePermissionDenied('rate-limited: awareness'))
      return
    }
    applyAwarenessUpdate(this.awareness, writeAwarenessEntries(allowed), peer)
  }

  private receiveUpdate(peer: Peer, update: Uint8Array): void {
    if (!peer.canWrite) {
      // Step 2 of a reader with nothing of its own is the normal handshake: stay quiet.
      if (!isEmptyUpdate(update))
        peer.send(encodePermissionDenied('read-only: this connection may not write this room'))
      return
    }
    // Judged on what is stored, not on the frame: a phone re-sending what the
    // server already has stores nothing and must not be refused for it.
    if (this.byteBudget !== undefined && this.storedBytes >= this.byteBudget) {
      peer.send(
        encodePermissionDenied(`quota-exceeded: this document may hold ${this.byteBudget} bytes`),
      )
      return
    }
    const store = this.doc.store
    this.applying = {
      peer,
      update,
      hadPending: store.pendingStructs !== null || store.pendingDs !== null,
    }
    try {
      Y.applyUpdate(this.doc, update, peer)
    } finally {
      this.applying = null
    }
  }

  private persistAndRelay(transaction: Y.Transaction): void {
    if (transaction.origin === LOADING) return
    if (!hasChanges(transaction)) return
    this.fullStateFrame = null
    this.step1Answers.clear()
    const update = this.updateOf(transaction)
    let seq: number | Promise<number>
    try {
      seq = this.store.append(this.name, update)
    } catch (error) {
      this.onStoreError(this, error)
      return
    }
    this.storedBytes += update.length
    const frame = encodeUpdate(update)
    const sender = this.applying?.peer
    if (typeof seq === 'number') {
      this.afterAppend(seq)
      this.broadcast(frame, sender)
    } else {
      seq.then(
        (s) => {
          this.afterAppend(s)
          this.broadcast(frame, sender)
        },
        (error) => this.onStoreError(this, error),
      )
    }
  }

  /**
   * The bytes a peer sent, when Yjs integrated exactly them (no pending
   * structs before or after); otherwise the diff since the transaction began.
   */
  private updateOf(transaction: Y.Transaction): Uint8Array {
    const applying = this.applying
    const store = this.doc.store
    if (
      applying &&
      transaction.origin === applying.peer &&
      !applying.hadPending &&
      store.pendingStructs === null &&
      store.pendingDs === null
    ) {
      return applying.update
    }
    return Y.encodeStateAsUpdate(this.doc, Y.encodeStateVector(transaction.beforeState))
  }

  private afterAppend(seq: number): void {
    this.lastSeq = Math.max(this.lastSeq, seq)
    this.pendingSinceSnapshot++
    if (this.pendingSinceSnapshot >= COMPACT_AFTER_UPDATES) this.scheduleCompaction()
  }

  private scheduleCompaction(): void {
    if (this.compactionTimer) return
    this.compactionTimer = setTimeout(() => this.compact(), 200)
    this.compactionTimer.unref()
  }

  private readonly relayAwareness = (
    changes: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...changes.added, ...changes.updated, ...changes.removed]
    if (origin && this.peers.has(origin as Peer)) {
      const peer = origin as Peer
      // A set or a renewal by the same person's new connection moves the id to it.
      for (const id of [...changes.added, ...changes.updated]) {
        const previous = this.awarenessOwners.get(id)
        if (previous === peer) continue
        previous?.awarenessIds.delete(id)
        this.awarenessOwners.set(id, peer)
        peer.awarenessIds.add(id)
      }
    }
    // Removed by its owner, by its owner leaving, or timed out.
    for (const id of changes.removed) {
      this.awarenessOwners.get(id)?.awarenessIds.delete(id)
      this.awarenessOwners.delete(id)
    }
    this.broadcast(encodeAwareness(encodeAwarenessUpdate(this.awareness, changed)))
  }
}

function hasChanges(transaction: Y.Transaction): boolean {
  if (transaction.deleteSet.clients.size > 0) return true
  for (const [client, clock] of transaction.afterState) {
    if (transaction.beforeState.get(client) !== clock) return true
  }
  return false
}
