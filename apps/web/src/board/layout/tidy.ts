import { NOTE_HEIGHT, NOTE_WIDTH } from '../geometry/constants'
import type { IdRect, Point, Rect } from '../geometry/types'
import { reflowCluster } from './reflow'
import { settle } from './settle'

/** The board's geometry as it is once a change (drop, group, merge) is applied to membership. */
export interface Geometry {
  notes: readonly { id: string; x: number; y: number; clusterId: string | null }[]
  clusters: readonly { id: string; rect: Rect }[]
}

/** What to write to the layout document: moved items and resized clusters. */
export interface TidyPatch {
  positions: Record<string, Point>
  sizes: Record<string, { w: number; h: number }>
}

/**
 * Tidies the board after a change, the invariant every drop, group and merge
 * keeps: each `changed` cluster is re-flowed (all its notes in its grid,
 * inside its frame), then everything else is pushed down so that no two
 * cluster frames, no two notes, and no note and frame overlap. `fixed` loose
 * notes (just dropped by the user) stay where they were put; a cluster moves
 * with its notes.
 */
export function tidy(
  geometry: Geometry,
  changed: ReadonlySet<string>,
  fixed: ReadonlySet<string> = new Set(),
): TidyPatch {
  const patch: TidyPatch = { positions: {}, sizes: {} }
  const noteAt = new Map(geometry.notes.map((n) => [n.id, { x: n.x, y: n.y }]))
  const rectOf = new Map(geometry.clusters.map((c) => [c.id, c.rect]))
  const members = new Map<string, string[]>()
  for (const n of geometry.notes)
    if (n.clusterId) members.set(n.clusterId, [...(members.get(n.clusterId) ?? []), n.id])

  for (const id of changed) {
    const rect = rectOf.get(id)
    if (!rect) continue
    const list = (members.get(id) ?? []).map((n) => ({ id: n, ...noteAt.get(n)! }))
    const flowed = reflowCluster({ x: rect.x, y: rect.y }, list)
    rectOf.set(id, flowed.rect)
    patch.sizes[id] = { w: flowed.rect.width, h: flowed.rect.height }
    for (const [n, p] of Object.entries(flowed.positions)) {
      noteAt.set(n, p)
      patch.positions[n] = p
    }
  }

  const item = (id: string, rect: Rect): IdRect => ({ id, rect })
  const noteItem = (id: string) => {
    const p = noteAt.get(id)!
    return item(id, { ...p, width: NOTE_WIDTH, height: NOTE_HEIGHT })
  }
  const loose = geometry.notes.filter((n) => !n.clusterId || !rectOf.has(n.clusterId))
  const frames = [...changed].flatMap((id) => (rectOf.has(id) ? [item(id, rectOf.get(id)!)] : []))
  // A note let go across the edge of a re-flowed frame (the one it just left) moves clear of it.
  const dropped = loose.filter((n) => fixed.has(n.id)).map((n) => noteItem(n.id))
  for (const [id, to] of Object.entries(settle(frames, dropped))) {
    noteAt.set(id, to)
    patch.positions[id] = to
  }
  const fixedItems = [...frames, ...dropped.map((d) => noteItem(d.id))]
  const movable = [
    ...[...rectOf].filter(([id]) => !changed.has(id)).map(([id, rect]) => item(id, rect)),
    ...loose.filter((n) => !fixed.has(n.id)).map((n) => noteItem(n.id)),
  ]
  for (const [id, to] of Object.entries(settle(fixedItems, movable))) {
    patch.positions[id] = to
    const rect = rectOf.get(id)
    if (!rect) continue
    // A cluster pushed down takes its notes along.
    const dy = to.y - rect.y
    for (const n of members.get(id) ?? []) {
      const p = noteAt.get(n)!
      patch.positions[n] = { x: p.x, y: p.y + dy }
    }
  }
  for (const id of changed) {
    const rect = rectOf.get(id)
    if (rect) patch.positions[id] = { x: rect.x, y: rect.y }
  }
  return patch
}
