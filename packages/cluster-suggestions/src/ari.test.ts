import { describe, expect, it } from 'vitest'
import { adjustedRandIndex } from './ari.js'

describe('adjustedRandIndex', () => {
  it('is 1 for identical partitions, whatever the label names', () => {
    expect(adjustedRandIndex(['a', 'a', 'b', 'c'], ['a', 'a', 'b', 'c'])).toBe(1)
    expect(adjustedRandIndex(['a', 'a', 'b', 'c'], ['x', 'x', 'z', 'y'])).toBe(1)
  })

  it('matches textbook values', () => {
    // Contingency [[2,1,0],[0,1,2]]: index 2, expected 6*3/15 = 1.2, max 4.5.
    expect(
      adjustedRandIndex(['a', 'a', 'a', 'b', 'b', 'b'], ['a', 'a', 'b', 'b', 'c', 'c']),
    ).toBeCloseTo(0.8 / 3.3, 12)
    // scikit-learn's documented examples.
    expect(adjustedRandIndex(['0', '0', '1', '2'], ['0', '0', '1', '1'])).toBeCloseTo(
      0.5714285714,
      9,
    )
    expect(adjustedRandIndex(['0', '0', '1', '1'], ['0', '1', '0', '1'])).toBeCloseTo(-0.5, 12)
  })

  it('is symmetric', () => {
    const a = ['a', 'a', 'b', 'b', 'c', 'c', 'c']
    const b = ['x', 'y', 'y', 'y', 'z', 'z', 'x']
    expect(adjustedRandIndex(a, b)).toBeCloseTo(adjustedRandIndex(b, a), 12)
  })

  it('treats agreeing degenerate partitions as identical', () => {
    expect(adjustedRandIndex(['a', 'b', 'c'], ['x', 'y', 'z'])).toBe(1)
    expect(adjustedRandIndex(['a', 'a'], ['b', 'b'])).toBe(1)
    expect(adjustedRandIndex([], [])).toBe(1)
  })

  it('rejects partitions of different sizes', () => {
    expect(() => adjustedRandIndex(['a'], ['a', 'b'])).toThrow(RangeError)
  })
})
