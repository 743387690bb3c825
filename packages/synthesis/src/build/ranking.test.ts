import { describe, expect, test } from 'vitest'
import type { Synthesis } from '../schema.js'
import { smallCampaign, smallSources } from '../test-support/small.js'
import { buildSynthesis } from './build-synthesis.js'

const groupOf = (s: Synthesis, itemId: string) =>
  s.dimensions.flatMap((d) => d.groups).find((g) => g.items.some((i) => i.id === itemId))!

const TRAINING = ['former les nouveaux associés', 'formation des associés à la gestion']
const TRAINING_2 = ['former les associés aux chiffres', 'une formation pour les nouveaux associés']
const YOUTH = ['aller dans les lycées parler des scop', 'les jeunes ne connaissent pas les coops']

describe('rankings, computed by hand on a small campaign', () => {
  // A: 10 dots = 6 on training + 4 on youth. B: 4 dots = 1 on training + 3 on ecology.
  const sources = smallSources([
    {
      id: 'a',
      territory: 'Ain',
      participants: 10,
      clusters: [
        { id: 'c1', title: 'Former les associés', notes: TRAINING, dots: 6 },
        { id: 'c2', title: 'Aller vers les jeunes', notes: YOUTH, dots: 4 },
      ],
    },
    {
      id: 'b',
      territory: 'Drôme',
      participants: 4,
      clusters: [
        { id: 'k1', title: 'Formation des associés', notes: TRAINING_2, dots: 1 },
        {
          id: 'k2',
          title: 'Transition écologique',
          notes: ['réduire notre empreinte carbone', 'sobriété énergétique des coops'],
          dots: 3,
        },
      ],
    },
  ])
  const s = buildSynthesis(smallCampaign(), sources)

  test('items carry dots and their share of their workshop dots', () => {
    const training = groupOf(s, 'a:c1')
    expect(training.items.map((i) => [i.id, i.dots, i.dotShare])).toEqual([
      ['a:c1', 6, 0.6],
      ['b:k1', 1, 0.25],
    ])
  })

  test('a group: raw dots, sum of shares / workshops, distinct workshops', () => {
    const training = groupOf(s, 'a:c1')
    expect(groupOf(s, 'b:k1').id).toBe(training.id)
    // dots 6 + 1; (0.6 + 0.25) / 2 workshops = 0.425; two workshops.
    expect(training.ranking).toEqual({ dots: 7, equalWorkshopScore: 0.425, breadth: 2 })
    expect(groupOf(s, 'a:c2').ranking).toEqual({ dots: 4, equalWorkshopScore: 0.2, breadth: 1 })
    expect(groupOf(s, 'b:k2').ranking).toEqual({ dots: 3, equalWorkshopScore: 0.375, breadth: 1 })
  })

  test('groups of a dimension come by equal-workshop score; both views are there', () => {
    const vision = s.dimensions.find((d) => d.id === 'vision')!
    expect(vision.groups.map((g) => g.items[0]!.id)).toEqual(['a:c1', 'b:k2', 'a:c2'])
    expect(s.totals).toMatchObject({
      workshops: 2,
      participants: 14,
      items: 4,
      groups: 3,
      dots: 14,
    })
  })
})

describe('a workshop of 80 people does not drown one of 12', () => {
  const sources = smallSources([
    {
      id: 'big',
      territory: 'Grand Lyon',
      participants: 80,
      clusters: [
        { id: 'c1', title: 'Aller vers les jeunes', notes: YOUTH, dots: 160 },
        { id: 'c2', title: 'Former les associés', notes: TRAINING, dots: 40 },
      ],
    },
    {
      id: 'small',
      territory: 'Cantal',
      participants: 12,
      clusters: [
        { id: 'k1', title: 'Formation des associés', notes: TRAINING_2, dots: 20 },
        {
          id: 'k2',
          title: 'Transition écologique',
          notes: ['réduire notre empreinte carbone', 'sobriété énergétique des coops'],
          dots: 4,
        },
      ],
    },
  ])
  const s = buildSynthesis(smallCampaign(), sources)

  test('raw dots follow the big room; the equal-workshop score weighs each room the same', () => {
    const youth = groupOf(s, 'big:c1')
    const training = groupOf(s, 'small:k1')
    expect(groupOf(s, 'big:c2').id).toBe(training.id)
    expect(youth.ranking.dots).toBeGreaterThan(training.ranking.dots)
    // Youth: 160/200 / 2 = 0.4. Training: (40/200 + 20/24) / 2 = 0.5167.
    expect(youth.ranking.equalWorkshopScore).toBe(0.4)
    expect(training.ranking.equalWorkshopScore).toBe(0.5167)
    expect(s.dimensions[0]!.groups[0]!.id).toBe(training.id)
    // The small room's total weight equals the big room's.
    const weight = (w: string) =>
      s.dimensions
        .flatMap((d) => d.groups.flatMap((g) => g.items))
        .filter((i) => i.workshopId === w)
        .reduce((sum, i) => sum + i.dotShare, 0)
    expect(weight('small')).toBeCloseTo(weight('big'), 3)
  })

  test('the strongly supported lone item of each room is a minority position, kept visible', () => {
    const youth = groupOf(s, 'big:c1')
    const ecology = groupOf(s, 'small:k2')
    expect(youth.minority).toBe(true)
    expect(youth.items).toHaveLength(1)
    // 4 of 24 dots = 16.7 %: above the 10 % threshold.
    expect(ecology.minority).toBe(true)
    expect(groupOf(s, 'small:k1').minority).toBe(false)
  })
})

describe('minority positions', () => {
  const weak = {
    id: 'c3',
    title: 'Buffet',
    notes: ['le buffet était excellent'],
    dots: 1,
  }
  const sources = smallSources([
    {
      id: 'a',
      territory: 'Ain',
      participants: 20,
      clusters: [{ id: 'c1', title: 'Former les associés', notes: TRAINING, dots: 19 }, weak],
    },
    {
      id: 'b',
      territory: 'Drôme',
      participants: 20,
      clusters: [{ id: 'k1', title: 'Formation des associés', notes: TRAINING_2, dots: 20 }],
    },
  ])
  const s = buildSynthesis(smallCampaign(), sources)

  test('an item raised once with 5 % of its room and not first in its dimension is not flagged', () => {
    expect(groupOf(s, 'a:c3').minority).toBe(false)
    expect(groupOf(s, 'a:c3').ranking.breadth).toBe(1)
  })

  test('the threshold is an option', () => {
    const low = buildSynthesis(smallCampaign(), sources, undefined, { minorityShare: 0.05 })
    expect(groupOf(low, 'a:c3').minority).toBe(true)
  })

  test('in a campaign of one workshop nothing is a minority', () => {
    const one = buildSynthesis(smallCampaign(), sources.slice(0, 1))
    expect(one.dimensions.flatMap((d) => d.groups).some((g) => g.minority)).toBe(false)
  })
})
