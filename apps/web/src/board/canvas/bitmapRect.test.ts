import { describe, expect, it } from 'vitest'
import { bitmapRect, MAX_BITMAP_PIXELS } from './bitmapRect'

describe('bitmapRect', () => {
  const area = { x: -1000, y: -500, width: 30_000, height: 15_000 }
  const content = { x: 0, y: 0, width: 20_000, height: 8_000 }

  it('holds the content only, with its outlines, when the whole board is in view', () => {
    const view = { x: 100, y: 80, scale: 0.05 }
    const rect = bitmapRect(view, area, content, 10, 1)
    expect(rect).not.toBeNull()
    if (!rect) return
    expect(rect.x).toBeLessThanOrEqual(-10)
    expect(rect.x).toBeGreaterThan(-10 - 1 / view.scale)
    expect(rect.x + rect.width).toBeCloseTo(20_010, 6)
    expect(rect.y + rect.height).toBeCloseTo(8_010, 6)
    // One device pixel per world unit times the scale: the copy is not resampled.
    expect(rect.pixelRatio).toBe(0.05)
  })

  it('puts its origin on a whole device pixel of the screen, whatever the view', () => {
    for (const dpr of [1, 2, 3]) {
      const view = { x: 123.37, y: -45.81, scale: 0.37 }
      const rect = bitmapRect(view, area, { x: 0, y: 0, width: 3_000, height: 2_000 }, 5, dpr)
      if (!rect) throw new Error('no bitmap')
      const screenX = dpr * (view.x + view.scale * rect.x)
      const screenY = dpr * (view.y + view.scale * rect.y)
      expect(Math.abs(screenX - Math.round(screenX))).toBeLessThan(1e-6)
      expect(Math.abs(screenY - Math.round(screenY))).toBeLessThan(1e-6)
      // And never inside the content it must hold.
      expect(rect.x).toBeLessThanOrEqual(-5)
    }
  })

  it('is cut to what the cull keeps drawn when zoomed in', () => {
    const view = { x: 0, y: 0, scale: 1 }
    const drawn = { x: 5_000, y: 2_000, width: 2_160, height: 1_350 }
    const rect = bitmapRect(view, drawn, content, 10, 1)
    expect(rect).toEqual({ x: 5_000, y: 2_000, width: 2_160, height: 1_350, pixelRatio: 1 })
  })

  it('is none without content in view, or past its memory bound', () => {
    const view = { x: 0, y: 0, scale: 1 }
    expect(bitmapRect(view, area, null, 10, 1)).toBeNull()
    const elsewhere = { x: 50_000, y: 0, width: 1000, height: 1000 }
    expect(bitmapRect(view, elsewhere, content, 10, 1)).toBeNull()
    const side = Math.ceil(Math.sqrt(MAX_BITMAP_PIXELS)) + 1
    const huge = { x: 0, y: 0, width: side, height: side }
    expect(bitmapRect(view, huge, huge, 0, 1)).toBeNull()
    expect(bitmapRect(view, { ...huge, width: side / 2 }, huge, 0, 1)).not.toBeNull()
  })
})
