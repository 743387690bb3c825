/**
 * The input of {@link buildSummary}: a plain-data picture of one board, as
 * `docs/contracts.md` defines it. The server builds it from the board document
 * and the valid votes it counted; this package never sees Yjs.
 *
 * Kept structurally identical to the contract so that `@atelier/board-model`'s
 * own snapshot type is assignable to it without a mapping.
 */
export interface BoardSnapshot {
  workshop: SnapshotWorkshop
  dimensions: SnapshotDimension[]
  notes: SnapshotNote[]
  clusters: SnapshotCluster[]
  /** note id -> cluster id */
  membership: Record<string, string>
  /** Valid votes only: the server has already enforced budget and phase. */
  votes: SnapshotVote[]
}

export interface SnapshotWorkshop {
  id: string
  title: string
  territory: string | null
  /** ISO date of the session, e.g. "2021-06-10". */
  date: string
  facilitator: string | null
  language: 'fr' | 'en'
  participantCount: number
}

export interface SnapshotDimension {
  id: string
  title: string
  prompt: string
  order: number
}

export interface SnapshotNote {
  id: string
  text: string
  dimension: string
  /** Participant id; never a name. Replaced by an anonymous id in summaries. */
  author: string
  createdAt: number
  /** Hidden by moderation: excluded from summaries, only counted. */
  hidden: boolean
}

export interface SnapshotCluster {
  id: string
  title: string
  dimension: string
  color: string | null
  recommendation: string
}

export interface SnapshotVote {
  participant: string
  cluster: string
  count: number
}
