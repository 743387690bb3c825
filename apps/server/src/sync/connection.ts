import { randomBytes } from 'node:crypto'
import type { WebSocket } from 'ws'
import type { LevelLogger } from '../logging/lazy-child.js'
import { FrameInbox } from './frame-inbox.js'
import { takeHeartbeatSlot } from './heartbeat-sweep.js'
import { DEFAULT_SYNC_LIMITS, type SyncLimits } from './limits.js'
import { type PreparedFrame, writePrepared } from './prepared-frame.js'
import {
  decodeMessage,
  EMPTY_AWARENESS,
  encodePermissionDenied,
  type IncomingMessage,
  ProtocolError,
} from './protocol.js'
import type { Peer, Room } from './room.js'
import {
  type DropReason,
  NO_SYNC_METRICS,
  type RefusalReason,
  refusalReason,
  type SyncMetrics,
} from './sync-metrics.js'
import { MalformedUpdate } from './update-admission.js'

/** After this many malformed frames in a row a connection is closed: it is not a Yjs client. */
const MAX_MALFORMED = 20
/** Frames still waiting their turn when the socket closes that are handled anyway. */
const LAST_FRAMES_AFTER_CLOSE = 64

/**
 * One websocket bound to one room. Frames that arrive while the room is still
 * loading are queued, so the room never answers before it has the stored
 * state. Malformed frames are refused with a reason and never reach the room.
 */
export class Connection implements Peer {
  readonly awarenessIds = new Set<number>()
  alive = true
  /** When the heartbeat sweep pings this connection (see heartbeat-sweep.ts). */
  readonly heartbeatSlot = takeHeartbeatSlot()
  readonly participantId: string | undefined
  private room: Room | null = null
  private queue: Uint8Array[] = []
  private malformed = 0
  /** Malformed updates not logged: one log line per connection, not one per hostile frame. */
  private unlogged = 0
  private loggedMalformed = false
  private closed = false
  /** `close()` was called; the socket's close event (then `detach`) has not come yet. */
  private closing = false
  private readonly inbox: FrameInbox
  /** Payload of the last ping: only a pong that echoes it proves the peer reads. */
  private pingNonce: Buffer | null = null
  /** Something was written to the socket since the sweep's last visit (the handshake, at first). */
  private sentSinceBeat = true

  constructor(
    private readonly socket: WebSocket,
    readonly canWrite: boolean,
    /** The token may write the room (even if archived), or is a facilitator's: it sees every presence. */
    readonly seesPresence: boolean,
    readonly label: string,
    /**
     * Who is connected: the workshop, the participant for phones, the
     * facilitator generation for facilitators (so a key rotation closes them).
     */
    readonly identity: {
      workshopId: string
      /** The token's role (participant, facilitator, screen, results): a metric label. */
      role: string
      participantId?: string | undefined
      generation?: number | undefined
    },
    /** Bound to the room, the role and this connection's id; never to the token. */
    readonly logger: LevelLogger,
    private readonly limits: SyncLimits = DEFAULT_SYNC_LIMITS,
    private readonly metrics: SyncMetrics = NO_SYNC_METRICS,
  ) {
    this.participantId = identity.participantId
    this.inbox = new FrameInbox((frame) => this.handle(frame), socket)
    // Unsolicited pongs are allowed by RFC 6455 but prove nothing: a pong
    // counts only when it answers our last ping.
    socket.on('pong', (data: Buffer) => {
      if (this.pingNonce && data.equals(this.pingNonce)) this.alive = true
    })
  }

  /** The room is loaded: join it and replay what arrived meanwhile. */
  attach(room: Room): void {
    if (this.closed) return
    this.room = room
    room.join(this)
    const queued = this.queue
    this.queue = []
    for (const frame of queued) this.handle(frame)
  }

  /** A frame from the socket: handled now, or after the ones still waiting (see FrameInbox). */
  receive(frame: Uint8Array): void {
    if (this.closed) return
    this.inbox.push(frame)
  }

  private handle(frame: Uint8Array): void {
    if (this.closed) return
    if (!this.room) {
      if (this.queue.length >= this.limits.maxQueuedFrames) {
        this.drop('queue-full', 1008, 'too many frames before the room loaded')
        return
      }
      this.queue.push(frame)
      return
    }
    let message: IncomingMessage
    try {
      message = decodeMessage(frame)
    } catch (error) {
      // A frame that does not decode is malformed, whatever the decoder's words.
      this.refuse(error instanceof ProtocolError ? error.message : 'malformed frame', 'malformed')
      return
    }
    try {
      this.room.receive(this, message)
      this.malformed = 0
    } catch (error) {
      // Not a canonical Yjs update: nothing of it was stored or relayed.
      // Logged once per connection: a log line with a stack per 40-byte frame
      // cost the server more than the frame itself (synchronous stderr).
      if (this.malformedLogged()) {
        this.logger.warn({ err: error, type: message.type }, 'malformed update refused')
      }
      const detail = error instanceof MalformedUpdate ? error.message : 'not a Yjs V1 update'
      this.refuse(`malformed ${message.type}: ${detail}`)
    }
  }

  send(frame: Uint8Array): void {
    if (!this.writable()) return
    // No per-send callback: a failed send surfaces as the socket's 'error' and 'close'.
    this.socket.send(frame)
    this.sentSinceBeat = true
    this.metrics.bytesSent(frame.length)
  }

  /** A frame the room framed once for all its sockets: written as is, or sent by `ws` when it cannot be. */
  sendPrepared(frame: PreparedFrame): void {
    if (!this.writable()) return
    if (!writePrepared(this.socket, frame)) this.socket.send(frame.payload)
    this.sentSinceBeat = true
    this.metrics.bytesSent(frame.payload.length)
  }

  /** Whether a frame may be written now; a reader too far behind is dropped instead. */
  private writable(): boolean {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return false
    // A reader that does not read (paused, too slow) would hold every frame
    // of the room in our memory: past the bound it is dropped, it can reconnect.
    // Judged on what is already waiting, so one frame larger than the bound
    // (the full state of a big board) still reaches a reader that keeps up.
    if (this.socket.bufferedAmount > this.limits.maxBufferedBytes) {
      this.closed = true
      this.metrics.connectionDropped('slow-reader')
      this.logger.info({ buffered: this.socket.bufferedAmount }, 'slow reader dropped')
      this.socket.terminate()
      return false
    }
    return true
  }

  close(code: number, reason: string): void {
    if (this.closed || this.closing) return
    this.closing = true
    this.socket.close(code, reason)
  }

  /** Closes the connection because it passed a limit (counted once, by reason). */
  drop(why: DropReason, code: number, reason: string): void {
    // Frames keep arriving during the closing handshake: only the first drop counts.
    if (this.closed || this.closing) return
    this.metrics.connectionDropped(why)
    this.logger.info({ why }, 'connection dropped')
    this.close(code, reason)
  }

  /** Leaves the room; the caller releases the room from the registry. */
  detach(): Room | null {
    this.inbox.stop(LAST_FRAMES_AFTER_CLOSE)
    this.closed = true
    if (this.unlogged > 0)
      this.logger.warn({ unlogged: this.unlogged }, 'more malformed updates were not logged')
    const room = this.room
    this.room = null
    this.queue = []
    room?.leave(this)
    return room
  }

  /**
   * Liveness, three times a ping interval (on its slot). On `ping`, a
   * connection that missed the last pong is dropped, the others pinged.
   * A socket sent nothing for a whole beat is sent an empty awareness
   * frame, so no socket waits more than two beats (20 s) for a message: the
   * stock provider closes and reopens a socket that received none for 30 s
   * (y-websocket's `messageReconnectTimeout`; it cannot see pings), and a
   * quiet room, a phone's own or the layout, has nothing else to say.
   */
  heartbeat(ping: boolean): void {
    if (ping) {
      if (!this.alive) {
        if (!this.closed) this.metrics.connectionDropped('missed-pong')
        this.socket.terminate()
        return
      }
      this.alive = false
      this.pingNonce = randomBytes(8)
      this.socket.ping(this.pingNonce)
    }
    if (this.sentSinceBeat) this.sentSinceBeat = false
    else if (this.room) this.send(EMPTY_AWARENESS)
  }

  /** True for the first malformed update of this connection; the others are counted. */
  private malformedLogged(): boolean {
    if (this.loggedMalformed) {
      this.unlogged++
      return false
    }
    this.loggedMalformed = true
    return true
  }

  private refuse(reason: string, label: RefusalReason = refusalReason(reason)): void {
    this.metrics.frameRefused(label)
    this.send(encodePermissionDenied(reason))
    if (++this.malformed >= MAX_MALFORMED)
      this.drop('too-many-malformed', 1008, 'too many malformed messages')
  }
}
