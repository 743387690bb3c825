import type { CampaignSource } from '../inputs.js'
import type { Synthesis, SynthesisItem, SynthesisWorkshop, Via } from '../schema.js'

// Flattens the sources into workshops and items. Invariant: a workshop id
// appears once; when two sources carry the same workshop (a summary imported
// twice, or a workshop that reached a national campaign both directly and
// through a region), the first source wins and the later copy is skipped
// whole, so no recommendation is counted twice.

/** An item before grouping, with the campaign-level dimension it was filed under. */
export interface RawItem extends SynthesisItem {
  /** The dimension as its source named it, matched to a campaign dimension later. */
  sourceDimension: { id: string; title: string }
  /** Exact dotShare before rounding, for the rankings. */
  exactShare: number
}

export interface Collected {
  workshops: SynthesisWorkshop[]
  items: RawItem[]
  /** Dimensions in order of first appearance in the sources. */
  dimensions: { id: string; title: string }[]
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000

/** Workshops and items of every source, deduplicated by workshop id. */
export function collect(sources: readonly CampaignSource[]): Collected {
  const workshops = new Map<string, SynthesisWorkshop>()
  const items: RawItem[] = []
  const dimensions: { id: string; title: string }[] = []
  const seen = (d: { id: string; title: string }) => {
    if (!dimensions.some((known) => known.id === d.id))
      dimensions.push({ id: d.id, title: d.title })
  }
  for (const source of sources) {
    if (source.kind === 'workshop') {
      const { summary } = source
      const w = summary.workshop
      if (workshops.has(w.id)) continue
      const dots = summary.totals.dotsOnRecommendations
      workshops.set(w.id, {
        id: w.id,
        title: w.title,
        territory: w.territory,
        date: w.date,
        language: w.language,
        participants: summary.totals.participants,
        voters: summary.totals.voters,
        dots,
        notes: summary.totals.notes,
        recommendations: summary.totals.recommendations,
        source: source.source,
        status: source.status,
        via: null,
      })
      for (const dimension of summary.dimensions) {
        seen(dimension)
        for (const rec of dimension.recommendations) {
          const exactShare = dots === 0 ? 0 : rec.dots / dots
          items.push({
            id: `${w.id}:${rec.clusterId}`,
            workshopId: w.id,
            territory: w.territory,
            date: w.date,
            dimensionId: dimension.id,
            clusterId: rec.clusterId,
            title: rec.title,
            recommendation: rec.text,
            rank: rec.rank,
            dots: rec.dots,
            dotShare: round4(exactShare),
            voters: rec.voters,
            notes: rec.notes.map((n) => ({ ...n })),
            via: null,
            regionalGroup: null,
            sourceDimension: { id: dimension.id, title: dimension.title },
            exactShare,
          })
        }
      }
    } else {
      collectSynthesis(source.synthesis, workshops, items, seen)
    }
  }
  return { workshops: [...workshops.values()], items, dimensions }
}

function collectSynthesis(
  synthesis: Synthesis,
  workshops: Map<string, SynthesisWorkshop>,
  items: RawItem[],
  seen: (d: { id: string; title: string }) => void,
): void {
  const via: Via = {
    campaignId: synthesis.campaign.id,
    campaignTitle: synthesis.campaign.title,
    territory: synthesis.campaign.territory,
  }
  const fresh = new Set<string>()
  for (const w of synthesis.workshops) {
    if (workshops.has(w.id)) continue
    fresh.add(w.id)
    // The nearest regional campaign is the one that matters: keep an existing `via`.
    workshops.set(w.id, { ...w, via: w.via ?? via })
  }
  for (const dimension of synthesis.dimensions) {
    seen(dimension)
    for (const group of dimension.groups) {
      for (const item of group.items) {
        if (!fresh.has(item.workshopId)) continue
        const w = workshops.get(item.workshopId)!
        items.push({
          ...item,
          notes: item.notes.map((n) => ({ ...n })),
          via: item.via ?? via,
          regionalGroup: item.regionalGroup ?? {
            groupId: group.id,
            title: group.title,
            recommendation: group.recommendation,
          },
          sourceDimension: { id: dimension.id, title: dimension.title },
          exactShare: w.dots === 0 ? 0 : item.dots / w.dots,
        })
      }
    }
  }
}
