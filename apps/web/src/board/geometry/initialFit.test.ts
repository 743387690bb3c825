import { describe, expect, it } from 'vitest'
import { NOTE_WIDTH } from './constants'
import {
  initialFit as fitItems,
  MAX_FIT_SCALE,
  MIN_READABLE_SCALE,
  NOTE_FONT_SIZE,
  noteItem,
} from './initialFit'

const screen = { width: 1080, height: 820 }

type Size = { width: number; height: number }
const initialFit = (
  notes: { dimension: string; x: number; y: number }[],
  order: string[],
  size: Size,
) =>
  fitItems(
    notes.map((n) => noteItem(n, n.dimension)),
    order,
    size,
  )

function grid(dimension: string, x0: number, columns: number, rows: number) {
  const notes = []
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < columns; c++) notes.push({ dimension, x: x0 + c * 216, y: 132 + r * 146 })
  return notes
}

describe('initialFit', () => {
  it('fits the notes, not the frames, when they can be read', () => {
    const notes = grid('a', 32, 3, 2)
    const view = initialFit(notes, ['a', 'b'], screen)!
    expect(view.scale).toBeGreaterThanOrEqual(MIN_READABLE_SCALE)
    // The notes' left edge and right edge are both on screen.
    expect(32 * view.scale + view.x).toBeGreaterThanOrEqual(0)
    expect((32 + 2 * 216 + NOTE_WIDTH) * view.scale + view.x).toBeLessThanOrEqual(screen.width)
  })

  it('never blows one note up past the cap', () => {
    const view = initialFit([{ dimension: 'a', x: 0, y: 0 }], ['a'], screen)!
    expect(view.scale).toBe(MAX_FIT_SCALE)
  })

  it('falls back to the first dimension with notes, readable, when the whole board is not', () => {
    const notes = [...grid('b', 1500, 6, 10), ...grid('c', 3000, 6, 10)]
    const view = initialFit(notes, ['a', 'b', 'c'], screen)!
    expect(view.scale * NOTE_FONT_SIZE).toBeGreaterThanOrEqual(11)
    // The first dimension that has notes ('b') starts at the left of the screen.
    expect(1500 * view.scale + view.x).toBeGreaterThanOrEqual(0)
    expect(1500 * view.scale + view.x).toBeLessThan(screen.width / 2)
  })

  it('shows the first region’s corner at the readable scale on a narrow screen', () => {
    const notes = grid('a', 0, 8, 4)
    const view = initialFit(notes, ['a'], { width: 360, height: 600 })!
    expect(view.scale).toBeCloseTo(MIN_READABLE_SCALE)
    expect(0 * view.scale + view.x).toBeCloseTo(24)
  })

  it('keeps a cluster’s title in view and clear of the search bar', () => {
    const cluster = { rect: { x: 0, y: 100, width: 464, height: 300 }, dimension: 'a' }
    const view = fitItems([cluster, noteItem({ x: 16, y: 152 }, 'a')], ['a'], screen, {
      margin: 24,
      top: 72,
    })!
    expect(100 * view.scale + view.y).toBeCloseTo(72)
  })

  it('is null without notes', () => {
    expect(initialFit([], ['a'], screen)).toBeNull()
  })
})
