import { describe, expect, test } from 'vitest'
import type { CampaignState } from '../inputs.js'
import type { Synthesis, SynthesisGroup, SynthesisItem } from '../schema.js'
import { lyonCampaign, lyonSources } from '../test-support/lyon-territories.js'
import { buildSynthesis } from './build-synthesis.js'

// The organisers' edits (merge, split, move, rename, write) applied over the
// proposal: nothing is lost, nothing is counted twice, every item keeps its
// workshop, cluster and notes.

const sources = lyonSources()
const proposal = buildSynthesis(lyonCampaign(), sources)
const groups = (s: Synthesis) => s.dimensions.flatMap((d) => d.groups)
const items = (s: Synthesis) => groups(s).flatMap((g) => g.items)
const groupOf = (s: Synthesis, itemId: string) =>
  groups(s).find((g) => g.items.some((i) => i.id === itemId))!
const byId = (list: SynthesisItem[]) => new Map(list.map((i) => [i.id, i]))
const ids = (g: SynthesisGroup) => g.items.map((i) => i.id).sort()

function expectNothingLost(s: Synthesis) {
  const before = byId(items(proposal))
  const after = items(s)
  expect(after).toHaveLength(before.size)
  expect(new Set(after.map((i) => i.id)).size).toBe(after.length)
  for (const item of after) expect(item).toEqual(before.get(item.id))
  for (const g of groups(s)) {
    expect(g.ranking.dots).toBe(g.items.reduce((sum, i) => sum + i.dots, 0))
    expect(g.ranking.breadth).toBe(new Set(g.items.map((i) => i.workshopId)).size)
  }
}

const vision = proposal.dimensions.find((d) => d.id === 'vision')!.groups
const [first, second] = vision.filter((g) => g.items.length === 3)
if (!first || !second) throw new Error('the Lyon proposal should have two 3-territory groups')

describe('organiser edits over the proposal', () => {
  test('accept, rename and write a recommendation', () => {
    const state: CampaignState = {
      groups: {
        [first.id]: {
          title: 'Partager la valeur',
          recommendation: 'Que chaque coopérative publie sa répartition.',
          dimension: 'vision',
          items: first.items.map((i) => i.id),
          accepted: true,
        },
      },
    }
    const s = buildSynthesis(lyonCampaign(), sources, state)
    const g = groups(s).find((x) => x.id === first.id)!
    expect(g).toMatchObject({
      title: 'Partager la valeur',
      recommendation: 'Que chaque coopérative publie sa répartition.',
      origin: 'organiser',
      accepted: true,
      ranking: first.ranking,
    })
    expectNothingLost(s)
  })

  test('merge two groups: one group holds every item of both', () => {
    const merged = [...first.items, ...second.items].map((i) => i.id)
    const s = buildSynthesis(lyonCampaign(), sources, {
      groups: {
        fusion: {
          title: 'Fusion',
          recommendation: '',
          dimension: 'vision',
          items: merged,
          accepted: true,
        },
      },
    })
    const g = groups(s).find((x) => x.id === 'fusion')!
    expect(ids(g)).toEqual([...merged].sort())
    expect(g.ranking.dots).toBe(first.ranking.dots + second.ranking.dots)
    expect(g.ranking.breadth).toBe(3)
    expect(groups(s).some((x) => x.id === first.id || x.id === second.id)).toBe(false)
    expectNothingLost(s)
  })

  test('split a group in two', () => {
    const [a, ...rest] = first.items.map((i) => i.id)
    const s = buildSynthesis(lyonCampaign(), sources, {
      groups: {
        'split-1': {
          title: 'A',
          recommendation: '',
          dimension: 'vision',
          items: [a!],
          accepted: true,
        },
        'split-2': {
          title: 'B',
          recommendation: '',
          dimension: 'vision',
          items: rest,
          accepted: true,
        },
      },
    })
    expect(ids(groupOf(s, a!))).toEqual([a])
    expect(ids(groupOf(s, rest[0]!))).toEqual([...rest].sort())
    expectNothingLost(s)
  })

  test('move an item from one group to another; what is left keeps its proposed id', () => {
    const moved = first.items.find((i) => `g:${i.id}` !== first.id)!
    const s = buildSynthesis(lyonCampaign(), sources, {
      groups: {
        [second.id]: {
          title: second.title,
          recommendation: '',
          dimension: 'vision',
          items: [...second.items.map((i) => i.id), moved.id],
          accepted: false,
        },
      },
    })
    expect(groupOf(s, moved.id).id).toBe(second.id)
    expect(groupOf(s, moved.id).items).toHaveLength(4)
    const left = groups(s).find((g) => g.id === first.id)!
    expect(left.items.map((i) => i.id)).not.toContain(moved.id)
    expect(left.items).toHaveLength(2)
    expectNothingLost(s)
  })

  test('an item listed twice lands once; unknown ids and emptied groups are dropped', () => {
    const item = first.items[0]!.id
    const s = buildSynthesis(lyonCampaign(), sources, {
      groups: {
        a: { title: 'A', recommendation: '', dimension: 'vision', items: [item], accepted: true },
        b: { title: 'B', recommendation: '', dimension: 'vision', items: [item], accepted: true },
        c: {
          title: 'C',
          recommendation: '',
          dimension: 'nowhere',
          items: ['gone:c99'],
          accepted: true,
        },
      },
    })
    expect(groupOf(s, item).id).toBe('a')
    expect(groups(s).some((g) => g.id === 'b' || g.id === 'c')).toBe(false)
    expectNothingLost(s)
  })

  test('a group moved to an unknown dimension stays in its first item’s dimension', () => {
    const s = buildSynthesis(lyonCampaign(), sources, {
      groups: {
        x: {
          title: 'X',
          recommendation: '',
          dimension: 'nowhere',
          items: [first.items[0]!.id],
          accepted: true,
        },
      },
    })
    expect(s.dimensions.find((d) => d.id === 'vision')!.groups.some((g) => g.id === 'x')).toBe(true)
    expectNothingLost(s)
  })

  test('a new workshop’s item the similarity puts beside an accepted group is suggested for it', () => {
    const two = buildSynthesis(lyonCampaign(), sources.slice(0, 2))
    const accepted = two.dimensions
      .flatMap((d) => d.groups)
      .find((g) => g.items.length === 2 && g.items.some((i) => i.clusterId === 'c08'))!
    const state: CampaignState = {
      groups: {
        formation: {
          title: 'Formation',
          recommendation: 'Former chaque nouvel associé.',
          dimension: 'efficacite',
          items: accepted.items.map((i) => i.id),
          accepted: true,
        },
      },
    }
    const s = buildSynthesis(lyonCampaign(), sources, state)
    expect(ids(groupOf(s, 'lyon-1:c08'))).toEqual(['lyon-1:c08', 'lyon-2:c08'])
    const newcomer = groupOf(s, 'lyon-3:c08')
    expect(newcomer).toMatchObject({ origin: 'proposed', suggestedGroup: 'formation' })
    expect(
      groups(s)
        .filter((g) => g.origin === 'organiser')
        .every((g) => g.suggestedGroup === null),
    ).toBe(true)
    expectNothingLost(s)
  })
})
