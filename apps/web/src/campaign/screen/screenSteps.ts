// Where the congress screen is: which dimension, which page of its groups.
// Pure, so the order a clicker walks through is unit-tested.

/** Auto-advance, when on: long enough to read a page of recommendations aloud. */
export const AUTO_ADVANCE_MS = 20_000

/** `page` -1 stands for the last page of the dimension, whatever its count turns out to be. */
export interface ScreenPosition {
  dimension: number
  page: number
}

/** Pages for `groups` groups, `perPage` a page (an empty dimension still shows one page). */
export function pageCount(groups: number, perPage: number): number {
  return Math.max(1, Math.ceil(groups / Math.max(1, perPage)))
}

/** The page actually shown: -1 read as the last, anything past the end clamped to it. */
export function resolvePage(page: number, pages: number): number {
  if (page < 0) return pages - 1
  return Math.min(page, pages - 1)
}

/**
 * The next step: the next page of this dimension, else the first page of
 * the next dimension, wrapping after the last (auto-advance loops).
 *
 * @example
 * nextPosition({ dimension: 0, page: 1 }, 2, 3) // { dimension: 1, page: 0 }
 */
export function nextPosition(
  at: ScreenPosition,
  pages: number,
  dimensions: number,
): ScreenPosition {
  const page = resolvePage(at.page, pages)
  if (page + 1 < pages) return { dimension: at.dimension, page: page + 1 }
  return { dimension: (at.dimension + 1) % Math.max(1, dimensions), page: 0 }
}

/**
 * The step before: the previous page, else the LAST page of the previous
 * dimension (wrapping before the first).
 *
 * @example
 * previousPosition({ dimension: 1, page: 0 }, 2, 3) // { dimension: 0, page: -1 }
 */
export function previousPosition(
  at: ScreenPosition,
  pages: number,
  dimensions: number,
): ScreenPosition {
  const page = resolvePage(at.page, pages)
  if (page > 0) return { dimension: at.dimension, page: page - 1 }
  const count = Math.max(1, dimensions)
  return { dimension: (at.dimension - 1 + count) % count, page: -1 }
}
