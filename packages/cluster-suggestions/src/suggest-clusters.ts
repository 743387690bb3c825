/**
 * "Suggest clusters": groups the notes of each dimension by meaning, locally.
 *
 * Invariants: a proposal never mixes dimensions; a note is in at most one
 * proposal; proposals have at least two notes; the output depends on the set
 * of notes, not on their order (notes are sorted by id before anything else).
 */

import { averageLinkage } from './agglomerate.js'
import { buildFeatures, type FeatureWeights } from './features.js'
import type { Language, NoteInput } from './options.js'
import { byCodeUnit, sortById } from './sort-notes.js'
import { pairwiseDots } from './sparse.js'
import { groupTitle } from './title.js'

export interface SuggestOptions {
  /** Picks the stemmer; default 'fr'. */
  language?: Language
  /** Average cosine similarity two groups need to be merged, in (0, 1]; lower gives bigger groups. */
  threshold?: number
  /** Share of each feature family in the similarity (words, domain themes, character trigrams). */
  weights?: Partial<FeatureWeights>
}

export interface ClusterProposal {
  dimension: string
  title: string
  /** Sorted ids. */
  noteIds: string[]
}

/** Defaults tuned on the Lyon 2021 workshop (see the benchmark for the held-out check). */
export const DEFAULT_THRESHOLD = 0.2
export const DEFAULT_WEIGHTS: FeatureWeights = { words: 1, themes: 1, trigrams: 0.15 }

/**
 * Proposes groups of notes that say related things, within each dimension.
 * Notes left alone are not returned. Pass only the notes still unclustered.
 *
 * @example
 * suggestClusters([
 *   { id: 'a', text: 'Former les nouveaux associés', dimension: 'efficacite' },
 *   { id: 'b', text: 'formation des nouveaux associes', dimension: 'efficacite' },
 *   { id: 'c', text: 'Le buffet était top', dimension: 'efficacite' },
 * ])
 * // [{ dimension: 'efficacite', title: 'Formation des nouveaux associés', noteIds: ['a', 'b'] }]
 */
export function suggestClusters(
  notes: readonly NoteInput[],
  options: SuggestOptions = {},
): ClusterProposal[] {
  const language = options.language ?? 'fr'
  const threshold = options.threshold ?? DEFAULT_THRESHOLD
  const weights = { ...DEFAULT_WEIGHTS, ...options.weights }
  const sorted = sortById(notes)
  const features = buildFeatures(
    sorted.map((note) => note.text),
    language,
    weights,
  )
  const byDimension = new Map<string, number[]>()
  sorted.forEach((note, i) => {
    const members = byDimension.get(note.dimension)
    if (members) members.push(i)
    else byDimension.set(note.dimension, [i])
  })
  const proposals: ClusterProposal[] = []
  for (const dimension of [...byDimension.keys()].sort(byCodeUnit)) {
    const members = byDimension.get(dimension)!
    const vectors = members.map((i) => features.notes[i]!.vector)
    const similarity = pairwiseDots(vectors, features.featureCount)
    for (const group of averageLinkage(similarity, members.length, threshold)) {
      const indices = group.map((local) => members[local]!)
      proposals.push({
        dimension,
        title: groupTitle(
          indices.map((i) => features.notes[i]!),
          { frequency: features.keyFrequency, noteCount: sorted.length },
        ),
        noteIds: indices.map((i) => sorted[i]!.id),
      })
    }
  }
  // Biggest proposals first inside a dimension: they save the facilitator the most work.
  return proposals.sort(
    (a, b) =>
      byCodeUnit(a.dimension, b.dimension) ||
      b.noteIds.length - a.noteIds.length ||
      byCodeUnit(a.noteIds[0]!, b.noteIds[0]!),
  )
}
