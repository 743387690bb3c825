/**
 * What the relay tells the operator's metrics, at the place each event
 * happens. An interface, so that sync/ knows nothing of Prometheus
 * (`metrics/server-metrics.ts` implements it) and a bare `Room` in a unit
 * test counts into `NO_SYNC_METRICS`.
 */
export interface SyncMetrics {
  /** A writer's update passed every check and was applied to a room. */
  updateReceived(): void
  /** One update frame was sent to `peers` peers after it was stored. */
  updateRelayed(peers: number): void
  /** A websocket frame of `bytes` bytes was handed to a socket. */
  bytesSent(bytes: number): void
  /** A frame was refused with `permission-denied`, for a reason of the fixed set. */
  frameRefused(reason: RefusalReason): void
  /** The server closed a connection because it passed a limit. */
  connectionDropped(reason: DropReason): void
  /** An update is durable, `seconds` after the room handed it to the store. */
  updateStored(seconds: number): void
  /** A room encoded its document to answer a sync step 1 (cached answers are not counted). */
  stateEncoded(): void
  /** A stored row that did not apply was set aside while its room loaded. */
  rowSetAside(): void
  /** `GET /sync/:room/state` answered, how (a fixed set), with `bytes` of body. */
  stateCopy(answer: CopyAnswer, bytes: number): void
}

/** How `GET /sync/:room/state` answered a request its token may make (a fixed set of labels). */
export const COPY_ANSWERS = [
  /** 200: the gzip'd copy. */
  'copy',
  /** 304: the client holds this copy already. */
  'unchanged',
  /** 204: the room is not open here, or the client takes no gzip. */
  'none',
  /** 429: past the per-token rate. */
  'rate-limited',
] as const

export type CopyAnswer = (typeof COPY_ANSWERS)[number]

/**
 * Every reason a frame is refused, as a metric label: the prefix of the
 * `permission-denied` reason the peer is told (`sync/room.ts`,
 * `room-presence.ts`, `awareness-guard.ts`, `update-admission.ts`,
 * `update-policy.ts`, `connection.ts`). A fixed set, so a client can never
 * choose a label value; anything else is `other`.
 */
export const REFUSAL_REASONS = [
  'malformed',
  'read-only',
  'out-of-order',
  'too-many-clients',
  'quota-exceeded',
  'rate-limited',
  'state-vector-too-large',
  'awareness-clock',
  'awareness-too-large',
  'awareness-not-you',
  'awareness-not-yours',
  'awareness-too-many',
  'awareness-room-full',
  'other',
] as const

export type RefusalReason = (typeof REFUSAL_REASONS)[number]

/** Why the server closed a connection itself (a fixed set of metric labels). */
export const DROP_REASONS = [
  /** Past `maxConnectionsPerParticipant` (close code 4429). */
  'too-many-connections',
  /** Unsent bytes past `maxBufferedBytes`: a paused or too slow reader. */
  'slow-reader',
  /** Past `maxQueuedFrames` before its room loaded. */
  'queue-full',
  /** 20 malformed frames in a row: not a Yjs client. */
  'too-many-malformed',
  /** A text frame: the protocol is binary. */
  'text-frame',
  /** No pong to the last ping. */
  'missed-pong',
  /** A frame `ws` itself refused (past `maxPayload`, a bad opcode, unmasked): closed by `ws`. */
  'protocol-error',
] as const

export type DropReason = (typeof DROP_REASONS)[number]

const KNOWN = new Set<string>(REFUSAL_REASONS)

/** The label of a `permission-denied` reason: its prefix up to the first `:` or space, if known. */
export function refusalReason(reason: string): RefusalReason {
  const prefix = /^[a-z0-9-]+/.exec(reason)?.[0] ?? ''
  return KNOWN.has(prefix) ? (prefix as RefusalReason) : 'other'
}

/** Counts nothing: a `Room` or store built outside a server. */
export const NO_SYNC_METRICS: SyncMetrics = {
  updateReceived() {},
  updateRelayed() {},
  bytesSent() {},
  frameRefused() {},
  connectionDropped() {},
  updateStored() {},
  stateEncoded() {},
  rowSetAside() {},
  stateCopy() {},
}
