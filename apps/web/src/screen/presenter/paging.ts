// Pure kernels of the presenter views: which cards, in what order, how many
// per page, how large. The views measure their box and ask these.

import type { Note } from '../../model'

/** Smallest note text on the projector: readable from the back of a hall at 1920x1080. */
export const MIN_CARD_FONT_PX = 24

/** Most cards on one page of the wall (the "up to 24 notes, all at once"). */
export const WALL_MAX_CARDS = 24

/** Visible notes, newest first (ties by id, so every projector agrees). */
export function newestFirst(notes: Iterable<Note>): Note[] {
  return [...notes]
    .filter((n) => !n.hidden)
    .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** The smallest cell a card may have (text at the smallest font, padding, gap), in CSS px. */
export const CARD_MIN = { width: 220, height: 160 }

/** A grid of equal cells for `count` cards in a box, and the font that fills them. */
export interface CardGrid {
  columns: number
  rows: number
  cellWidth: number
  cellHeight: number
  fontPx: number
}

/**
 * The grid that gives `count` cards the largest cells in a `width` x `height`
 * box (cards read best a little wider than tall), and a font sized to the
 * cell: never below MIN_CARD_FONT_PX, at most 56 px for a handful of cards.
 *
 * @example
 * cardGrid(24, 1380, 860) // { columns: 6, rows: 4, fontPx: 24, ... }
 */
export function cardGrid(count: number, width: number, height: number): CardGrid {
  const n = Math.max(1, count)
  let best: CardGrid | null = null
  let bestScore = -1
  for (let columns = 1; columns <= n; columns++) {
    const rows = Math.ceil(n / columns)
    const cellWidth = width / columns
    const cellHeight = height / rows
    const score = Math.min(cellWidth / 1.3, cellHeight)
    if (score > bestScore) {
      bestScore = score
      const fitted = Math.floor(Math.min(cellWidth / 10, cellHeight / 6.5))
      best = {
        columns,
        rows,
        cellWidth,
        cellHeight,
        fontPx: Math.max(MIN_CARD_FONT_PX, Math.min(56, fitted)),
      }
    }
  }
  return best!
}

/**
 * How many cards one page holds in a box: the most (up to `max`) whose grid
 * cells are still at least CARD_MIN, and never fewer than 1.
 *
 * @example
 * cardCapacity(1380, 860) // 24
 */
export function cardCapacity(
  width: number,
  height: number,
  max = WALL_MAX_CARDS,
  min: { width: number; height: number } = CARD_MIN,
): number {
  for (let n = max; n > 1; n--) {
    const grid = cardGrid(n, width, height)
    if (grid.cellWidth >= min.width && grid.cellHeight >= min.height) return n
  }
  return 1
}

/** Number of pages for `total` items, `capacity` per page (at least 1). */
export function pageCount(total: number, capacity: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, capacity)))
}

/** The items of page `index` (wrapped into range), and where they sit in the whole list. */
export function pageOf<T>(
  items: readonly T[],
  capacity: number,
  index: number,
): { items: T[]; first: number; last: number; page: number; pages: number } {
  const size = Math.max(1, capacity)
  const pages = pageCount(items.length, size)
  const page = ((index % pages) + pages) % pages
  const slice = items.slice(page * size, page * size + size)
  return { items: slice, first: page * size + 1, last: page * size + slice.length, page, pages }
}

/**
 * The cards of a page in dimension order (the board's), keeping their order
 * within a dimension: the wall groups them so each dimension reads as a block.
 * Cards of unknown dimensions come last.
 *
 * @example
 * byDimension([{ dimension: 'b' }, { dimension: 'a' }], ['a', 'b']) // a first
 */
export function byDimension<T extends { dimension: string }>(
  items: readonly T[],
  dimensionOrder: readonly string[],
): T[] {
  const rank = (d: string) => {
    const i = dimensionOrder.indexOf(d)
    return i < 0 ? dimensionOrder.length : i
  }
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(a.item.dimension) - rank(b.item.dimension) || a.index - b.index)
    .map((x) => x.item)
}
