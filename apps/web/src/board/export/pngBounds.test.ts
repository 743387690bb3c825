import { describe, expect, it } from 'vitest'
import { FRAME_SPACING, FRAME_WIDTH } from '../geometry/constants'
import { frameRects } from '../layout/frames'
import { exportBounds, exportPixelRatio, imageSize, PNG_LIMITS } from './pngBounds'

describe('exportBounds', () => {
  it('is null for an empty board', () => {
    expect(exportBounds([], [], 40)).toBeNull()
  })

  it('covers every frame of the board, not a viewport, with a margin', () => {
    const frames = [
      ...frameRects([
        { id: 'a', order: 0 },
        { id: 'b', order: 1 },
        { id: 'c', order: 2 },
      ]).values(),
    ]
    const bounds = exportBounds(frames, [], 40)!
    expect(bounds.x).toBe(-40)
    expect(bounds.y).toBe(-40)
    expect(bounds.width).toBe(3 * FRAME_WIDTH + 2 * FRAME_SPACING + 80)
    expect(bounds.height).toBe(frames[0]!.height + 80)
  })

  it('reaches items that lie outside every frame', () => {
    const frame = { x: 0, y: 0, width: 100, height: 100 }
    const stray = { x: -50, y: 180, width: 20, height: 30 }
    expect(exportBounds([frame], [stray], 0)).toEqual({ x: -50, y: 0, width: 150, height: 210 })
  })

  it('rounds outwards to whole units', () => {
    expect(exportBounds([{ x: 0.4, y: 0.6, width: 10.2, height: 10 }], [], 0)).toEqual({
      x: 0,
      y: 0,
      width: 11,
      height: 10,
    })
  })
})

describe('exportPixelRatio', () => {
  const rect = (width: number, height: number) => ({ x: 0, y: 0, width, height })

  it('uses the wanted ratio when the image stays within the limits', () => {
    expect(exportPixelRatio(rect(1000, 800))).toBe(PNG_LIMITS.pixelRatio)
  })

  it('holds the longest side to the limit', () => {
    const ratio = exportPixelRatio(rect(16000, 1000))
    expect(ratio).toBe(0.5)
    expect(imageSize(rect(16000, 1000), ratio).width).toBe(PNG_LIMITS.maxSide)
  })

  it('holds the area to the limit', () => {
    const bounds = rect(5000, 5000)
    const { width, height } = imageSize(bounds, exportPixelRatio(bounds))
    expect(width * height).toBeLessThanOrEqual(PNG_LIMITS.maxArea * 1.001)
    expect(width).toBe(Math.round(Math.sqrt(PNG_LIMITS.maxArea)))
  })

  it('gives a Lyon-sized board (three frames) an image wider than 2000 px', () => {
    const bounds = rect(3 * FRAME_WIDTH + 2 * FRAME_SPACING + 80, 2600)
    expect(imageSize(bounds, exportPixelRatio(bounds)).width).toBeGreaterThan(2000)
  })
})
