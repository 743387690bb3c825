import { GAP, NOTE_HEIGHT, NOTE_WIDTH } from '../geometry/constants'
import { rectsIntersect } from '../geometry/hitTest'
import type { Point, Rect } from '../geometry/types'

/**
 * Finds free room for a `size` rectangle in `area` (whose height is treated as
 * unbounded: frames grow downwards) that overlaps no obstacle, keeping a GAP
 * around it. Bottom-left heuristic: the highest row first, then the leftmost
 * spot; candidates are the area's corner and the right/bottom edges of
 * obstacles, so the search is exact without scanning pixels.
 */
export function findFreeSpot(
  area: Rect,
  size: { width: number; height: number },
  obstacles: readonly Rect[],
): Point {
  const xs = new Set<number>([area.x])
  const ys = new Set<number>([area.y])
  for (const o of obstacles) {
    xs.add(o.x + o.width + GAP)
    ys.add(o.y + o.height + GAP)
  }
  const right = area.x + area.width
  const columns = [...xs]
    .filter((x) => x >= area.x && x + size.width <= right)
    .sort((a, b) => a - b)
  const rows = [...ys].filter((y) => y >= area.y).sort((a, b) => a - b)
  for (const y of rows) {
    for (const x of columns) {
      if (isFree({ x, y, ...size }, obstacles)) return { x, y }
    }
  }
  // Below everything is always free.
  const lowest = obstacles.reduce((max, o) => Math.max(max, o.y + o.height + GAP), area.y)
  return { x: area.x, y: lowest }
}

/**
 * Places `count` notes in the free slots of a grid over `area`, row by row,
 * skipping slots that overlap an obstacle. Returns positions in order; the
 * obstacles list is not mutated.
 */
export function freeNoteSlots(area: Rect, count: number, obstacles: readonly Rect[]): Point[] {
  const columns = Math.max(1, Math.floor((area.width + GAP) / (NOTE_WIDTH + GAP)))
  const taken = [...obstacles]
  const slots: Point[] = []
  for (let index = 0; slots.length < count; index++) {
    const x = area.x + (index % columns) * (NOTE_WIDTH + GAP)
    const y = area.y + Math.floor(index / columns) * (NOTE_HEIGHT + GAP)
    const rect = { x, y, width: NOTE_WIDTH, height: NOTE_HEIGHT }
    if (!isFree(rect, taken)) continue
    taken.push(rect)
    slots.push({ x, y })
  }
  return slots
}

function isFree(rect: Rect, obstacles: readonly Rect[]): boolean {
  // Inflate by just under GAP so neighbours keep their spacing but exact
  // grid neighbours (GAP apart) still count as free.
  const margin = GAP - 1
  const grown = {
    x: rect.x - margin,
    y: rect.y - margin,
    width: rect.width + 2 * margin,
    height: rect.height + 2 * margin,
  }
  return obstacles.every((o) => !rectsIntersect(grown, o))
}
