import type { Synthesis, SynthesisGroup } from '@atelier/synthesis'

/**
 * What the congress screen projects of one group: its rank in its dimension,
 * a title and a recommendation to read from the back of the hall, the
 * territories it comes from, and the figures behind its rank. No notes, no
 * item list, no author: the room sees what the synthesis exports and less.
 */
export interface ScreenGroup {
  id: string
  rank: number
  title: string
  recommendation: string
  /**
   * `regional`: the organisers' text; `workshop`: none written yet, so the
   * recommendation of the group's strongest item (by dotShare), said so on
   * screen with its territory; `none`: no text anywhere yet.
   */
  recommendationFrom: 'regional' | 'workshop' | 'none'
  /** The territory of the workshop whose text stands in (`workshop` only). */
  recommendationTerritory: string | null
  territories: string[]
  breadth: number
  dots: number
  equalWorkshopScore: number
  minority: boolean
}

/** `GET /api/campaigns/:id/screen`. */
export interface ScreenProjection {
  campaign: Synthesis['campaign']
  /** `draft` today; a published version's number once publishing exists. */
  version: 'draft' | number
  totals: { workshops: number; participants: number; territories: number; dots: number }
  dimensions: { id: string; title: string; groups: ScreenGroup[] }[]
}

/** Most groups one dimension sends to the screen (the rest never reach the top of a hall). */
export const SCREEN_MAX_GROUPS = 60

/**
 * The congress screen's view of a synthesis: per dimension, the groups in
 * the synthesis's order (every workshop counting the same, then dots, then
 * breadth), each with its text or the best stand-in. Pure.
 *
 * @example
 * projectForScreen(synthesis).dimensions[0].groups[0].territories // ['Lyon', 'Villeurbanne']
 */
export function projectForScreen(synthesis: Synthesis): ScreenProjection {
  const territories = new Set(
    synthesis.workshops.map((w) => w.territory).filter((t): t is string => Boolean(t)),
  )
  return {
    campaign: synthesis.campaign,
    version: synthesis.publication?.version ?? 'draft',
    totals: {
      workshops: synthesis.totals.workshops,
      participants: synthesis.totals.participants,
      territories: territories.size,
      dots: synthesis.totals.dots,
    },
    dimensions: synthesis.dimensions.map((dimension) => ({
      id: dimension.id,
      title: dimension.title,
      groups: dimension.groups.slice(0, SCREEN_MAX_GROUPS).map((group, i) => screenGroup(group, i)),
    })),
  }
}

function screenGroup(group: SynthesisGroup, index: number): ScreenGroup {
  // Items come by dotShare first: the first with a text is the group's strongest voice.
  const written = group.items.find((item) => item.recommendation.trim() !== '')
  const titled = group.items.find((item) => item.title.trim() !== '')
  const regional = group.recommendation.trim()
  return {
    id: group.id,
    rank: index + 1,
    title: group.title.trim() || titled?.title.trim() || '',
    recommendation: regional || written?.recommendation.trim() || '',
    recommendationFrom: regional ? 'regional' : written ? 'workshop' : 'none',
    recommendationTerritory: !regional && written ? written.territory : null,
    territories: group.territories,
    breadth: group.ranking.breadth,
    dots: group.ranking.dots,
    equalWorkshopScore: group.ranking.equalWorkshopScore,
    minority: group.minority,
  }
}
