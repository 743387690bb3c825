import type { BoardState, LayoutState } from '../../model'
import { NOTE_HEIGHT } from '../geometry/constants'
import type { Point, Rect } from '../geometry/types'
import { autoLayout, noteRect } from '../layout/autoLayout'
import { frameRects } from '../layout/frames'
import type { ClusterView, FrameView, NoteView } from './views'

export const NOTE_TONES = ['#fff1a6', '#cfe6ff', '#d5f0cf', '#ffd9e2'] as const
const NEUTRAL_CLUSTER = '#e5e7eb'

/** The layout input read from the documents, and what is missing from it. */
export function layoutOf(board: BoardState, layout: LayoutState) {
  const notes = Object.values(board.notes).sort(
    (a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1),
  )
  const clusters = Object.values(board.clusters)
  const clusterRects: Record<string, Rect> = {}
  for (const c of clusters) {
    const p = layout.positions[c.id]
    const s = layout.sizes[c.id]
    if (p && s) clusterRects[c.id] = { x: p.x, y: p.y, width: s.w, height: s.h }
  }
  const notePositions: Record<string, Point> = {}
  for (const n of notes) {
    const p = layout.positions[n.id]
    if (p) notePositions[n.id] = p
  }
  const patch = autoLayout({
    dimensions: board.dimensions,
    notes,
    clusters,
    membership: board.membership,
    notePositions,
    clusterRects,
  })
  return { notes, clusters, clusterRects, notePositions, patch }
}

export interface Views {
  notes: Map<string, NoteView>
  clusters: Map<string, ClusterView>
  frames: FrameView[]
}

/**
 * Joins the board and the layout into what the canvas draws. Anything the
 * layout document does not place yet gets its automatic place, so a
 * projector shows the same picture before the facilitator's client has
 * written positions. Pure: no Yjs, no React.
 */
export function buildViews(board: BoardState, layout: LayoutState): Views {
  const { notes, clusters, clusterRects, notePositions, patch } = layoutOf(board, layout)
  const toneOf = new Map(board.dimensions.map((d, i) => [d.id, i % NOTE_TONES.length]))
  const counts = new Map<string, number>()
  for (const clusterId of Object.values(board.membership))
    counts.set(clusterId, (counts.get(clusterId) ?? 0) + 1)

  const clusterViews = new Map<string, ClusterView>()
  for (const c of clusters) {
    const rect = patch.clusters[c.id] ?? clusterRects[c.id]
    if (!rect) continue
    clusterViews.set(c.id, {
      id: c.id,
      title: c.title,
      dimension: c.dimension,
      color: c.color ?? NEUTRAL_CLUSTER,
      rect,
      noteCount: counts.get(c.id) ?? 0,
      tally: board.meta.showTallies ? (board.tallies[c.id] ?? 0) : null,
    })
  }

  const noteViews = new Map<string, NoteView>()
  const bottoms = new Map<string, number>()
  const lower = (dimension: string, bottom: number) =>
    bottoms.set(dimension, Math.max(bottoms.get(dimension) ?? 0, bottom))
  for (const n of notes) {
    const p = patch.notes[n.id] ?? notePositions[n.id]
    if (!p) continue
    const clusterId = board.membership[n.id] ?? null
    const cluster = clusterId ? clusterViews.get(clusterId) : undefined
    noteViews.set(n.id, {
      id: n.id,
      text: n.text,
      dimension: n.dimension,
      clusterId,
      color: cluster?.color ?? NOTE_TONES[toneOf.get(n.dimension) ?? 0]!,
      hidden: n.hidden,
      x: p.x,
      y: p.y,
    })
    lower(n.dimension, noteRect(p).y + NOTE_HEIGHT)
  }
  for (const c of clusterViews.values()) lower(c.dimension, c.rect.y + c.rect.height)

  const rects = frameRects(board.dimensions, bottoms)
  const frames = board.dimensions.map((d, i) => ({
    id: d.id,
    title: d.title,
    prompt: d.prompt,
    rect: rects.get(d.id)!,
    tone: i % NOTE_TONES.length,
  }))
  return { notes: noteViews, clusters: clusterViews, frames }
}
