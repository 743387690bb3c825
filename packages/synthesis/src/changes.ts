import { diffSyntheses, type SynthesisDiff } from './diff.js'
import type { Synthesis, SynthesisGroup, SynthesisRanking } from './schema.js'

// "The next version shows what changed", for an organiser who does not read
// ids: diffSyntheses's lists, each id replaced by what a person recognises
// (a group's title and dimension, an item's title and territory), plus where
// each group now stands in its dimension. Plain data: the server sends it,
// the organiser page words it.

/** A group as a reader recognises it. */
export interface GroupRef {
  id: string
  title: string
  dimensionTitle: string
}

/** A workshop's recommendation as a reader recognises it. */
export interface ItemRef {
  id: string
  title: string
  territory: string | null
  workshopTitle: string
}

export interface WorkshopRef {
  id: string
  title: string
  territory: string | null
}

/** A group's place in its dimension (1 = first) and its three rankings. */
export interface Standing {
  rank: number
  ranking: SynthesisRanking
}

export interface SynthesisChanges {
  /** Nothing at all changed. */
  same: boolean
  /** Against nothing (a first version): everything is new. */
  first: boolean
  workshops: { added: WorkshopRef[]; removed: WorkshopRef[] }
  /**
   * A group that only changed id (an organiser group made from a proposed
   * one: most of its items came from it and it kept most of them) is the
   * same group here: renamed, rewritten or reranked, not removed and added.
   */
  groups: {
    added: GroupRef[]
    removed: GroupRef[]
    renamed: { group: GroupRef; from: string; to: string }[]
    /** The campaign's recommendation text changed. */
    rewritten: { group: GroupRef; from: string; to: string }[]
  }
  /** Groups present before and after whose place or rankings changed, in `after`'s order. */
  ranking: { group: GroupRef; from: Standing; to: Standing }[]
  items: {
    added: ItemRef[]
    removed: ItemRef[]
    moved: { item: ItemRef; from: GroupRef; to: GroupRef }[]
  }
  /** The lists by id, as {@link diffSyntheses} gives them. */
  diff: SynthesisDiff
}

interface Index {
  groups: Map<string, { ref: GroupRef; standing: Standing; group: SynthesisGroup }>
  /** Item id → the id of its group. */
  placement: Map<string, string>
  items: Map<string, ItemRef>
  workshops: Map<string, WorkshopRef>
}

function index(s: Synthesis): Index {
  const workshops = new Map<string, WorkshopRef>(
    s.workshops.map((w) => [w.id, { id: w.id, title: w.title, territory: w.territory }]),
  )
  const groups: Index['groups'] = new Map()
  const items = new Map<string, ItemRef>()
  const placement = new Map<string, string>()
  for (const dimension of s.dimensions) {
    dimension.groups.forEach((g: SynthesisGroup, i) => {
      const ref = { id: g.id, title: g.title, dimensionTitle: dimension.title }
      groups.set(g.id, { ref, standing: { rank: i + 1, ranking: g.ranking }, group: g })
      for (const item of g.items) {
        placement.set(item.id, g.id)
        items.set(item.id, {
          id: item.id,
          title: item.title,
          territory: item.territory,
          workshopTitle: workshops.get(item.workshopId)?.title ?? item.workshopId,
        })
      }
    })
  }
  return { groups, items, workshops, placement }
}

const same = (a: SynthesisRanking, b: SynthesisRanking) =>
  a.dots === b.dots && a.equalWorkshopScore === b.equalWorkshopScore && a.breadth === b.breadth

/**
 * New groups that are an old group under another id (an organiser group
 * made from a proposal, or a proposal whose first item left): the new group
 * holds at least half its items from one removed group, and more than half
 * of that group's items. Each removed group pairs once, in `after`'s order.
 */
function reformed(diff: SynthesisDiff, old: Index, now: Index): Map<string, string> {
  const pairs = new Map<string, string>()
  const taken = new Set<string>()
  const removed = new Set(diff.groups.removed)
  for (const id of diff.groups.added) {
    const items = now.groups.get(id)!.group.items
    const counts = new Map<string, number>()
    for (const item of items) {
      const was = old.placement.get(item.id)
      if (was !== undefined && removed.has(was) && !taken.has(was))
        counts.set(was, (counts.get(was) ?? 0) + 1)
    }
    let best: [string, number] | undefined
    for (const entry of counts) if (!best || entry[1] > best[1]) best = entry
    if (!best) continue
    const [from, shared] = best
    const size = old.groups.get(from)!.group.items.length
    if (shared * 2 >= items.length && shared * 2 > size) {
      pairs.set(id, from)
      taken.add(from)
    }
  }
  return pairs
}

/**
 * What changed from `before` (a published version, or null for none) to
 * `after`, worded by titles rather than ids. Each list is in `after`'s order,
 * then `before`'s for what is gone.
 *
 * @example
 * ```ts
 * const changes = describeChanges(publishedV1, publishedV2)
 * changes.ranking[0] // { group: { title: 'Former les sociétaires', … }, from: { rank: 3, … }, to: { rank: 1, … } }
 * ```
 */
export function describeChanges(before: Synthesis | null, after: Synthesis): SynthesisChanges {
  const base = before ?? { ...after, workshops: [], dimensions: [] }
  const diff = diffSyntheses(base, after)
  const old = index(base)
  const now = index(after)
  const group = (id: string) => (now.groups.get(id) ?? old.groups.get(id))!.ref
  // Where an item came from is named as it was then.
  const groupThen = (id: string) => (old.groups.get(id) ?? now.groups.get(id))!.ref
  const item = (id: string) => (now.items.get(id) ?? old.items.get(id))!
  const workshop = (id: string) => (now.workshops.get(id) ?? old.workshops.get(id))!
  // The same group under a new id is not "one removed, one added".
  const pairs = reformed(diff, old, now)
  const paired = new Set(pairs.values())
  const ranking: SynthesisChanges['ranking'] = []
  const renamed: SynthesisChanges['groups']['renamed'] = []
  const rewritten: SynthesisChanges['groups']['rewritten'] = []
  for (const [id, { ref, standing, group: g }] of now.groups) {
    const was = old.groups.get(old.groups.has(id) ? id : (pairs.get(id) ?? ''))
    if (!was) continue
    if (was.group.title !== g.title)
      renamed.push({ group: ref, from: was.group.title, to: g.title })
    if (was.group.recommendation !== g.recommendation)
      rewritten.push({ group: ref, from: was.group.recommendation, to: g.recommendation })
    if (was.standing.rank !== standing.rank || !same(was.standing.ranking, standing.ranking))
      ranking.push({ group: ref, from: was.standing, to: standing })
  }
  return {
    same: diff.same,
    first: before === null,
    workshops: {
      added: diff.workshops.added.map(workshop),
      removed: diff.workshops.removed.map(workshop),
    },
    groups: {
      added: diff.groups.added.filter((id) => !pairs.has(id)).map(group),
      removed: diff.groups.removed.filter((id) => !paired.has(id)).map(groupThen),
      renamed,
      rewritten,
    },
    ranking,
    items: {
      added: diff.items.added.map(item),
      removed: diff.items.removed.map(item),
      moved: diff.items.moved
        .filter((m) => pairs.get(m.to) !== m.from)
        .map((m) => ({ item: item(m.item), from: groupThen(m.from), to: group(m.to) })),
    },
    diff,
  }
}
