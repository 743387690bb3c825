import type { BoardSnapshot, BoardState, Vote } from './types.js'

/** What the board does not know and the snapshot needs. */
export interface SnapshotExtra {
  /** The workshop id (the board's room name). */
  id: string
  /** Defaults to the number of participants not removed. */
  participantCount?: number
}

const byId = (a: { id: string }, b: { id: string }): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0

/**
 * The `BoardSnapshot` of docs/contracts.md, for `@atelier/recommendations`:
 * plain data, deterministic order (dimensions by order, notes by creation
 * then id, clusters by id). Hidden notes are included with `hidden: true`.
 * Read the state with the private room, which holds the authors and the
 * texts the board withholds.
 *
 * @example
 * const state = readBoard(board, privateDoc)
 * const snapshot = toBoardSnapshot(state, collectVotes(state, ballots), { id: 'ws42' })
 */
export function toBoardSnapshot(
  state: BoardState,
  votes: readonly Vote[],
  extra: SnapshotExtra,
): BoardSnapshot {
  const { meta } = state
  const participantCount =
    extra.participantCount ?? Object.values(state.participants).filter((p) => !p.removed).length
  return {
    workshop: {
      id: extra.id,
      title: meta.title,
      territory: meta.territory,
      date: meta.date,
      facilitator: meta.facilitator,
      language: meta.language,
      participantCount,
    },
    dimensions: state.dimensions.map(({ id, title, prompt, order }) => ({
      id,
      title,
      prompt,
      order,
    })),
    notes: Object.values(state.notes)
      .sort((a, b) => a.createdAt - b.createdAt || byId(a, b))
      .map(({ id, text, dimension, author, createdAt, hidden }) => ({
        id,
        text,
        dimension,
        author,
        createdAt,
        hidden,
      })),
    clusters: Object.values(state.clusters)
      .sort(byId)
      .map(({ id, title, dimension, color, recommendation }) => ({
        id,
        title,
        dimension,
        color,
        recommendation,
      })),
    membership: { ...state.membership },
    votes: votes.map(({ participant, cluster, count }) => ({ participant, cluster, count })),
  }
}
