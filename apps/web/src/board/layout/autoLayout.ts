import { NOTE_HEIGHT, NOTE_WIDTH } from '../geometry/constants'
import { rectCenter, rectsIntersect } from '../geometry/hitTest'
import type { Point, Rect } from '../geometry/types'
import {
  clusterColumns,
  clusterSize,
  clusterSlot,
  columnsFitting,
  growToContain,
} from './clusterGrid'
import { contentArea, frameRects } from './frames'
import { findFreeSpot, freeNoteSlots } from './freeSpot'

export interface LayoutInput {
  dimensions: readonly { id: string; order: number }[]
  /** Notes on the board, in arrival order (so early notes get the top slots). */
  notes: readonly { id: string; dimension: string }[]
  clusters: readonly { id: string; dimension: string }[]
  membership: Readonly<Record<string, string>>
  /** What the layout document already holds. */
  notePositions: Readonly<Record<string, Point>>
  clusterRects: Readonly<Record<string, Rect>>
}

/** Only what is missing: existing positions are the facilitator's and are never moved. */
export interface LayoutPatch {
  notes: Record<string, Point>
  clusters: Record<string, Rect>
}

export function noteRect(p: Point): Rect {
  return { x: p.x, y: p.y, width: NOTE_WIDTH, height: NOTE_HEIGHT }
}

/**
 * Places whatever has no position yet, inside the frame of its dimension,
 * without overlapping anything: first clusters (sized for their members),
 * then the notes of each cluster in the cluster's free grid slots, then loose
 * notes in the frame's free grid slots. Pure and deterministic, so the
 * facilitator's screen and the projector compute the same answer.
 * @example autoLayout({ dimensions, notes, clusters: [], membership: {}, notePositions: {}, clusterRects: {} })
 */
export function autoLayout(input: LayoutInput): LayoutPatch {
  const patch: LayoutPatch = { notes: {}, clusters: {} }
  const frames = frameRects(input.dimensions)
  const clusterDimension = new Map(input.clusters.map((c) => [c.id, c.dimension]))
  const obstacles = obstaclesByFrame(input, frames)

  for (const [dimensionId, frame] of frames) {
    const area = contentArea(frame)
    const taken = obstacles.get(dimensionId) ?? []
    for (const cluster of input.clusters) {
      if (cluster.dimension !== dimensionId || input.clusterRects[cluster.id]) continue
      const members = input.notes.filter((n) => input.membership[n.id] === cluster.id).length
      const size = clusterSize(members)
      const rect = { ...findFreeSpot(area, size, taken), ...size }
      patch.clusters[cluster.id] = rect
      taken.push(rect)
    }
  }

  placeClusterMembers(input, patch)

  for (const [dimensionId, frame] of frames) {
    const loose = input.notes.filter(
      (n) =>
        n.dimension === dimensionId &&
        !input.notePositions[n.id] &&
        !patch.notes[n.id] &&
        !clusterDimension.has(input.membership[n.id] ?? ''),
    )
    if (loose.length === 0) continue
    const slots = freeNoteSlots(contentArea(frame), loose.length, obstacles.get(dimensionId) ?? [])
    loose.forEach((note, index) => {
      patch.notes[note.id] = slots[index]!
    })
  }
  return patch
}

/** Notes of a cluster without a position go to the first grid slot of their cluster that is free. */
function placeClusterMembers(input: LayoutInput, patch: LayoutPatch): void {
  const rectOf = (id: string) => input.clusterRects[id] ?? patch.clusters[id]
  for (const cluster of input.clusters) {
    const rect = rectOf(cluster.id)
    if (!rect) continue
    const members = input.notes.filter((n) => input.membership[n.id] === cluster.id)
    const missing = members.filter((n) => !input.notePositions[n.id])
    if (missing.length === 0) continue
    const taken = members.flatMap((n) => {
      const p = input.notePositions[n.id]
      return p ? [noteRect(p)] : []
    })
    // An existing cluster keeps its width; a new one was sized for its members.
    const columns = input.clusterRects[cluster.id]
      ? columnsFitting(rect)
      : clusterColumns(members.length)
    let slot = 0
    for (const note of missing) {
      let position = clusterSlot(rect, slot++, columns)
      while (taken.some((t) => rectsIntersect(t, noteRect(position)))) {
        position = clusterSlot(rect, slot++, columns)
      }
      taken.push(noteRect(position))
      patch.notes[note.id] = position
    }
    const grown = taken.reduce(growToContain, rect)
    if (grown !== rect) patch.clusters[cluster.id] = grown
  }
}

/** Everything already placed, grouped by the frame (dimension) its centre falls in. */
function obstaclesByFrame(input: LayoutInput, frames: Map<string, Rect>): Map<string, Rect[]> {
  const byFrame = new Map<string, Rect[]>([...frames.keys()].map((id) => [id, []]))
  const rects = [
    ...Object.values(input.clusterRects),
    ...Object.values(input.notePositions).map(noteRect),
  ]
  for (const rect of rects) {
    const center = rectCenter(rect)
    for (const [id, frame] of frames) {
      if (center.x >= frame.x && center.x <= frame.x + frame.width) byFrame.get(id)!.push(rect)
    }
  }
  return byFrame
}
