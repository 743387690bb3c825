import { describe, expect, it } from 'vitest'
import { rectsIntersect } from '../geometry/hitTest'
import type { IdRect } from '../geometry/types'
import { settle } from './settle'

function apply(items: IdRect[], moved: Record<string, { x: number; y: number }>): IdRect[] {
  return items.map((i) => ({ id: i.id, rect: { ...i.rect, ...(moved[i.id] ?? {}) } }))
}

function overlaps(items: IdRect[]): string[] {
  const pairs: string[] = []
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++)
      if (rectsIntersect(items[i]!.rect, items[j]!.rect))
        pairs.push(`${items[i]!.id}/${items[j]!.id}`)
  return pairs
}

describe('settle', () => {
  it('leaves items that overlap nothing where they are', () => {
    const fixed = [{ id: 'c1', rect: { x: 0, y: 0, width: 100, height: 100 } }]
    expect(settle(fixed, [{ id: 'n', rect: { x: 200, y: 0, width: 50, height: 50 } }])).toEqual({})
  })

  it('pushes a grown cluster’s neighbours down, in a chain, until nothing overlaps', () => {
    const fixed = [{ id: 'grown', rect: { x: 0, y: 0, width: 400, height: 500 } }]
    const movable = [
      { id: 'c2', rect: { x: 0, y: 300, width: 400, height: 300 } },
      { id: 'c3', rect: { x: 100, y: 620, width: 300, height: 200 } },
      { id: 'n1', rect: { x: 350, y: 450, width: 200, height: 130 } },
      { id: 'far', rect: { x: 2000, y: 0, width: 200, height: 130 } },
    ]
    const moved = settle(fixed, movable)
    expect(moved.far).toBeUndefined()
    const after = apply([...fixed, ...movable], moved)
    expect(overlaps(after)).toEqual([])
    // Pushed down only: x never changes (items stay in their dimension's frame).
    for (const [id, p] of Object.entries(moved))
      expect(p.x).toBe(movable.find((m) => m.id === id)!.rect.x)
  })

  it('separates items that already overlapped each other', () => {
    const movable = [
      { id: 'a', rect: { x: 0, y: 0, width: 200, height: 200 } },
      { id: 'b', rect: { x: 50, y: 50, width: 200, height: 200 } },
      { id: 'c', rect: { x: 10, y: 10, width: 200, height: 200 } },
    ]
    expect(overlaps(apply(movable, settle([], movable)))).toEqual([])
  })
})
