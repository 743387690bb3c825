/**
 * What one connection may cost the server. Every frame from a phone is
 * hostile: each limit below bounds the work or the bytes a small frame can
 * trigger. Defaults leave room for a stock y-websocket provider (one step 1
 * per connection, one awareness client id, an update per cursor move).
 */
export interface SyncLimits {
  /** Largest state vector accepted in a sync step 1, in bytes (a 2 MB one costs 160 ms to read). */
  maxStateVectorBytes: number
  /** Step-1 answers a connection gets at once: the first one, a resync, a spare. */
  step1Burst: number
  /** Then one more step-1 answer per this many milliseconds. */
  step1RefillMs: number
  /** Largest awareness frame accepted, in bytes. */
  maxAwarenessBytes: number
  /** Largest presence state of one client id, as JSON, in bytes. */
  maxAwarenessStateBytes: number
  /** Awareness client ids one connection may announce (a stock provider announces one). */
  maxAwarenessStatesPerConnection: number
  /** Awareness client ids one room holds. */
  maxAwarenessStatesPerRoom: number
  /** Highest awareness clock accepted (2^53 would pin a presence forever). */
  maxAwarenessClock: number
  /** Awareness updates a connection may send at once... */
  awarenessBurst: number
  /** ...then one more per this many milliseconds. */
  awarenessRefillMs: number
  /** Query-awareness answers a connection gets at once... */
  queryAwarenessBurst: number
  /** ...then one more per this many milliseconds. */
  queryAwarenessRefillMs: number
  /** Frames queued while the room loads; past this the connection is closed. */
  maxQueuedFrames: number
  /** A connection whose unsent bytes pass this is closed (a paused or too slow reader). */
  maxBufferedBytes: number
  /** Sockets one participant token may hold open at once (phone, tabs, reconnect overlap); the next is closed with 4429. */
  maxConnectionsPerParticipant: number
  /** Bytes the server stores for a participant's own document (its receipts included), and the largest update it takes. */
  participantDocumentBytes: number
  /** Entries (notes + votes, deleted keys included) a participant document may hold before ingest stops reading it. */
  maxParticipantEntries: number
  /** New notes one participant may land on the board at once... */
  notesBurst: number
  /** ...then one more per this many milliseconds (3,000: 20 a minute after the burst, about 30 in the first minute). */
  notesRefillMs: number
  /** Participant rooms re-ingested per event-loop turn after a gating change (phase, lock). */
  reingestPerTurn: number
  /** The people count a board publishes changes at most once per this many milliseconds. */
  presenceIntervalMs: number
  /**
   * Client ids one update may name that its document does not hold yet, in
   * any room (a stock provider's update adds one; 400,000 in 3 MB cost 257 MB
   * and seconds at every load).
   */
  maxClientsPerUpdate: number
  /** Client ids a participant's own document may hold (a new one per page load of the phone). */
  maxClientsPerParticipantDocument: number
  /** A room with at least this many peers merges the updates it relays within `coalesceWindowMs`. */
  coalesceMinPeers: number
  /** The longest a stored update of such a room waits to be relayed with the ones after it. */
  coalesceWindowMs: number
  /** Room requests (websocket upgrades, copies of a room) that start their checks in one turn of the event loop; the rest wait for the next. */
  admitPerTurn: number
}

export const DEFAULT_SYNC_LIMITS: Readonly<SyncLimits> = Object.freeze({
  maxStateVectorBytes: 64 * 1024,
  step1Burst: 3,
  step1RefillMs: 10_000,
  maxAwarenessBytes: 16 * 1024,
  maxAwarenessStateBytes: 2 * 1024,
  maxAwarenessStatesPerConnection: 4,
  maxAwarenessStatesPerRoom: 5000,
  maxAwarenessClock: 2 ** 31,
  awarenessBurst: 60,
  awarenessRefillMs: 50,
  queryAwarenessBurst: 2,
  queryAwarenessRefillMs: 10_000,
  maxQueuedFrames: 256,
  maxBufferedBytes: 8 * 1024 * 1024,
  maxConnectionsPerParticipant: 8,
  participantDocumentBytes: 1024 * 1024,
  maxParticipantEntries: 1000,
  notesBurst: 10,
  notesRefillMs: 3000,
  reingestPerTurn: 20,
  presenceIntervalMs: 1000,
  maxClientsPerUpdate: 1000,
  maxClientsPerParticipantDocument: 500,
  coalesceMinPeers: 64,
  // At most 25 relays a second in a busy room. Notes written 20 ms apart
  // (a thousand-phone room at 50 notes/s) are then relayed two at a time:
  // half the socket writes, the cost that dominates fan-out (pnpm bench
  // fan-out: 0.50x the stock server's CPU per delivered note against 0.97x
  // with 16 ms). 40 ms more at worst stays far below the ~100 ms at which a
  // room notices a delay.
  coalesceWindowMs: 40,
  // A storm of 300 phones (600 requests) held the loop 130 – 320 ms in one
  // turn; 16 requests are a few milliseconds of work (sync/turn-gate.ts).
  admitPerTurn: 16,
})

/** The defaults with `overrides` applied. */
export function syncLimits(overrides: Partial<SyncLimits> = {}): SyncLimits {
  return { ...DEFAULT_SYNC_LIMITS, ...overrides }
}

/**
 * A token bucket: `burst` actions at once, then one per `refillMs`.
 * Invariant: `tokens` never exceeds `burst`.
 */
export class RateLimit {
  private tokens: number
  private last = Date.now()

  constructor(
    private readonly burst: number,
    private readonly refillMs: number,
  ) {
    this.tokens = burst
  }

  /** Takes one token if there is one. */
  take(now = Date.now()): boolean {
    if (this.refillMs > 0) {
      this.tokens = Math.min(this.burst, this.tokens + (now - this.last) / this.refillMs)
    }
    this.last = now
    if (this.tokens < 1) return false
    this.tokens--
    return true
  }
}
