import {
  analyze,
  averageLinkage,
  buildFeaturesFromTokens,
  DEFAULT_WEIGHTS,
  pairwiseDots,
  type Token,
} from '@atelier/cluster-suggestions'
import type { SynthesisCache } from './cache.js'

// Proposed groups: the same French-aware features as the board's "suggest
// clusters" (stems, synonyms, acronyms, domain themes, character trigrams),
// over two channels per item:
//  - its label: the cluster title and the recommendation text (what the
//    facilitator condensed), plus the regional group it came through;
//  - its notes: what the participants wrote, without the character-trigram
//    family (a dozen notes already share enough words; the trigrams cost
//    most of the pairwise work and did not change the benchmark's ARI).
// The similarity of two items is the weighted mean of the channels' cosines,
// over the channels both items have (an untitled cluster is compared on its
// notes alone instead of being pushed away by an empty label).
//
// Two items of the same workshop are never proposed together: their own
// facilitator already kept them apart. The constraint is a similarity of
// -1e9, which average linkage can never average back above a threshold.

/** What the grouping reads of an item. */
export interface GroupingInput {
  id: string
  workshopId: string
  dimension: string
  label: string
  /** Supporting note texts, each analysed on its own. */
  notes: string[]
}

/**
 * Average similarity two proposed groups need to merge: the board's own
 * "suggest clusters" threshold, not tuned on the benchmark (whose grid shows
 * a plateau from 0.1 to 0.2; see the README).
 */
export const DEFAULT_GROUP_THRESHOLD = 0.2
/** Share of the label channel when both channels are present. */
export const LABEL_WEIGHT = 0.5

const APART = -1e9

/**
 * Proposed groups of item ids, per dimension (dimension -> groups, each
 * sorted, singletons included). Depends on the set of items, not their order.
 */
export function proposeGroups(
  inputs: readonly GroupingInput[],
  language: 'fr' | 'en',
  threshold = DEFAULT_GROUP_THRESHOLD,
  cache?: SynthesisCache,
): Map<string, string[][]> {
  const sorted = [...inputs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  // Votes change the rankings, never the grouping: same texts, same proposal.
  const key = JSON.stringify([language, threshold, sorted])
  if (cache?.proposal?.key === key) return cache.proposal.groups
  const tokens = tokenMemo(language, cache)
  const labels = buildFeaturesFromTokens(
    sorted.map((i) => tokens(i.label)),
    language,
    DEFAULT_WEIGHTS,
  )
  const notes = buildFeaturesFromTokens(
    sorted.map((i) => i.notes.flatMap(tokens)),
    language,
    { ...DEFAULT_WEIGHTS, trigrams: 0 },
  )
  const byDimension = new Map<string, number[]>()
  sorted.forEach((input, i) => {
    const members = byDimension.get(input.dimension)
    if (members) members.push(i)
    else byDimension.set(input.dimension, [i])
  })
  const out = new Map<string, string[][]>()
  for (const [dimension, members] of byDimension) {
    const n = members.length
    const labelVectors = members.map((i) => labels.notes[i]!.vector)
    const noteVectors = members.map((i) => notes.notes[i]!.vector)
    const labelSim = pairwiseDots(labelVectors, labels.featureCount)
    const noteSim = pairwiseDots(noteVectors, notes.featureCount)
    const similarity = new Float64Array(n * n)
    for (let a = 0; a < n; a += 1) {
      const ia = sorted[members[a]!]!
      for (let b = a + 1; b < n; b += 1) {
        const ib = sorted[members[b]!]!
        let s: number
        if (ia.workshopId === ib.workshopId) s = APART
        else {
          const hasLabel = labelVectors[a]!.index.length > 0 && labelVectors[b]!.index.length > 0
          const hasNotes = noteVectors[a]!.index.length > 0 && noteVectors[b]!.index.length > 0
          const wl = hasLabel ? LABEL_WEIGHT : 0
          const wn = hasNotes ? 1 - LABEL_WEIGHT : 0
          s = wl + wn === 0 ? 0 : (wl * labelSim[a * n + b]! + wn * noteSim[a * n + b]!) / (wl + wn)
        }
        similarity[a * n + b] = s
        similarity[b * n + a] = s
      }
    }
    const grouped = new Set<number>()
    const groups: string[][] = []
    for (const group of averageLinkage(similarity, n, threshold)) {
      for (const local of group) grouped.add(local)
      groups.push(group.map((local) => sorted[members[local]!]!.id))
    }
    for (let local = 0; local < n; local += 1) {
      if (!grouped.has(local)) groups.push([sorted[members[local]!]!.id])
    }
    out.set(dimension, groups)
  }
  if (cache) {
    cache.proposal = { key, groups: out }
    tokens.prune()
  }
  return out
}

/**
 * `analyze` remembered per text: within one build (repeated texts) and, with
 * a cache, across builds; `prune` keeps only the texts of the last build, so
 * the cache never outgrows the campaign.
 */
function tokenMemo(language: 'fr' | 'en', cache: SynthesisCache | undefined) {
  const previous = cache?.language === language ? cache.tokens : new Map<string, Token[]>()
  const used = new Map<string, Token[]>()
  const memo = (text: string): Token[] => {
    const tokens = used.get(text) ?? previous.get(text) ?? analyze(text, language)
    used.set(text, tokens)
    return tokens
  }
  memo.prune = () => {
    if (!cache) return
    cache.language = language
    cache.tokens = used
  }
  return memo
}
