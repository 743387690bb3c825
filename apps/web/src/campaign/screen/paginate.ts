/** One page of a dimension: the groups from `start` (included) to `end` (excluded). */
export interface PageRange {
  start: number
  end: number
}

/**
 * Cuts a list of measured heights into pages that fit `available` pixels
 * (with `gap` between two items), at most `max` a page, in order. An item
 * taller than the box alone gets a page of its own (the caller then steps
 * the type down). An empty list is one empty page. Pure.
 *
 * @example
 * paginate([300, 300, 300], 700, 20, 5) // [{ start: 0, end: 2 }, { start: 2, end: 3 }]
 */
export function paginate(
  heights: readonly number[],
  available: number,
  gap: number,
  max: number,
): PageRange[] {
  if (heights.length === 0) return [{ start: 0, end: 0 }]
  const pages: PageRange[] = []
  let start = 0
  let used = 0
  for (let i = 0; i < heights.length; i++) {
    const height = heights[i]!
    const count = i - start
    const next = count === 0 ? height : used + gap + height
    if (count > 0 && (next > available || count >= max)) {
      pages.push({ start, end: i })
      start = i
      used = height
    } else used = next
  }
  pages.push({ start, end: heights.length })
  return pages
}
