import { describe, expect, it } from 'vitest'
import type { SynthesisChanges } from './types'
import { byDimension, changeCount, ordinal, rankingMoves } from './words'

const group = (id: string) => ({ id, title: id, dimensionTitle: 'Vision' })
const standing = (rank: number, dots: number) => ({
  rank,
  ranking: { dots, equalWorkshopScore: 0, breadth: 1 },
})
const empty: SynthesisChanges = {
  same: false,
  first: false,
  workshops: { added: [], removed: [] },
  groups: { added: [], removed: [], renamed: [], rewritten: [] },
  ranking: [],
  items: { added: [], removed: [], moved: [] },
}

describe('the change panel’s words', () => {
  it('writes places as a French or English reader expects', () => {
    expect([1, 2, 3, 11].map((n) => ordinal(n, 'fr'))).toEqual(['1re', '2e', '3e', '11e'])
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map((n) => ordinal(n, 'en'))).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
    ])
  })

  it('lists the biggest ranking moves first, then the biggest dot changes, and counts the rest', () => {
    const changes = {
      ...empty,
      ranking: [
        { group: group('small'), from: standing(2, 5), to: standing(3, 5) },
        { group: group('dots'), from: standing(1, 5), to: standing(1, 12) },
        { group: group('big'), from: standing(5, 1), to: standing(2, 9) },
      ],
    }
    const { shown, hidden } = rankingMoves(changes, 2)
    expect(shown.map((m) => m.group.id)).toEqual(['big', 'small'])
    expect(hidden).toBe(1)
    expect(changeCount(changes)).toBe(3)
  })
})

describe('lines under their dimension', () => {
  it('keeps the order of first appearance and lines without a dimension together', () => {
    const lines = [
      { k: 1, dimension: 'B' },
      { k: 2, dimension: 'A' },
      { k: 3, dimension: 'B' },
      { k: 4 },
    ]
    expect(byDimension(lines).map(([d, l]) => [d, l.map((x) => x.k)])).toEqual([
      ['B', [1, 3]],
      ['A', [2]],
      [undefined, [4]],
    ])
  })
})
