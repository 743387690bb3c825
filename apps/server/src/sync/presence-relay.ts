import { type Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness'
import { encodeAwareness } from './protocol.js'
import type { Peer } from './room.js'

/**
 * Tells the other processes holding the room what this process's peers
 * changed: their states (`awareness`) or the server's public ones.
 */
export type PresencePublish = (kind: 'awareness' | 'public-awareness', update: Uint8Array) => void

/**
 * Who is sent which presence, and when.
 *
 * Audience: a peer that `seesPresence` (one that may write the room, the
 * facilitators on the board, a participant on its own room, the organisers
 * of a campaign, or a facilitator on any room of its workshop) gets every
 * state; any other peer (phones and the projector on the board, the
 * projector on the layout, a results link) gets only the public states (the
 * people count the server publishes), which is all the room may see of
 * presence. A phone is not sent another phone's or a facilitator's cursor,
 * and the stock provider's echo of them never comes back.
 *
 * Cost: changes are merged per event-loop turn (one frame per audience per
 * turn, however many peers announced something in it), each frame is
 * encoded once and the same bytes are written to every peer of its
 * audience; the room's presence as a joiner receives it is encoded once per
 * change, not once per joiner.
 */
export class PresenceRelay {
  /** Changed ids of this turn, by whether they are published to the other processes. */
  private readonly changed = new Set<number>()
  private readonly changedPublic = new Set<number>()
  private readonly toPublish = new Set<number>()
  private readonly toPublishPublic = new Set<number>()
  private pending: NodeJS.Immediate | null = null
  /** The whole presence as one frame, and its public part: until the next change. */
  private everyone: Uint8Array | null | undefined
  private everyonePublic: Uint8Array | null | undefined

  constructor(
    private readonly awareness: Awareness,
    private readonly peers: Set<Peer>,
    /** Ids any peer may be sent (the server's own states). */
    private readonly publicIds: Set<number>,
    private readonly publish: PresencePublish,
  ) {}

  /** Ids changed in this turn; `publish`: by a peer of this process (not another process, not a timeout). */
  changes(ids: readonly number[], publish: boolean): void {
    this.everyone = undefined
    this.everyonePublic = undefined
    for (const id of ids) {
      const isPublic = this.publicIds.has(id)
      this.changed.add(id)
      if (isPublic) this.changedPublic.add(id)
      if (publish) (isPublic ? this.toPublishPublic : this.toPublish).add(id)
      else {
        this.toPublish.delete(id)
        this.toPublishPublic.delete(id)
      }
    }
    this.pending ??= setImmediate(this.flush)
  }

  /** What a joiner (or a query) is sent: every state it may see, as one frame, or null. */
  snapshotFor(peer: Peer): Uint8Array | null {
    if (peer.seesPresence) {
      if (this.everyone === undefined)
        this.everyone = this.frameOf(this.awareness.getStates().keys())
      return this.everyone
    }
    if (this.everyonePublic === undefined) {
      const states = this.awareness.getStates()
      this.everyonePublic = this.frameOf([...this.publicIds].filter((id) => states.has(id)))
    }
    return this.everyonePublic
  }

  /** Sends this turn's changes now (also called by the pending immediate). */
  readonly flush = (): void => {
    this.pending = null
    if (this.changed.size === 0) return
    const all = this.frameOf(this.changed)
    const onlyPublic = this.changedPublic.size > 0 ? this.frameOf(this.changedPublic) : null
    if (this.toPublish.size > 0)
      this.publish('awareness', encodeAwarenessUpdate(this.awareness, [...this.toPublish]))
    if (this.toPublishPublic.size > 0)
      this.publish(
        'public-awareness',
        encodeAwarenessUpdate(this.awareness, [...this.toPublishPublic]),
      )
    this.changed.clear()
    this.changedPublic.clear()
    this.toPublish.clear()
    this.toPublishPublic.clear()
    for (const peer of this.peers) {
      const frame = peer.seesPresence ? all : onlyPublic
      if (frame) peer.send(frame)
    }
  }

  destroy(): void {
    if (this.pending) clearImmediate(this.pending)
    this.pending = null
  }

  private frameOf(ids: Iterable<number>): Uint8Array | null {
    const list = [...ids]
    return list.length > 0 ? encodeAwareness(encodeAwarenessUpdate(this.awareness, list)) : null
  }
}
