import type { SessionSummary } from '@atelier/recommendations'
import type { SynthesisCache } from './build/cache.js'
import type { Synthesis } from './schema.js'

// What buildSynthesis reads. Plain data: the server gathers it from its
// campaign catalog, the workshops' summaries and the campaign's Yjs document.

/** A regional congress gathers local workshops; a national one gathers regions. */
export type CampaignLevel = 'regional' | 'national'

/** The campaign as its catalog records it. */
export interface CampaignInfo {
  id: string
  title: string
  level: CampaignLevel
  /** "Auvergne-Rhône-Alpes" for a regional campaign; null for a national one. */
  territory: string | null
  /** Picks the labels of the exports and the stemmer of the similarity. */
  language: 'fr' | 'en'
  /** Territories the organisers expect a contribution from; those without one are listed as missing. */
  expectedTerritories: string[]
  /**
   * The campaign template's dimensions, in order. Workshops' dimensions are
   * matched to them by id, then by normalized title; dimensions no template
   * names follow in order of first appearance. Optional: without a template
   * the dimensions are those of the workshops.
   */
  dimensions?: { id: string; title: string }[]
}

/**
 * One contribution: a workshop's session summary (live or imported), or a
 * whole regional synthesis imported into a national campaign. Items of an
 * imported synthesis keep their territory and say through which regional
 * campaign they came (`via`).
 */
export type CampaignSource =
  | {
      kind: 'workshop'
      source: 'live' | 'imported'
      status: 'running' | 'closed' | 'imported'
      summary: SessionSummary
    }
  | { kind: 'campaign'; synthesis: Synthesis }

/** One group as the organisers left it in the campaign's working state. */
export interface CampaignStateGroup {
  title: string
  recommendation: string
  /** Campaign dimension id; when unknown, the group goes to its first item's dimension. */
  dimension: string
  /** Item ids (`<workshopId>:<clusterId>`), in the organisers' order. */
  items: string[]
  accepted: boolean
}

/**
 * The organisers' working state (read by the server from the campaign's Yjs
 * document): groups they accepted, renamed, merged, split or moved items
 * between. Applied over the proposal: an item listed in a state group is in
 * that group (the first one in group-id order when listed twice); every other
 * item stays in its proposed group. Ids of items no longer present are
 * ignored; a state group left with no present item is not shown.
 */
export interface CampaignState {
  groups: Record<string, CampaignStateGroup>
}

/** Tuning and stamping of {@link buildSynthesis}; every field has a default. */
export interface SynthesisOptions {
  /** Milliseconds since the epoch written as generatedAt; absent: null (byte-identical exports). */
  now?: number
  /** Marks the result as a published version. */
  publication?: Synthesis['publication']
  /** Average similarity for two proposed groups to merge, in (0, 1]; see the README. */
  threshold?: number
  /** Share of its workshop's dots from which a lone item is a minority position; default 0.1. */
  minorityShare?: number
  /** Kept between builds of one campaign to make live updates cheap; see {@link SynthesisCache}. */
  cache?: SynthesisCache
}
