import { Awareness, applyAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness'
import type * as Y from 'yjs'
import { filterAwareness, readAwarenessEntries, writeAwarenessEntries } from './awareness-guard.js'
import type { SyncLimits } from './limits.js'
import { type PresencePublish, PresenceRelay } from './presence-relay.js'
import type { Peer } from './room.js'

/**
 * The owner of client ids announced on another process: no peer here is the
 * same holder, so none may renew or remove them (their own process does).
 */
const ANOTHER_PROCESS: Peer = {
  canWrite: false,
  seesPresence: false,
  label: '(another process)',
  send() {},
  awarenessIds: new Set(),
}

/**
 * The awareness (presence) of one room: who announced which client id;
 * what is relayed to whom is `PresenceRelay`'s.
 *
 * Invariants: a client id is set, renewed or removed only by the peer that
 * announced it (or the same person's next connection, which takes it over);
 * a peer's ids are removed when it leaves; an id is public (sent to every
 * peer) only if a peer that `announcesPublic` (the server's own) or another
 * process's server announced it.
 */
export class RoomPresence {
  readonly awareness: Awareness
  /** Which peer announced each awareness client id; only it may renew or remove it. */
  private readonly owners = new Map<number, Peer>()
  /** Ids of the server's own states (the people count): every peer is sent them. */
  private readonly publicIds = new Set<number>()
  private readonly relayed: PresenceRelay
  /** Set while a public change of another process is applied. */
  private remoteIsPublic = false

  constructor(
    doc: Y.Doc,
    private readonly peers: Set<Peer>,
    /** Tells the other processes what this process's peers changed. */
    publish: PresencePublish,
    private readonly limits: SyncLimits,
    /** Tells a peer why its frame was refused (and counts it). */
    private readonly refuse: (peer: Peer, reason: string) => void,
    /** The origin of changes published by another process (they have no owner here). */
    private readonly remote: unknown = undefined,
  ) {
    this.awareness = new Awareness(doc)
    // The server has no presence of its own.
    this.awareness.setLocalState(null)
    this.relayed = new PresenceRelay(this.awareness, peers, this.publicIds, publish)
    this.awareness.on('update', this.relay)
  }

  /** Every presence `peer` may see, as one frame (for a joiner, or a query), or null. */
  snapshotFor(peer: Peer): Uint8Array | null {
    return this.relayed.snapshotFor(peer)
  }

  /** Applies what `peer` may change of an awareness update; `take` spends its rate budget. */
  receive(peer: Peer, update: Uint8Array, take: () => boolean): void {
    // Presence is relayed to every facilitator (the server's to every peer): a huge state would be amplified.
    if (update.length > this.limits.maxAwarenessBytes) {
      this.refuse(peer, `awareness-too-large: at most ${this.limits.maxAwarenessBytes} bytes`)
      return
    }
    const awareness = this.awareness
    const states = awareness.getStates()
    const { allowed, refusal } = filterAwareness(
      peer,
      readAwarenessEntries(update),
      {
        ownerOf: (id) => this.owners.get(id),
        countOf: (p) => p.awarenessIds.size,
        total: states.size,
        sameHolder: (p, owner) => p.label === owner.label,
        participantOf: (p) => p.participantId,
        changes: (entry) => {
          const clock = awareness.meta.get(entry.clientId)?.clock
          // Removing an id never seen changes nothing (and would grow the meta map).
          if (clock === undefined) return entry.json !== 'null'
          if (clock < entry.clock) return true
          return clock === entry.clock && entry.json === 'null' && states.has(entry.clientId)
        },
      },
      this.limits,
    )
    if (refusal) this.refuse(peer, refusal)
    if (allowed.length === 0) return
    // Counted only when something changes: echoes of others' presence are free.
    if (!take()) {
      this.refuse(peer, 'rate-limited: awareness')
      return
    }
    applyAwarenessUpdate(awareness, writeAwarenessEntries(allowed), peer)
  }

  /**
   * A presence change another process accepted from its own peers. Its ids
   * belong to that process: a peer of this one announcing them is refused
   * (`awareness-not-yours`).
   */
  receiveRemote(update: Uint8Array, isPublic = false): void {
    this.remoteIsPublic = isPublic
    try {
      applyAwarenessUpdate(this.awareness, update, this.remote)
    } finally {
      this.remoteIsPublic = false
    }
  }

  /**
   * The room's document was reloaded: presence carries over as it is (it
   * never depended on the content). Awareness reads only the document's
   * client id, which the server never uses for a state of its own.
   */
  rebind(doc: Y.Doc): void {
    this.awareness.doc = doc
  }

  /** A peer left: its presence is removed and everyone else is told. */
  leave(peer: Peer): void {
    if (peer.awarenessIds.size === 0) return
    removeAwarenessStates(this.awareness, [...peer.awarenessIds], null)
    peer.awarenessIds.clear()
  }

  destroy(): void {
    this.relayed.destroy()
    this.awareness.destroy()
  }

  private readonly relay = (
    changes: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...changes.added, ...changes.updated, ...changes.removed]
    const fromRemote = origin === this.remote && origin !== undefined
    if (fromRemote) {
      for (const id of [...changes.added, ...changes.updated]) {
        this.owners.set(id, ANOTHER_PROCESS)
        if (this.remoteIsPublic) this.publicIds.add(id)
      }
    } else if (origin && this.peers.has(origin as Peer)) {
      const peer = origin as Peer
      // A set or a renewal by the same person's new connection moves the id to it.
      for (const id of [...changes.added, ...changes.updated]) {
        if (peer.announcesPublic) this.publicIds.add(id)
        const previous = this.owners.get(id)
        if (previous === peer) continue
        previous?.awarenessIds.delete(id)
        this.owners.set(id, peer)
        peer.awarenessIds.add(id)
      }
    }
    // Each process times out presence by itself (y-protocols' 'timeout'):
    // telling the others could remove a state its owner just renewed.
    this.relayed.changes(changed, !fromRemote && origin !== 'timeout')
    // Removed by its owner, by its owner leaving, or timed out.
    for (const id of changes.removed) {
      this.owners.get(id)?.awarenessIds.delete(id)
      this.owners.delete(id)
      this.publicIds.delete(id)
    }
  }
}
