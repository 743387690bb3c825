import {
  CLUSTER_HEADER,
  CLUSTER_MAX_COLUMNS,
  CLUSTER_PADDING,
  GAP,
  NOTE_HEIGHT,
  NOTE_WIDTH,
} from '../geometry/constants'
import type { Point, Rect } from '../geometry/types'

/** Columns of a cluster holding `count` notes: square-ish, never wider than three notes. */
export function clusterColumns(count: number): number {
  return Math.max(1, Math.min(CLUSTER_MAX_COLUMNS, Math.ceil(Math.sqrt(count))))
}

/** The size of a cluster that holds `count` notes in a tidy grid (an empty one holds one slot). */
export function clusterSize(count: number): { width: number; height: number } {
  const columns = clusterColumns(count)
  const rows = Math.max(1, Math.ceil(count / columns))
  return {
    width: 2 * CLUSTER_PADDING + columns * NOTE_WIDTH + (columns - 1) * GAP,
    height: CLUSTER_HEADER + CLUSTER_PADDING + rows * NOTE_HEIGHT + (rows - 1) * GAP,
  }
}

/** Position of the `index`th note of a cluster laid out by `clusterSize`. */
export function clusterSlot(cluster: Rect, index: number, columns: number): Point {
  const column = index % columns
  const row = Math.floor(index / columns)
  return {
    x: cluster.x + CLUSTER_PADDING + column * (NOTE_WIDTH + GAP),
    y: cluster.y + CLUSTER_HEADER + row * (NOTE_HEIGHT + GAP),
  }
}

/**
 * Lays `noteIds` out in a fresh cluster whose top-left corner is `origin`:
 * used when the facilitator makes a cluster from a selection ("tidy up").
 */
export function arrangeCluster(
  origin: Point,
  noteIds: readonly string[],
): { rect: Rect; positions: Record<string, Point> } {
  const size = clusterSize(noteIds.length)
  const rect = { x: origin.x, y: origin.y, ...size }
  const columns = clusterColumns(noteIds.length)
  const positions: Record<string, Point> = {}
  noteIds.forEach((id, index) => {
    positions[id] = clusterSlot(rect, index, columns)
  })
  return { rect, positions }
}

/** How many note columns fit in an existing cluster's width. */
export function columnsFitting(cluster: Rect): number {
  return Math.max(1, Math.floor((cluster.width - 2 * CLUSTER_PADDING + GAP) / (NOTE_WIDTH + GAP)))
}

/**
 * A cluster grown (never shrunk) so `note` sits inside it with padding.
 * Returns the same object when nothing changes, so callers can compare by identity.
 */
export function growToContain(cluster: Rect, note: Rect): Rect {
  const inside =
    note.x - CLUSTER_PADDING >= cluster.x &&
    note.y - CLUSTER_HEADER >= cluster.y &&
    note.x + note.width + CLUSTER_PADDING <= cluster.x + cluster.width &&
    note.y + note.height + CLUSTER_PADDING <= cluster.y + cluster.height
  if (inside) return cluster
  const right = Math.max(cluster.x + cluster.width, note.x + note.width + CLUSTER_PADDING)
  const bottom = Math.max(cluster.y + cluster.height, note.y + note.height + CLUSTER_PADDING)
  const x = Math.min(cluster.x, note.x - CLUSTER_PADDING)
  const y = Math.min(cluster.y, note.y - CLUSTER_HEADER)
  return { x, y, width: right - x, height: bottom - y }
}
