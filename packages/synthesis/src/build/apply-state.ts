import type { CampaignState } from '../inputs.js'

// The organisers' edits over the proposal. Invariant: every present item ends
// in exactly one group, whatever the state says (nothing is lost, nothing is
// counted twice); group ids are unique.

export interface PlacedGroup {
  id: string
  dimension: string
  origin: 'proposed' | 'organiser'
  title: string | null
  recommendation: string
  accepted: boolean
  items: string[]
  /** For what is left of a proposal: the organiser group that took most of it. */
  suggestedGroup: string | null
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Groups after the state: organiser groups first (their items, in their
 * order, present items only, an item claimed by the first group in id order
 * that lists it), then what is left of each proposed group, under
 * "g:<its smallest item id>" (suffixed "~2", "~3"... if an organiser group
 * already uses that id).
 *
 * @param proposal dimension -> groups of item ids
 * @param dimensionOf campaign dimension of each present item
 * @param dimensionIds the campaign's dimensions
 */
export function applyState(
  proposal: Map<string, string[][]>,
  dimensionOf: Map<string, string>,
  dimensionIds: ReadonlySet<string>,
  state: CampaignState | undefined,
): PlacedGroup[] {
  const claimed = new Map<string, string>()
  const out: PlacedGroup[] = []
  const used = new Set<string>()
  for (const id of Object.keys(state?.groups ?? {}).sort(byCodeUnit)) {
    const group = state!.groups[id]!
    const items: string[] = []
    for (const item of group.items) {
      if (!dimensionOf.has(item) || claimed.has(item)) continue
      claimed.set(item, id)
      items.push(item)
    }
    if (items.length === 0) continue
    used.add(id)
    out.push({
      id,
      dimension: dimensionIds.has(group.dimension) ? group.dimension : dimensionOf.get(items[0]!)!,
      origin: 'organiser',
      title: group.title,
      recommendation: group.recommendation,
      accepted: group.accepted,
      items,
      suggestedGroup: null,
    })
  }
  const dimensionOfGroup = new Map(out.map((g) => [g.id, g.dimension]))
  for (const [dimension, groups] of proposal) {
    for (const group of groups) {
      const items = group.filter((item) => !claimed.has(item)).sort(byCodeUnit)
      if (items.length === 0) continue
      let id = `g:${items[0]}`
      for (let k = 2; used.has(id); k += 1) id = `g:${items[0]}~${k}`
      used.add(id)
      out.push({
        id,
        dimension,
        origin: 'proposed',
        title: null,
        recommendation: '',
        accepted: false,
        items,
        suggestedGroup: suggestion(group, claimed, (g) => dimensionOfGroup.get(g) === dimension),
      })
    }
  }
  return out
}

/**
 * The organiser group holding most of a proposal's other items (ties to the
 * smaller id), in the same dimension: where the similarity would have put
 * what is left, e.g. a new workshop's item next to a group already accepted.
 */
function suggestion(
  proposal: readonly string[],
  claimed: ReadonlyMap<string, string>,
  sameDimension: (group: string) => boolean,
): string | null {
  const votes = new Map<string, number>()
  for (const item of proposal) {
    const group = claimed.get(item)
    if (group !== undefined && sameDimension(group)) votes.set(group, (votes.get(group) ?? 0) + 1)
  }
  let best: string | null = null
  for (const [group, count] of votes) {
    const current = best === null ? 0 : votes.get(best)!
    if (count > current || (count === current && best !== null && group < best)) best = group
  }
  return best
}
