import { readBoard } from '@atelier/board-model'
import { findNearDuplicates, suggestClusters } from '@atelier/cluster-suggestions'
import type * as Y from 'yjs'

export interface Suggestions {
  clusters: { dimension: string; title: string; noteIds: string[] }[]
  duplicates: [string, string][]
}

/**
 * Cluster proposals over the visible, unclustered notes of a board, and
 * near-duplicate pairs among them (facilitator only): the same pure functions the board's
 * "Suggest clusters" button runs in the browser, so both agree.
 */
export function suggestionsFor(board: Y.Doc, privateDoc: Y.Doc): Suggestions {
  // The private room holds the texts of notes collected in silent mode.
  const state = readBoard(board, privateDoc)
  const notes = Object.values(state.notes)
    .filter((note) => !note.hidden && state.membership[note.id] === undefined)
    .map(({ id, text, dimension }) => ({ id, text, dimension }))
  return {
    clusters: suggestClusters(notes, { language: state.meta.language }),
    duplicates: findNearDuplicates(notes, { language: state.meta.language }),
  }
}
