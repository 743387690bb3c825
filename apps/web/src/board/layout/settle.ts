import { GAP } from '../geometry/constants'
import { rectsIntersect } from '../geometry/hitTest'
import type { IdRect, Point } from '../geometry/types'

/**
 * Pushes `movable` items (clusters, loose notes) straight down until none
 * overlaps another or any of `fixed` (what the user just placed), keeping a
 * GAP. Items are taken top to bottom, each against everything settled before
 * it, so the result has no overlapping pair; moving only downwards keeps
 * every item in its dimension's column (frames grow to follow). Returns the
 * new top-left corner of each item that moved.
 *
 * @example settle([{ id: 'c1', rect }], [{ id: 'n4', rect: under }]) // { n4: { x, y: below c1 } }
 */
export function settle(
  fixed: readonly IdRect[],
  movable: readonly IdRect[],
): Record<string, Point> {
  const placed = fixed.map((f) => f.rect)
  const moved: Record<string, Point> = {}
  const order = [...movable].sort((a, b) => a.rect.y - b.rect.y || a.rect.x - b.rect.x)
  for (const item of order) {
    const rect = { ...item.rect }
    for (;;) {
      const hit = placed.find((p) => rectsIntersect(p, rect))
      if (!hit) break
      rect.y = hit.y + hit.height + GAP
    }
    placed.push(rect)
    if (rect.y !== item.rect.y) moved[item.id] = { x: rect.x, y: rect.y }
  }
  return moved
}
