import { describe, expect, it } from 'vitest'
import { NOTE_HEIGHT, NOTE_WIDTH } from '../geometry/constants'
import { rectsIntersect } from '../geometry/hitTest'
import { reflowCluster } from './reflow'

describe('reflowCluster', () => {
  it('puts every member inside the frame, none overlapping, reading order kept', () => {
    const origin = { x: 100, y: 100 }
    const members = [
      { id: 'a', x: 116, y: 152 },
      { id: 'b', x: 332, y: 152 },
      // Dropped on top of 'a', a little to its right: goes after it.
      { id: 'new', x: 140, y: 160 },
      { id: 'c', x: 116, y: 298 },
    ]
    const { rect, positions } = reflowCluster(origin, members)
    expect(rect.x).toBe(100)
    expect(rect.y).toBe(100)
    const rects = Object.values(positions).map((p) => ({
      ...p,
      width: NOTE_WIDTH,
      height: NOTE_HEIGHT,
    }))
    for (const r of rects) {
      expect(r.x).toBeGreaterThanOrEqual(rect.x)
      expect(r.y).toBeGreaterThanOrEqual(rect.y)
      expect(r.x + r.width).toBeLessThanOrEqual(rect.x + rect.width)
      expect(r.y + r.height).toBeLessThanOrEqual(rect.y + rect.height)
    }
    for (let i = 0; i < rects.length; i++)
      for (let j = i + 1; j < rects.length; j++)
        expect(rectsIntersect(rects[i]!, rects[j]!)).toBe(false)
    const order = Object.entries(positions)
      .sort(([, p], [, q]) => p.y - q.y || p.x - q.x)
      .map(([id]) => id)
    expect(order).toEqual(['a', 'new', 'b', 'c'])
  })
})
