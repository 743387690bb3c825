import { describe, expect, test } from 'vitest'
import { buildSynthesis } from './build/build-synthesis.js'
import { describeChanges } from './changes.js'
import { lyonCampaign, lyonSources } from './test-support/lyon-territories.js'

// The change report an organiser reads between two published versions:
// titles and territories instead of ids, and where each group now stands.

const sources = lyonSources()
const v1 = buildSynthesis(lyonCampaign(), sources.slice(0, 2))
const draft = buildSynthesis(lyonCampaign(), sources)

describe('what changed, worded for the organiser', () => {
  test('a first version: every workshop, group and item is new, nothing moved', () => {
    const changes = describeChanges(null, v1)
    expect(changes.first).toBe(true)
    expect(changes.same).toBe(false)
    expect(changes.workshops.added.map((w) => w.territory)).toEqual(
      v1.workshops.map((w) => w.territory),
    )
    expect(changes.groups.added).toHaveLength(v1.totals.groups)
    expect(changes.items.added).toHaveLength(v1.totals.items)
    expect(changes.ranking).toEqual([])
    expect(changes.items.moved).toEqual([])
  })

  test('a workshop joins, an organiser renames and merges: titles, territories and places', () => {
    const dimension = draft.dimensions[0]!
    const [top, second] = dimension.groups
    const moved = second!.items[0]!
    const v2 = buildSynthesis(lyonCampaign(), sources, {
      groups: {
        [top!.id]: {
          title: 'Former et accueillir',
          recommendation: 'Un parcours pour chaque sociétaire.',
          dimension: dimension.id,
          items: [...top!.items.map((i) => i.id), moved.id],
          accepted: true,
        },
      },
    })
    const changes = describeChanges(draft, v2)
    expect(changes.first).toBe(false)
    expect(changes.groups.renamed).toEqual([
      {
        group: { id: top!.id, title: 'Former et accueillir', dimensionTitle: dimension.title },
        from: top!.title,
        to: 'Former et accueillir',
      },
    ])
    expect(changes.groups.rewritten[0]!.to).toBe('Un parcours pour chaque sociétaire.')
    const move = changes.items.moved.find((m) => m.item.id === moved.id)!
    expect(move.item).toMatchObject({ title: moved.title, territory: moved.territory })
    // Named as it was: the group it left, under its old title.
    expect(move.from.title).toBe(second!.title)
    expect(move.to.title).toBe('Former et accueillir')
    const rise = changes.ranking.find((r) => r.group.id === top!.id)!
    expect(rise.to.ranking.dots).toBe(top!.ranking.dots + moved.dots)
    expect(rise.to.rank).toBe(1)

    const joined = describeChanges(v1, draft)
    expect(joined.workshops.added.map((w) => w.territory)).toEqual([draft.workshops[2]!.territory])
    expect(joined.items.added.every((i) => i.territory === draft.workshops[2]!.territory)).toBe(
      true,
    )
    // Places are 1-based within the dimension and follow the sort of the synthesis.
    for (const r of joined.ranking) {
      const d = draft.dimensions.find((x) => x.title === r.group.dimensionTitle)!
      expect(d.groups[r.to.rank - 1]!.id).toBe(r.group.id)
    }
    expect(describeChanges(draft, draft).same).toBe(true)
    expect(describeChanges(draft, draft).ranking).toEqual([])
  })
})

describe('a group the organisers re-formed under a new id', () => {
  test('is the same group renamed, not one removed and one added', () => {
    const dimension = draft.dimensions[0]!
    const proposed = dimension.groups.find((g) => g.items.length >= 2)!
    const v2 = buildSynthesis(lyonCampaign(), sources, {
      groups: {
        'org-formation': {
          title: 'Former et accueillir',
          recommendation: 'Un parcours pour chaque sociétaire.',
          dimension: dimension.id,
          items: proposed.items.map((i) => i.id),
          accepted: true,
        },
      },
    })
    const changes = describeChanges(draft, v2)
    expect(changes.diff.groups.added).toContain('org-formation')
    expect(changes.groups.added.map((g) => g.id)).not.toContain('org-formation')
    expect(changes.groups.removed.map((g) => g.id)).not.toContain(proposed.id)
    expect(changes.groups.renamed).toContainEqual({
      group: {
        id: 'org-formation',
        title: 'Former et accueillir',
        dimensionTitle: dimension.title,
      },
      from: proposed.title,
      to: 'Former et accueillir',
    })
    expect(changes.groups.rewritten.map((r) => r.group.id)).toEqual(['org-formation'])
    expect(changes.items.moved).toEqual([])
  })
})
