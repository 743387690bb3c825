import { describe, expect, it } from 'vitest'
import { paginate } from './paginate'

describe('paginate', () => {
  it('fills a page while the items and their gaps fit', () => {
    expect(paginate([300, 300, 300], 700, 20, 5)).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 3 },
    ])
    // 300 + 20 + 300 + 20 + 300 = 940: exactly fits.
    expect(paginate([300, 300, 300], 940, 20, 5)).toEqual([{ start: 0, end: 3 }])
  })

  it('never puts more than `max` on a page', () => {
    expect(paginate([10, 10, 10, 10, 10], 1000, 5, 2)).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
      { start: 4, end: 5 },
    ])
  })

  it('gives an item taller than the box a page of its own, and an empty list one page', () => {
    expect(paginate([100, 900, 100], 500, 10, 5)).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 2 },
      { start: 2, end: 3 },
    ])
    expect(paginate([], 500, 10, 5)).toEqual([{ start: 0, end: 0 }])
  })
})
