import { setClusterSize, setPositions } from '../../model'
import { CLUSTER_HEADER, CLUSTER_PADDING, NOTE_HEIGHT, NOTE_WIDTH } from '../geometry/constants'
import type { Point, Rect } from '../geometry/types'
import { contentArea } from '../layout/frames'
import { type Geometry, type TidyPatch, tidy } from '../layout/tidy'
import { type ActionContext, FACILITATOR } from './types'

/** A change to the board's geometry, described before the store has seen it. */
export interface Change {
  /** Notes whose cluster changes (null: out of any cluster). */
  membership?: Readonly<Record<string, string | null>>
  /** Notes put somewhere by the user (a drop). */
  positions?: Readonly<Record<string, Point>>
  /** Clusters that appear (a new stack, a split) or move. */
  clusters?: Readonly<Record<string, Rect>>
  /** Clusters that are gone (merged away). */
  removed?: readonly string[]
}

/** The board's geometry as it will be once `change` is applied (the store refreshes a microtask later). */
export function geometryAfter(ctx: ActionContext, change: Change): Geometry {
  const { store } = ctx
  const removed = new Set(change.removed ?? [])
  const clusters = [...store.allClusters()]
    .filter((c) => !removed.has(c.id))
    .map((c) => ({ id: c.id, rect: change.clusters?.[c.id] ?? c.rect }))
  for (const [id, rect] of Object.entries(change.clusters ?? {}))
    if (!store.cluster(id)) clusters.push({ id, rect })
  const notes = [...store.allNotes()].map((n) => {
    const p = change.positions?.[n.id] ?? n
    const clusterId =
      change.membership && n.id in change.membership ? change.membership[n.id]! : n.clusterId
    return { id: n.id, x: p.x, y: p.y, clusterId }
  })
  return { notes, clusters }
}

/** Tidies the board around `changed` clusters (and `fixed` loose notes) and writes it, in one transaction. */
export function tidyAndWrite(
  ctx: ActionContext,
  change: Change,
  changed: Iterable<string>,
  fixed: Iterable<string> = [],
): TidyPatch {
  const patch = tidy(geometryAfter(ctx, change), new Set(changed), new Set(fixed))
  writePatch(ctx, { ...change.positions, ...patch.positions }, patch.sizes)
  return patch
}

export function writePatch(
  ctx: ActionContext,
  positions: Record<string, Point>,
  sizes: Record<string, { w: number; h: number }>,
): void {
  const doc = ctx.store.layoutDoc
  doc.transact(() => {
    if (Object.keys(positions).length > 0) setPositions(doc, positions, FACILITATOR)
    for (const [id, size] of Object.entries(sizes)) setClusterSize(doc, id, size, FACILITATOR)
  }, FACILITATOR)
}

/** World rectangle of a note at `p`. */
export function noteRectAt(p: Point): Rect {
  return { x: p.x, y: p.y, width: NOTE_WIDTH, height: NOTE_HEIGHT }
}

/**
 * Where a new cluster's frame starts so that its first note keeps its place:
 * its header above the note, its padding to the left. Never outside its
 * theme's content: a cluster made in the top row would cover the theme's
 * question, one made in the first column would touch the theme's edge, so
 * there the notes move under the header and inside the padding instead.
 */
export function newClusterOrigin(ctx: ActionContext, dimension: string, firstNote: Point): Point {
  const frame = ctx.store.frames.find((f) => f.id === dimension)
  const area = frame ? contentArea(frame.rect) : undefined
  return {
    x: Math.max(firstNote.x - CLUSTER_PADDING, area?.x ?? Number.NEGATIVE_INFINITY),
    y: Math.max(firstNote.y - CLUSTER_HEADER, area?.y ?? Number.NEGATIVE_INFINITY),
  }
}
