import type { Synthesis, SynthesisGroup } from './schema.js'

// "The next version shows what changed": the difference between two
// versions of a campaign's synthesis, by ids (items' ids are stable, groups'
// ids too while they keep their first item or are organiser groups).

export interface SynthesisDiff {
  workshops: { added: string[]; removed: string[] }
  items: {
    added: string[]
    removed: string[]
    /** Items now in another group. */
    moved: { item: string; from: string; to: string }[]
  }
  groups: {
    added: string[]
    removed: string[]
    retitled: { group: string; from: string; to: string }[]
    rewritten: { group: string; from: string; to: string }[]
    /** Groups whose raw dots, equal-workshop score or breadth changed. */
    reranked: { group: string; from: SynthesisGroup['ranking']; to: SynthesisGroup['ranking'] }[]
  }
  /** Nothing at all changed. */
  same: boolean
}

const groupsOf = (s: Synthesis) =>
  new Map(s.dimensions.flatMap((d) => d.groups).map((g) => [g.id, g]))
const placement = (s: Synthesis) => {
  const out = new Map<string, string>()
  for (const g of groupsOf(s).values()) for (const item of g.items) out.set(item.id, g.id)
  return out
}

/**
 * What changed from `before` to `after`, each list in `after`'s order (then
 * `before`'s for what is gone).
 *
 * @example
 * ```ts
 * const diff = diffSyntheses(publishedV1, draft)
 * diff.items.moved // [{ item: 'lyon-2:c08', from: 'g:lyon-1:c08', to: 'formation' }]
 * ```
 */
export function diffSyntheses(before: Synthesis, after: Synthesis): SynthesisDiff {
  const oldGroups = groupsOf(before)
  const newGroups = groupsOf(after)
  const oldPlace = placement(before)
  const newPlace = placement(after)
  const oldWorkshops = new Set(before.workshops.map((w) => w.id))
  const newWorkshops = new Set(after.workshops.map((w) => w.id))
  const diff: SynthesisDiff = {
    workshops: {
      added: [...newWorkshops].filter((w) => !oldWorkshops.has(w)),
      removed: [...oldWorkshops].filter((w) => !newWorkshops.has(w)),
    },
    items: {
      added: [...newPlace.keys()].filter((i) => !oldPlace.has(i)),
      removed: [...oldPlace.keys()].filter((i) => !newPlace.has(i)),
      moved: [],
    },
    groups: {
      added: [...newGroups.keys()].filter((g) => !oldGroups.has(g)),
      removed: [...oldGroups.keys()].filter((g) => !newGroups.has(g)),
      retitled: [],
      rewritten: [],
      reranked: [],
    },
    same: false,
  }
  for (const [item, to] of newPlace) {
    const from = oldPlace.get(item)
    if (from !== undefined && from !== to) diff.items.moved.push({ item, from, to })
  }
  for (const [id, g] of newGroups) {
    const old = oldGroups.get(id)
    if (!old) continue
    if (old.title !== g.title)
      diff.groups.retitled.push({ group: id, from: old.title, to: g.title })
    if (old.recommendation !== g.recommendation) {
      diff.groups.rewritten.push({ group: id, from: old.recommendation, to: g.recommendation })
    }
    const a = old.ranking
    const b = g.ranking
    if (
      a.dots !== b.dots ||
      a.equalWorkshopScore !== b.equalWorkshopScore ||
      a.breadth !== b.breadth
    ) {
      diff.groups.reranked.push({ group: id, from: a, to: b })
    }
  }
  diff.same =
    diff.workshops.added.length + diff.workshops.removed.length === 0 &&
    Object.values(diff.items).every((list) => list.length === 0) &&
    Object.values(diff.groups).every((list) => list.length === 0)
  return diff
}
