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
  groups: Map<string, { ref: GroupRef; standing: Standing }>
  items: Map<string, ItemRef>
  workshops: Map<string, WorkshopRef>
}

function index(s: Synthesis): Index {
  const workshops = new Map<string, WorkshopRef>(
    s.workshops.map((w) => [w.id, { id: w.id, title: w.title, territory: w.territory }]),
  )
  const groups: Index['groups'] = new Map()
  const items = new Map<string, ItemRef>()
  for (const dimension of s.dimensions) {
    dimension.groups.forEach((g: SynthesisGroup, i) => {
      const ref = { id: g.id, title: g.title, dimensionTitle: dimension.title }
      groups.set(g.id, { ref, standing: { rank: i + 1, ranking: g.ranking } })
      for (const item of g.items) {
        items.set(item.id, {
          id: item.id,
          title: item.title,
          territory: item.territory,
          workshopTitle: workshops.get(item.workshopId)?.title ?? item.workshopId,
        })
      }
    })
  }
  return { groups, items, workshops }
}

const same = (a: SynthesisRanking, b: SynthesisRanking) =>
  a.dots === b.dots && a.equalWorkshopScore === b.equalWorkshopScore && a.breadth === b.breadth

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
  const ranking: SynthesisChanges['ranking'] = []
  for (const [id, { ref, standing }] of now.groups) {
    const was = old.groups.get(id)?.standing
    if (was && (was.rank !== standing.rank || !same(was.ranking, standing.ranking)))
      ranking.push({ group: ref, from: was, to: standing })
  }
  return {
    same: diff.same,
    first: before === null,
    workshops: {
      added: diff.workshops.added.map(workshop),
      removed: diff.workshops.removed.map(workshop),
    },
    groups: {
      added: diff.groups.added.map(group),
      removed: diff.groups.removed.map(groupThen),
      renamed: diff.groups.retitled.map((r) => ({ group: group(r.group), from: r.from, to: r.to })),
      rewritten: diff.groups.rewritten.map((r) => ({
        group: group(r.group),
        from: r.from,
        to: r.to,
      })),
    },
    ranking,
    items: {
      added: diff.items.added.map(item),
      removed: diff.items.removed.map(item),
      moved: diff.items.moved.map((m) => ({
        item: item(m.item),
        from: groupThen(m.from),
        to: group(m.to),
      })),
    },
    diff,
  }
}
