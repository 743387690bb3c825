import { normalize } from '@atelier/cluster-suggestions'
import type { CampaignInfo, CampaignSource, CampaignState, SynthesisOptions } from '../inputs.js'
import type { Synthesis, SynthesisGroup, SynthesisItem } from '../schema.js'
import { SYNTHESIS_VERSION } from '../version.js'
import { applyState } from './apply-state.js'
import { collect, type RawItem } from './collect.js'
import { dimensionMatcher } from './dimensions.js'
import { DEFAULT_GROUP_THRESHOLD, proposeGroups } from './similarity.js'
import { proposedTitle } from './title.js'

/** Share of its workshop's dots from which an item raised nowhere else is a minority position. */
export const DEFAULT_MINORITY_SHARE = 0.1

const round4 = (x: number) => Math.round(x * 10_000) / 10_000

/**
 * The campaign's synthesis: every recommendation of every contributing
 * workshop as an item (with its territory, dots, share of its workshop's
 * dots, voters and notes), similar items of different workshops proposed as
 * groups per dimension, the organisers' state applied over the proposal, and
 * each group ranked three ways (raw dots, every workshop counting the same,
 * breadth). Pure and deterministic: same inputs, same output (generatedAt is
 * null unless `options.now` is given).
 *
 * @example
 * ```ts
 * const synthesis = buildSynthesis(campaign, [
 *   { kind: 'workshop', source: 'live', status: 'closed', summary: buildSummary(snapshot) },
 *   { kind: 'campaign', synthesis: parseSynthesis(JSON.parse(uploaded)) },
 * ], organiserState)
 * synthesis.dimensions[0]?.groups[0]?.ranking // { dots, equalWorkshopScore, breadth }
 * ```
 */
export function buildSynthesis(
  campaign: CampaignInfo,
  sources: readonly CampaignSource[],
  state?: CampaignState,
  options: SynthesisOptions = {},
): Synthesis {
  const collected = collect(sources)
  const { dimensions, match } = dimensionMatcher(campaign.dimensions ?? [], collected.dimensions)
  const items = new Map<string, RawItem>()
  const dimensionOf = new Map<string, string>()
  for (const item of collected.items) {
    if (items.has(item.id)) continue
    items.set(item.id, item)
    dimensionOf.set(item.id, match(item.sourceDimension))
  }
  const proposal = proposeGroups(
    [...items.values()].map((item) => ({
      id: item.id,
      workshopId: item.workshopId,
      dimension: dimensionOf.get(item.id)!,
      label: [
        item.title,
        item.recommendation,
        item.regionalGroup?.title ?? '',
        item.regionalGroup?.recommendation ?? '',
      ].join('\n'),
      notes: item.notes.map((n) => n.text),
    })),
    campaign.language,
    options.threshold ?? DEFAULT_GROUP_THRESHOLD,
    options.cache,
  )
  const placed = applyState(proposal, dimensionOf, new Set(dimensions.map((d) => d.id)), state)
  const workshopCount = collected.workshops.length
  const minorityShare = options.minorityShare ?? DEFAULT_MINORITY_SHARE
  const collator = new Intl.Collator(campaign.language)
  const groupsByDimension = new Map<string, SynthesisGroup[]>(dimensions.map((d) => [d.id, []]))
  for (const group of placed) {
    const members = group.items.map((id) => items.get(id)!)
    members.sort((a, b) => b.exactShare - a.exactShare || b.dots - a.dots || compare(a.id, b.id))
    const breadth = new Set(members.map((m) => m.workshopId)).size
    const share = members.reduce((sum, m) => sum + m.exactShare, 0)
    const strong = members.some(
      (m) => m.dots > 0 && (m.exactShare >= minorityShare || m.rank === 1),
    )
    const territories = [
      ...new Set(members.map((m) => m.territory).filter((t): t is string => t !== null)),
    ].sort(collator.compare)
    groupsByDimension.get(group.dimension)!.push({
      id: group.id,
      title: group.title ?? proposedTitle(members),
      recommendation: group.recommendation,
      origin: group.origin,
      accepted: group.accepted,
      minority: workshopCount >= 2 && breadth === 1 && strong,
      suggestedGroup: group.suggestedGroup,
      territories,
      ranking: {
        dots: members.reduce((sum, m) => sum + m.dots, 0),
        equalWorkshopScore: workshopCount === 0 ? 0 : Math.min(1, round4(share / workshopCount)),
        breadth,
      },
      items: members.map(publicItem),
    })
  }
  const workshops = [...collected.workshops].sort(
    (a, b) =>
      collator.compare(a.territory ?? '', b.territory ?? '') ||
      compare(a.date, b.date) ||
      compare(a.id, b.id),
  )
  // A region counts as present when a workshop of it came in, directly or through its campaign.
  const contributed = new Set(
    workshops.flatMap((w) => [normalize(w.territory ?? ''), normalize(w.via?.territory ?? '')]),
  )
  const synthesisDimensions = dimensions.map((d) => ({
    id: d.id,
    title: d.title,
    groups: groupsByDimension
      .get(d.id)!
      .sort(
        (a, b) =>
          b.ranking.equalWorkshopScore - a.ranking.equalWorkshopScore ||
          b.ranking.dots - a.ranking.dots ||
          b.ranking.breadth - a.ranking.breadth ||
          compare(a.id, b.id),
      ),
  }))
  const all = synthesisDimensions.flatMap((d) => d.groups)
  const synthesis: Synthesis = {
    synthesisVersion: SYNTHESIS_VERSION,
    generatedAt: options.now === undefined ? null : new Date(options.now).toISOString(),
    publication: options.publication ?? null,
    campaign: {
      id: campaign.id,
      title: campaign.title,
      level: campaign.level,
      territory: campaign.territory,
      language: campaign.language,
    },
    totals: {
      workshops: workshops.length,
      participants: workshops.reduce((sum, w) => sum + w.participants, 0),
      items: items.size,
      groups: all.length,
      notes: [...items.values()].reduce((sum, item) => sum + item.notes.length, 0),
      dots: all.reduce((sum, g) => sum + g.ranking.dots, 0),
    },
    workshops,
    expectedTerritories: [...campaign.expectedTerritories],
    missingTerritories: campaign.expectedTerritories.filter((t) => !contributed.has(normalize(t))),
    dimensions: synthesisDimensions,
  }
  return synthesis
}

/** The item as the synthesis shows it: the grouping-only fields dropped. */
function publicItem(item: RawItem): SynthesisItem {
  const { sourceDimension: _dimension, exactShare: _share, ...rest } = item
  return rest
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
