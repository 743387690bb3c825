import type { IdRect, Point, Rect } from './types'

// Pure hit-testing over plain rectangles: nothing here may read Konva or the
// document, so lasso and drop behaviour is tested without a canvas.

export function pointInRect(p: Point, r: Rect): boolean {
  return p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height
}

/** Strict overlap: rectangles that only touch along an edge do not intersect. */
export function rectsIntersect(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

export function rectCenter(r: Rect): Point {
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 }
}

/** Even-odd ray casting; a polygon needs at least three points to contain anything. */
export function pointInPolygon(p: Point, polygon: readonly Point[]): boolean {
  let inside = false
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i]!
    const b = polygon[j]!
    const crosses = a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x
    if (crosses) inside = !inside
  }
  return inside
}

/**
 * Items selected by a free-hand lasso: those whose centre lies inside it,
 * so grazing the corner of a note does not select it.
 * @example idsInLasso([{x:0,y:0},{x:100,y:0},{x:100,y:100},{x:0,y:100}], items)
 */
export function idsInLasso(polygon: readonly Point[], items: readonly IdRect[]): string[] {
  if (polygon.length < 3) return []
  return items.filter((item) => pointInPolygon(rectCenter(item.rect), polygon)).map((i) => i.id)
}

/** The rectangle spanned by two corners of a drag, whatever its direction. */
export function rectFromCorners(a: Point, b: Point): Rect {
  return {
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    width: Math.abs(a.x - b.x),
    height: Math.abs(a.y - b.y),
  }
}

/**
 * The cluster a dropped note lands in: the one containing the note's centre;
 * when clusters overlap, the smallest wins (it is the one the user aimed at).
 * Returns null for a drop outside every cluster.
 */
export function dropTarget(noteRect: Rect, clusters: readonly IdRect[]): string | null {
  const center = rectCenter(noteRect)
  let best: IdRect | null = null
  for (const cluster of clusters) {
    if (!pointInRect(center, cluster.rect)) continue
    if (!best || area(cluster.rect) < area(best.rect)) best = cluster
  }
  return best ? best.id : null
}

export function boundsOf(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null
  let minX = Number.POSITIVE_INFINITY
  let minY = Number.POSITIVE_INFINITY
  let maxX = Number.NEGATIVE_INFINITY
  let maxY = Number.NEGATIVE_INFINITY
  for (const r of rects) {
    minX = Math.min(minX, r.x)
    minY = Math.min(minY, r.y)
    maxX = Math.max(maxX, r.x + r.width)
    maxY = Math.max(maxY, r.y + r.height)
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY }
}

function area(r: Rect): number {
  return r.width * r.height
}
