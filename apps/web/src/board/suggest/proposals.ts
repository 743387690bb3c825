import { findNearDuplicates, suggestClusters } from '@atelier/cluster-suggestions'
import type { BoardState } from '../../model'

/** A cluster proposal as the facilitator reviews it: its title and notes can be edited before accepting. */
export interface Proposal {
  key: string
  dimension: string
  title: string
  noteIds: string[]
}

export interface Suggestions {
  proposals: Proposal[]
  duplicates: [string, string][]
}

/**
 * Proposals over the visible notes that are in no cluster, exactly as the
 * server's `GET /api/workshops/:id/suggestions` computes them (same
 * functions, same input), so the button and the API agree. Pure.
 *
 * @example
 * computeSuggestions(readBoard(doc)).proposals[0] // { key: 's0', dimension: 'reseau', title: 'Jeunes', noteIds: [...] }
 */
export function computeSuggestions(board: BoardState): Suggestions {
  const notes = Object.values(board.notes)
    .filter((note) => !note.hidden && board.membership[note.id] === undefined)
    .map(({ id, text, dimension }) => ({ id, text, dimension }))
  const language = board.meta.language
  return {
    proposals: suggestClusters(notes, { language }).map((p, i) => ({ ...p, key: `s${i}` })),
    duplicates: findNearDuplicates(notes, { language }),
  }
}

/**
 * Drops from proposals what the board no longer allows: notes that were
 * clustered, hidden or deleted meanwhile; proposals left with fewer than two
 * notes disappear. Keeps proposals in step with a live board.
 */
export function stillValid(proposals: readonly Proposal[], board: BoardState): Proposal[] {
  return proposals
    .map((p) => ({
      ...p,
      noteIds: p.noteIds.filter((id) => {
        const note = board.notes[id]
        return note && !note.hidden && board.membership[id] === undefined
      }),
    }))
    .filter((p) => p.noteIds.length >= 2)
}
