/**
 * Scoring suggestions against a facilitator's clustering, for tests and the
 * benchmark. Not part of the runtime API.
 *
 * Convention: ARI is computed over every note. A note the suggestion leaves
 * out of all proposals counts as its own cluster, and so does a note the
 * facilitator never clustered (`cluster: null`). "Divers / hors sujet"
 * clusters are kept as the facilitator made them.
 */

import { adjustedRandIndex } from './ari.js'
import type { NoteInput } from './options.js'
import { type SuggestOptions, suggestClusters } from './suggest-clusters.js'

export interface LabelledNote extends NoteInput {
  /** The facilitator's cluster id, or null when the note was left unclustered. */
  cluster: string | null
}

export interface Score {
  perDimension: Record<string, number>
  overall: number
}

/** ARI of the suggestions for `notes` against their `cluster` labels. */
export function scoreSuggestions(
  notes: readonly LabelledNote[],
  options: SuggestOptions = {},
): Score {
  const predicted = new Map<string, string>()
  suggestClusters(notes, options).forEach((proposal, i) => {
    for (const id of proposal.noteIds) predicted.set(id, `proposal:${i}`)
  })
  const predictedLabel = (note: LabelledNote) => predicted.get(note.id) ?? `alone:${note.id}`
  const referenceLabel = (note: LabelledNote) => note.cluster ?? `alone:${note.id}`
  const perDimension: Record<string, number> = {}
  for (const dimension of [...new Set(notes.map((note) => note.dimension))].sort()) {
    const inDimension = notes.filter((note) => note.dimension === dimension)
    perDimension[dimension] = adjustedRandIndex(
      inDimension.map(referenceLabel),
      inDimension.map(predictedLabel),
    )
  }
  return {
    perDimension,
    overall: adjustedRandIndex(notes.map(referenceLabel), notes.map(predictedLabel)),
  }
}

/** Threshold of `grid` with the best overall ARI on `notes` (first one on ties). */
export function bestThreshold(
  notes: readonly LabelledNote[],
  grid: readonly number[],
  options: SuggestOptions = {},
): number {
  let best = grid[0] ?? 0
  let bestScore = Number.NEGATIVE_INFINITY
  for (const threshold of grid) {
    const score = scoreSuggestions(notes, { ...options, threshold }).overall
    if (score > bestScore) {
      best = threshold
      bestScore = score
    }
  }
  return best
}

/**
 * Honest estimate: for each dimension, tune the threshold on the other
 * dimensions only, then score the held-out dimension with it.
 */
export function leaveOneDimensionOut(
  notes: readonly LabelledNote[],
  grid: readonly number[],
  options: SuggestOptions = {},
): Record<string, { threshold: number; ari: number }> {
  const out: Record<string, { threshold: number; ari: number }> = {}
  for (const dimension of [...new Set(notes.map((note) => note.dimension))].sort()) {
    const training = notes.filter((note) => note.dimension !== dimension)
    const threshold = bestThreshold(training, grid, options)
    const heldOut = scoreSuggestions(notes, { ...options, threshold }).perDimension[dimension]!
    out[dimension] = { threshold, ari: heldOut }
  }
  return out
}
