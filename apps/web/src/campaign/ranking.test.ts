import { describe, expect, it } from 'vitest'
import { formatShare, sortGroups } from './ranking'
import type { SynthesisGroup } from './types'

const group = (id: string, dots: number, equalWorkshopScore: number, breadth: number) =>
  ({ id, ranking: { dots, equalWorkshopScore, breadth } }) as SynthesisGroup

describe('sortGroups', () => {
  const big = group('g:big', 40, 0.1, 1) // one large workshop's favourite
  const fair = group('g:fair', 20, 0.3, 2) // strong in two small workshops
  const wide = group('g:wide', 10, 0.2, 3) // raised everywhere
  const groups = [wide, big, fair]

  it('orders by raw dots, by every workshop counting the same, or by breadth', () => {
    expect(sortGroups(groups, 'dots').map((g) => g.id)).toEqual(['g:big', 'g:fair', 'g:wide'])
    expect(sortGroups(groups, 'equal').map((g) => g.id)).toEqual(['g:fair', 'g:wide', 'g:big'])
    expect(sortGroups(groups, 'breadth').map((g) => g.id)).toEqual(['g:wide', 'g:fair', 'g:big'])
  })

  it('breaks ties by the other rankings, then by id, and leaves its input alone', () => {
    const a = group('g:a', 5, 0.1, 1)
    const b = group('g:b', 5, 0.2, 1)
    const c = group('g:c', 5, 0.2, 1)
    expect(sortGroups([c, a, b], 'dots').map((g) => g.id)).toEqual(['g:b', 'g:c', 'g:a'])
    const input = [a, b]
    sortGroups(input, 'equal')
    expect(input).toEqual([a, b])
  })
})

describe('formatShare', () => {
  it('shows whole percentages, one decimal under 10 %, in French or English', () => {
    // French puts a no-break space (narrow or not, by ICU version) before %.
    expect(formatShare(0.1234, 'fr')).toMatch(/^12[\u00a0\u202f]%$/)
    expect(formatShare(0.1234, 'en')).toBe('12%')
    expect(formatShare(0.0412, 'fr')).toMatch(/^4,1[\u00a0\u202f]%$/)
    expect(formatShare(0, 'en')).toBe('0%')
    expect(formatShare(1, 'en')).toBe('100%')
  })
})
