/**
 * Plain-data views of the documents. Nothing here is a Yjs type: these are
 * what `readBoard`, `readParticipant` and `readLayout` return.
 */

/** The workshop's phase, in the order a session usually runs. */
export type Phase = 'collect' | 'cluster' | 'vote' | 'synthesize' | 'closed'

/** Interface and content language of a workshop. */
export type Language = 'fr' | 'en'

/** Board templates offered by `createBoard`. */
export type Template = 'congress' | 'blank'

/**
 * The shared countdown. Idle: both null. Running: `endsAt` set (server epoch
 * ms). Paused: `remainingMs` set. `durationMs` is the total for progress display.
 */
export interface TimerState {
  endsAt: number | null
  remainingMs: number | null
  durationMs: number | null
}

/** Everything in the board's `meta` map. */
export interface BoardMeta {
  schemaVersion: number
  title: string
  territory: string | null
  language: Language
  /** ISO date of the session, e.g. "2021-06-10". */
  date: string
  facilitator: string | null
  phase: Phase
  votesPerParticipant: number
  multipleDotsPerCluster: boolean
  silent: boolean
  locked: boolean
  showTallies: boolean
  timer: TimerState
  /** Cluster the facilitator asks every screen to show, or null. */
  focus: string | null
}

/** A dimension (a frame on the board, a prompt on the phone). */
export interface Dimension {
  id: string
  title: string
  prompt: string
  order: number
}

/**
 * The part of a board a phone needs before the whole board arrives, which
 * `POST /api/join` answers with: the meta and the dimensions.
 */
export interface RoomPreview {
  meta: BoardMeta
  dimensions: Dimension[]
}

/** A note as it sits on the board. */
export interface Note {
  id: string
  text: string
  dimension: string
  /** Participant id of the author; empty for a note the facilitator wrote. */
  author: string
  /** Server time (epoch ms) of the first ingest (facilitator notes: the facilitator's clock). */
  createdAt: number
  hidden: boolean
  /** Written by the facilitator (a spoken remark, a participant without a phone): no author. */
  byFacilitator: boolean
  /** The facilitator edited its text or dimension: the author can no longer change it. */
  editedByFacilitator: boolean
}

/** A cluster of notes within one dimension. */
export interface Cluster {
  id: string
  title: string
  dimension: string
  color: string | null
  recommendation: string
}

/** A participant known to the board. */
export interface Participant {
  id: string
  name: string | null
  joinedAt: number
  removed: boolean
}

/**
 * The whole board as plain data. Membership is sanitised: entries whose note
 * or cluster is missing, or whose dimensions differ, are dropped.
 */
export interface BoardState {
  meta: BoardMeta
  /** Sorted by `order`, then id. */
  dimensions: Dimension[]
  notes: Record<string, Note>
  clusters: Record<string, Cluster>
  /** note id -> cluster id */
  membership: Record<string, string>
  /** cluster id -> dots (only filled while `showTallies`). */
  tallies: Record<string, number>
  participants: Record<string, Participant>
}

/** A note as the participant wrote it in their own doc. */
export interface OwnNote {
  id: string
  text: string
  dimension: string
  createdAt: number
}

/** Receipt statuses the server writes into a participant doc. */
export type ReceiptStatus = 'rejected' | 'hidden' | 'deleted' | 'edited'

/** Why the server refused or moderated something, written into the participant doc. */
export interface Receipt {
  status: ReceiptStatus
  /** Machine-readable reason code, see `ReasonCode`. */
  reason: string
  /** Vote receipts only: how many of the requested dots were counted. */
  counted?: number
}

/** A participant document as plain data. */
export interface ParticipantState {
  notes: Record<string, OwnNote>
  /** cluster id -> dots requested */
  votes: Record<string, number>
  name: string | null
  /** note id, `vote:<clusterId>` or `profile:name` -> receipt */
  receipts: Record<string, Receipt>
}

/** A point on the canvas. */
export interface Point {
  x: number
  y: number
}

/** A cluster frame's size on the canvas. */
export interface Size {
  w: number
  h: number
}

/** The layout document as plain data. */
export interface LayoutState {
  positions: Record<string, Point>
  sizes: Record<string, Size>
}

/** One valid vote: `count` dots of `participant` on `cluster`. */
export interface Vote {
  participant: string
  cluster: string
  count: number
}

/**
 * What `@atelier/recommendations` takes (docs/contracts.md). Structurally
 * identical to its own definition; this package does not import it.
 */
export interface BoardSnapshot {
  workshop: {
    id: string
    title: string
    territory: string | null
    date: string
    facilitator: string | null
    language: Language
    participantCount: number
  }
  dimensions: { id: string; title: string; prompt: string; order: number }[]
  notes: {
    id: string
    text: string
    dimension: string
    author: string
    createdAt: number
    hidden: boolean
  }[]
  clusters: {
    id: string
    title: string
    dimension: string
    color: string | null
    recommendation: string
  }[]
  membership: Record<string, string>
  votes: Vote[]
}
