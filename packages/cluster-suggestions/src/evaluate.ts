/**
 * Scoring suggestions against a facilitator's clustering, for tests and the
 * benchmark. Not part of the runtime API (not exported from the index).
 *
 * Convention: ARI is computed over every note. A note the suggestion leaves
 * out of all proposals counts as its own cluster, and so does a note the
 * facilitator never clustered (`cluster: null`). "Divers / hors sujet"
 * clusters are kept as the facilitator made them. The overall figure is one
 * ARI over all notes (clusters never span dimensions, on either side).
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

const referenceLabel = (note: LabelledNote) => note.cluster ?? `alone:${note.id}`

/** Note id -> proposal label (`alone:<id>` for notes in no proposal). */
export function predictedLabels(
  notes: readonly LabelledNote[],
  options: SuggestOptions,
): Map<string, string> {
  const labels = new Map(notes.map((note) => [note.id, `alone:${note.id}`]))
  suggestClusters(notes, options).forEach((proposal, i) => {
    for (const id of proposal.noteIds) labels.set(id, `proposal:${i}`)
  })
  return labels
}

function dimensionsOf(notes: readonly LabelledNote[]): string[] {
  return [...new Set(notes.map((note) => note.dimension))].sort()
}

/** ARI per dimension and overall for given predicted labels. */
export function scoreLabels(
  notes: readonly LabelledNote[],
  predicted: ReadonlyMap<string, string>,
): Score {
  const ari = (subset: readonly LabelledNote[]) =>
    adjustedRandIndex(
      subset.map(referenceLabel),
      subset.map((note) => predicted.get(note.id)!),
    )
  const perDimension: Record<string, number> = {}
  for (const dimension of dimensionsOf(notes)) {
    perDimension[dimension] = ari(notes.filter((note) => note.dimension === dimension))
  }
  return { perDimension, overall: ari(notes) }
}

/** ARI of the suggestions for `notes` against their `cluster` labels. */
export function scoreSuggestions(
  notes: readonly LabelledNote[],
  options: SuggestOptions = {},
): Score {
  return scoreLabels(notes, predictedLabels(notes, options))
}

/** Threshold of `grid` with the best overall ARI on `notes` (the first one on ties). */
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

export interface HeldOutScore extends Score {
  /** Threshold chosen without looking at each dimension's own labels. */
  thresholds: Record<string, number>
}

/**
 * Honest estimate of the threshold tuning: each dimension is clustered with
 * the threshold that scored best on the other dimensions only.
 */
export function leaveOneDimensionOut(
  notes: readonly LabelledNote[],
  grid: readonly number[],
  options: SuggestOptions = {},
): HeldOutScore {
  const thresholds: Record<string, number> = {}
  const predicted = new Map<string, string>()
  const dimensionOf = new Map(notes.map((note) => [note.id, note.dimension]))
  for (const dimension of dimensionsOf(notes)) {
    const threshold = bestThreshold(
      notes.filter((note) => note.dimension !== dimension),
      grid,
      options,
    )
    thresholds[dimension] = threshold
    for (const [id, label] of predictedLabels(notes, { ...options, threshold })) {
      if (dimensionOf.get(id) === dimension) predicted.set(id, `${dimension}:${label}`)
    }
  }
  return { ...scoreLabels(notes, predicted), thresholds }
}
