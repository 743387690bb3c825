import type { Point, Rect } from '../geometry/types'
import { arrangeCluster } from './clusterGrid'

export interface Member extends Point {
  id: string
}

/**
 * Re-flows a cluster after notes joined or moved in it: every member in the
 * cluster's tidy grid (so no two notes overlap and all sit inside the frame),
 * reading order taken from where the notes are (a note dropped between two
 * others lands between them), the frame's top-left corner kept.
 */
export function reflowCluster(
  origin: Point,
  members: readonly Member[],
): { rect: Rect; positions: Record<string, Point> } {
  // Row bands half a note high, so slightly uneven rows still read left to right.
  const ordered = [...members].sort(
    (a, b) => Math.round((a.y - origin.y) / 70) - Math.round((b.y - origin.y) / 70) || a.x - b.x,
  )
  return arrangeCluster(
    origin,
    ordered.map((m) => m.id),
  )
}
