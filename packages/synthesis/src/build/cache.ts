import type { Token } from '@atelier/cluster-suggestions'

/**
 * What {@link buildSynthesis} may keep between two builds of the same
 * campaign, so a live campaign recomputed on every vote stays cheap: the
 * analysis of every text it has seen (texts of the last build only), and the
 * last proposal with the exact inputs it was computed from (a vote changes
 * the rankings, not the texts, so the grouping is reused as is). Holding one
 * per campaign is safe: a cache never changes a result, only its cost.
 *
 * @example
 * ```ts
 * const cache = createSynthesisCache()
 * buildSynthesis(campaign, sources, state, { cache }) // full cost
 * buildSynthesis(campaign, sourcesAfterAVote, state, { cache }) // no grouping work
 * ```
 */
export interface SynthesisCache {
  language: 'fr' | 'en' | null
  tokens: Map<string, Token[]>
  proposal: { key: string; groups: Map<string, string[][]> } | null
}

/** An empty {@link SynthesisCache}. */
export function createSynthesisCache(): SynthesisCache {
  return { language: null, tokens: new Map(), proposal: null }
}
