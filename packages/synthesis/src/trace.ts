import type { Synthesis, SynthesisGroup, SynthesisItem, SynthesisRanking } from './schema.js'

// "Back to the territories": a contributing workshop's facilitator gets a
// read-only view of where its recommendations went. It names the groups and
// the other territories in them, but carries no other workshop's notes or
// texts: only what the workshop itself contributed, and the campaign's words.

/** Where one item of the workshop went. */
export interface TracedItem {
  item: SynthesisItem
  dimension: { id: string; title: string }
  group: {
    id: string
    title: string
    recommendation: string
    origin: SynthesisGroup['origin']
    accepted: boolean
    minority: boolean
    ranking: SynthesisRanking
    /** Territories of the group, this workshop's included. */
    territories: string[]
    /** How many items of other workshops share the group. */
    others: number
  }
}

/**
 * The workshop's items in the synthesis, each with the group it is in, in
 * the synthesis' order; null when the workshop did not contribute.
 *
 * @example
 * ```ts
 * const trace = workshopTrace(synthesis, 'lyon-1')
 * trace?.items.map((t) => `${t.item.title} -> ${t.group.title}`)
 * ```
 */
export function workshopTrace(
  synthesis: Synthesis,
  workshopId: string,
): { workshop: Synthesis['workshops'][number]; items: TracedItem[] } | null {
  const workshop = synthesis.workshops.find((w) => w.id === workshopId)
  if (!workshop) return null
  const items: TracedItem[] = []
  for (const d of synthesis.dimensions) {
    for (const g of d.groups) {
      for (const item of g.items) {
        if (item.workshopId !== workshopId) continue
        items.push({
          item,
          dimension: { id: d.id, title: d.title },
          group: {
            id: g.id,
            title: g.title,
            recommendation: g.recommendation,
            origin: g.origin,
            accepted: g.accepted,
            minority: g.minority,
            ranking: g.ranking,
            territories: g.territories,
            others: g.items.filter((i) => i.workshopId !== workshopId).length,
          },
        })
      }
    }
  }
  return { workshop, items }
}
