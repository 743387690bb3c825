import { describe, expect, it } from 'vitest'
import { nextPosition, pageCount, previousPosition, resolvePage } from './screenSteps'

describe('congress screen steps', () => {
  it('counts pages, an empty dimension being one page', () => {
    expect(pageCount(0, 4)).toBe(1)
    expect(pageCount(4, 4)).toBe(1)
    expect(pageCount(9, 4)).toBe(3)
  })

  it('reads -1 as the last page and clamps a page past the end', () => {
    expect(resolvePage(-1, 3)).toBe(2)
    expect(resolvePage(5, 3)).toBe(2)
    expect(resolvePage(1, 3)).toBe(1)
  })

  it('walks forward through pages, then dimensions, and loops', () => {
    expect(nextPosition({ dimension: 0, page: 0 }, 2, 3)).toEqual({ dimension: 0, page: 1 })
    expect(nextPosition({ dimension: 0, page: 1 }, 2, 3)).toEqual({ dimension: 1, page: 0 })
    expect(nextPosition({ dimension: 2, page: -1 }, 2, 3)).toEqual({ dimension: 0, page: 0 })
  })

  it('walks back to the last page of the dimension before', () => {
    expect(previousPosition({ dimension: 1, page: 1 }, 2, 3)).toEqual({ dimension: 1, page: 0 })
    expect(previousPosition({ dimension: 1, page: 0 }, 2, 3)).toEqual({ dimension: 0, page: -1 })
    expect(previousPosition({ dimension: 0, page: 0 }, 1, 3)).toEqual({ dimension: 2, page: -1 })
  })
})
