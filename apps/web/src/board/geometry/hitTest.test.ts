import { describe, expect, it } from 'vitest'
import {
  boundsOf,
  dropTarget,
  idsInLasso,
  pointInPolygon,
  rectFromCorners,
  rectsIntersect,
} from './hitTest'

const square = [
  { x: 0, y: 0 },
  { x: 100, y: 0 },
  { x: 100, y: 100 },
  { x: 0, y: 100 },
]

describe('pointInPolygon', () => {
  it('handles a concave lasso', () => {
    // A "U" shape: the notch between the arms is outside.
    const u = [
      { x: 0, y: 0 },
      { x: 30, y: 0 },
      { x: 30, y: 70 },
      { x: 70, y: 70 },
      { x: 70, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 100 },
      { x: 0, y: 100 },
    ]
    expect(pointInPolygon({ x: 15, y: 20 }, u)).toBe(true)
    expect(pointInPolygon({ x: 50, y: 20 }, u)).toBe(false)
    expect(pointInPolygon({ x: 50, y: 90 }, u)).toBe(true)
  })

  it('contains nothing with fewer than three points', () => {
    expect(
      idsInLasso(square.slice(0, 2), [{ id: 'a', rect: { x: 0, y: 0, width: 1, height: 1 } }]),
    ).toEqual([])
  })
})

describe('idsInLasso', () => {
  it('selects items whose centre is inside, not those it grazes', () => {
    const items = [
      { id: 'in', rect: { x: 10, y: 10, width: 20, height: 20 } },
      { id: 'graze', rect: { x: 90, y: 90, width: 40, height: 40 } },
      { id: 'out', rect: { x: 200, y: 200, width: 20, height: 20 } },
    ]
    expect(idsInLasso(square, items)).toEqual(['in'])
  })
})

describe('dropTarget', () => {
  const clusters = [
    { id: 'big', rect: { x: 0, y: 0, width: 500, height: 500 } },
    { id: 'small', rect: { x: 100, y: 100, width: 200, height: 200 } },
  ]

  it('picks the smallest cluster containing the note centre', () => {
    expect(dropTarget({ x: 150, y: 150, width: 40, height: 40 }, clusters)).toBe('small')
    expect(dropTarget({ x: 350, y: 350, width: 40, height: 40 }, clusters)).toBe('big')
  })

  it('returns null outside every cluster', () => {
    expect(dropTarget({ x: 600, y: 600, width: 40, height: 40 }, clusters)).toBeNull()
  })

  it('uses the centre, so a note overlapping an edge lands where most of it is', () => {
    expect(dropTarget({ x: 480, y: 0, width: 100, height: 40 }, clusters)).toBeNull()
    expect(dropTarget({ x: 440, y: 0, width: 100, height: 40 }, clusters)).toBe('big')
  })
})

describe('rectangles', () => {
  it('normalises a drag in any direction', () => {
    expect(rectFromCorners({ x: 10, y: 50 }, { x: 0, y: 0 })).toEqual({
      x: 0,
      y: 0,
      width: 10,
      height: 50,
    })
  })

  it('does not count touching edges as overlap', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 }
    expect(rectsIntersect(a, { x: 10, y: 0, width: 10, height: 10 })).toBe(false)
    expect(rectsIntersect(a, { x: 9, y: 9, width: 10, height: 10 })).toBe(true)
  })

  it('bounds a set of rectangles', () => {
    expect(boundsOf([])).toBeNull()
    expect(
      boundsOf([
        { x: 0, y: 5, width: 10, height: 10 },
        { x: -5, y: 0, width: 2, height: 2 },
      ]),
    ).toEqual({ x: -5, y: 0, width: 15, height: 15 })
  })
})
