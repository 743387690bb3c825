/**
 * Near-duplicate notes: two notes saying almost the same thing in almost the
 * same words ("Former les nouveaux associés dès leur arrivée" / "formation
 * des nouveaux associes des l'embauche"), so the facilitator can stack them.
 *
 * Unlike clustering, this ignores the domain themes: sharing a topic is not
 * being a duplicate. Similarity is the cosine of word and character-trigram
 * TF-IDF vectors.
 */

import { buildFeatures } from './features.js'
import type { Language, NoteInput } from './options.js'
import { sortById } from './sort-notes.js'
import { pairwiseDots } from './sparse.js'

export interface NearDuplicateOptions {
  /** Picks the stemmer; default 'fr'. */
  language?: Language
  /** Cosine similarity from which two notes are reported, in [0, 1]. */
  threshold?: number
  /** Also compare notes of different dimensions; default false (a board column is stacked on its own). */
  acrossDimensions?: boolean
}

export const DEFAULT_DUPLICATE_THRESHOLD = 0.5
/** Words carry the meaning; trigrams forgive spelling. */
const DUPLICATE_WEIGHTS = { words: 1, themes: 0, trigrams: 0.5 }

/** Pairwise similarity used for near duplicates, exposed for tests and tuning. */
export function duplicateSimilarities(
  notes: readonly NoteInput[],
  options: NearDuplicateOptions = {},
): { a: string; b: string; similarity: number }[] {
  const sorted = sortById(notes)
  const features = buildFeatures(
    sorted.map((note) => note.text),
    options.language ?? 'fr',
    DUPLICATE_WEIGHTS,
  )
  const n = sorted.length
  const similarity = pairwiseDots(
    features.notes.map((note) => note.vector),
    features.featureCount,
  )
  const out: { a: string; b: string; similarity: number }[] = []
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1) {
      if (!options.acrossDimensions && sorted[i]!.dimension !== sorted[j]!.dimension) continue
      out.push({ a: sorted[i]!.id, b: sorted[j]!.id, similarity: similarity[i * n + j]! })
    }
  }
  return out
}

/**
 * Pairs of notes that say almost the same thing. Each pair is sorted, and the
 * list is sorted, so the result does not depend on the notes' order.
 *
 * @example
 * findNearDuplicates([
 *   { id: 'n1', text: 'Garder sa veste de citoyen dans l’entreprise', dimension: 'vision' },
 *   { id: 'n2', text: 'garder sa veste de citoyen engagé au travail', dimension: 'vision' },
 *   { id: 'n3', text: 'Bilan carbone dans toutes nos coops', dimension: 'vision' },
 * ])
 * // [['n1', 'n2']]
 */
export function findNearDuplicates(
  notes: readonly NoteInput[],
  options: NearDuplicateOptions = {},
): [string, string][] {
  const threshold = options.threshold ?? DEFAULT_DUPLICATE_THRESHOLD
  return duplicateSimilarities(notes, options)
    .filter((pair) => pair.similarity >= threshold)
    .map((pair): [string, string] => [pair.a, pair.b])
}
