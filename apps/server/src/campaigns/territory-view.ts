import { type Synthesis, workshopTrace } from '@atelier/synthesis'

/** Where one of the workshop's recommendations went in the campaign's draft. */
export interface TerritoryItem {
  id: string
  title: string
  recommendation: string
  rank: number
  dots: number
  dotShare: number
  voters: number
  /** The workshop's own supporting notes, text only (no author ids). */
  notes: { id: string; text: string }[]
  group: {
    id: string
    title: string
    /** The regional recommendation the organisers are drafting; empty until written. */
    recommendation: string
    origin: 'proposed' | 'organiser'
    accepted: boolean
    minority: boolean
    /** Territories of the other workshops in the group (names only), sorted. */
    otherTerritories: string[]
    /** How many other workshops raised something in this group. */
    otherWorkshops: number
    /** Its place in the dimension by the campaign's order (1 = first), out of `groupsInDimension`. */
    position: number
    groupsInDimension: number
  }
}

/**
 * `GET /api/campaigns/:id/territory`: what a territory link shows. The
 * workshop's own items and the campaign's words about them (group titles,
 * regional recommendations, territory names); nothing another workshop wrote.
 */
export interface TerritoryView {
  campaign: Pick<Synthesis['campaign'], 'id' | 'title' | 'level' | 'territory' | 'language'>
  workshop: {
    id: string
    title: string
    territory: string | null
    date: string
    participants: number
    dots: number
    status: 'running' | 'closed' | 'imported'
  }
  dimensions: { id: string; title: string; items: TerritoryItem[] }[]
}

/**
 * Projects a synthesis onto one workshop, or null when it is not in it.
 * Every campaign dimension is listed, with no items where the workshop
 * brought none.
 *
 * @example
 * territoryView(synthesis, 'k3m9x2c7qpwa')?.dimensions[0]?.items[0]?.group.title
 */
export function territoryView(synthesis: Synthesis, workshopId: string): TerritoryView | null {
  const trace = workshopTrace(synthesis, workshopId)
  if (!trace) return null
  const { workshop } = trace
  const positions = new Map<string, { position: number; of: number }>()
  for (const d of synthesis.dimensions)
    for (const [i, g] of d.groups.entries())
      positions.set(g.id, { position: i + 1, of: d.groups.length })
  const groupsById = new Map(
    synthesis.dimensions.flatMap((d) => d.groups.map((g) => [g.id, g] as const)),
  )
  const dimensions: TerritoryView['dimensions'] = synthesis.dimensions.map((d) => ({
    id: d.id,
    title: d.title,
    items: [],
  }))
  for (const { item, dimension, group } of trace.items) {
    const others = (groupsById.get(group.id)?.items ?? []).filter(
      (i) => i.workshopId !== workshopId,
    )
    const place = positions.get(group.id) ?? { position: 1, of: 1 }
    dimensions
      .find((d) => d.id === dimension.id)
      ?.items.push({
        id: item.id,
        title: item.title,
        recommendation: item.recommendation,
        rank: item.rank,
        dots: item.dots,
        dotShare: item.dotShare,
        voters: item.voters,
        notes: item.notes.map(({ id, text }) => ({ id, text })),
        group: {
          id: group.id,
          title: group.title,
          recommendation: group.recommendation,
          origin: group.origin,
          accepted: group.accepted,
          minority: group.minority,
          otherTerritories: [
            ...new Set(others.flatMap((i) => (i.territory === null ? [] : [i.territory]))),
          ].sort((a, b) => a.localeCompare(b, 'fr')),
          otherWorkshops: new Set(others.map((i) => i.workshopId)).size,
          position: place.position,
          groupsInDimension: place.of,
        },
      })
  }
  const { id, title, level, territory, language } = synthesis.campaign
  return {
    campaign: { id, title, level, territory, language },
    workshop: {
      id: workshop.id,
      title: workshop.title,
      territory: workshop.territory,
      date: workshop.date,
      participants: workshop.participants,
      dots: workshop.dots,
      status: workshop.status,
    },
    dimensions,
  }
}
