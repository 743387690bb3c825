import { describe, expect, it } from 'vitest'
import type { Note } from '../../model'
import {
  byDimension,
  CARD_MIN,
  cardCapacity,
  cardGrid,
  MIN_CARD_FONT_PX,
  newestFirst,
  pageOf,
} from './paging'

const note = (id: string, createdAt: number, dimension = 'vision', hidden = false): Note => ({
  id,
  text: id,
  dimension,
  author: 'p',
  createdAt,
  hidden,
  byFacilitator: false,
  editedByFacilitator: false,
})

// The wall's box on a 1920x1080 projector: the screen minus the join panel and the header.
const WALL_1920 = { width: 1380, height: 860 }

describe('the collect wall kernels', () => {
  it('shows 24 cards at once on a 1920x1080 projector, at 24 px or more', () => {
    expect(cardCapacity(WALL_1920.width, WALL_1920.height)).toBe(24)
    const grid = cardGrid(24, WALL_1920.width, WALL_1920.height)
    expect(grid.columns * grid.rows).toBeGreaterThanOrEqual(24)
    expect(grid.fontPx).toBeGreaterThanOrEqual(MIN_CARD_FONT_PX)
    expect(grid.cellWidth).toBeGreaterThanOrEqual(CARD_MIN.width)
  })

  it('grows the text when few notes are in', () => {
    const few = cardGrid(3, WALL_1920.width, WALL_1920.height)
    expect(few.fontPx).toBeGreaterThan(40)
    expect(cardGrid(12, WALL_1920.width, WALL_1920.height).fontPx).toBeGreaterThan(24)
  })

  it('holds fewer cards per page on a small screen, never shrinking text below 24 px', () => {
    const small = cardCapacity(660, 560)
    expect(small).toBeLessThan(24)
    expect(small).toBeGreaterThanOrEqual(6)
    expect(cardGrid(small, 660, 560).fontPx).toBeGreaterThanOrEqual(MIN_CARD_FONT_PX)
    expect(cardCapacity(100, 100)).toBe(1)
  })

  it('orders notes newest first and leaves hidden notes out', () => {
    const notes = [note('a', 1), note('b', 3), note('c', 2), note('d', 5, 'vision', true)]
    expect(newestFirst(notes).map((n) => n.id)).toEqual(['b', 'c', 'a'])
  })

  it('pages 40 notes by 24: the newest 24 first, then the 16 older, wrapping round', () => {
    const notes = newestFirst(Array.from({ length: 40 }, (_, i) => note(`n${i}`, i)))
    const first = pageOf(notes, 24, 0)
    expect(first).toMatchObject({ first: 1, last: 24, page: 0, pages: 2 })
    expect(first.items[0]!.id).toBe('n39')
    expect(pageOf(notes, 24, 1)).toMatchObject({ first: 25, last: 40, page: 1 })
    expect(pageOf(notes, 24, 2).page).toBe(0)
    expect(pageOf([], 24, 0)).toMatchObject({ items: [], pages: 1 })
  })

  it('groups a page by dimension in the board order, keeping the order inside each', () => {
    const items = [
      note('a', 1, 'reseau'),
      note('b', 1, 'vision'),
      note('c', 1, 'reseau'),
      note('d', 1, 'x'),
    ]
    expect(byDimension(items, ['vision', 'efficacite', 'reseau']).map((n) => n.id)).toEqual([
      'b',
      'a',
      'c',
      'd',
    ])
  })
})
