import { describe, expect, it } from 'vitest'
import { fitBounds, MAX_SCALE, toWorld, visibleWorld, zoomAt } from './viewport'

describe('zoomAt', () => {
  it('keeps the point under the cursor fixed', () => {
    const view = { x: 30, y: -20, scale: 0.5 }
    const cursor = { x: 400, y: 300 }
    const before = toWorld(view, cursor)
    const after = toWorld(zoomAt(view, cursor, 1.7), cursor)
    expect(after.x).toBeCloseTo(before.x)
    expect(after.y).toBeCloseTo(before.y)
  })

  it('clamps the scale', () => {
    expect(zoomAt({ x: 0, y: 0, scale: 3 }, { x: 0, y: 0 }, 10).scale).toBe(MAX_SCALE)
  })
})

describe('fitBounds', () => {
  it('centres the bounds and fits the limiting side', () => {
    const view = fitBounds(
      { x: 100, y: 100, width: 1000, height: 200 },
      { width: 548, height: 400 },
      24,
    )
    expect(view.scale).toBeCloseTo(0.5)
    // The bounds' centre (600, 200) lands on the screen's centre (274, 200).
    expect(600 * view.scale + view.x).toBeCloseTo(274)
    expect(200 * view.scale + view.y).toBeCloseTo(200)
  })

  it('can hold the bounds to the top edge', () => {
    const view = fitBounds(
      { x: 0, y: 50, width: 1000, height: 200 },
      { width: 548, height: 400 },
      24,
      'top',
    )
    expect(50 * view.scale + view.y).toBeCloseTo(24)
  })
})

describe('visibleWorld', () => {
  it('is the world rectangle under the screen, grown by the margin', () => {
    const view = { x: -200, y: -100, scale: 0.5 }
    const screen = { width: 800, height: 600 }
    expect(visibleWorld(view, screen, 0)).toEqual({ x: 400, y: 200, width: 1600, height: 1200 })
    expect(visibleWorld(view, screen, 0.25)).toEqual({ x: 0, y: -100, width: 2400, height: 1800 })
    // Its corners are where the screen's corners land in the world.
    expect(toWorld(view, { x: 0, y: 0 })).toEqual({ x: 400, y: 200 })
    expect(toWorld(view, { x: 800, y: 600 })).toEqual({ x: 2000, y: 1400 })
  })
})
