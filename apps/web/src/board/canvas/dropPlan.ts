import { NOTE_HEIGHT, NOTE_WIDTH } from '../geometry/constants'
import { dropTarget } from '../geometry/hitTest'
import type { Point, Rect } from '../geometry/types'

export interface DroppedNote {
  id: string
  dimension: string
  clusterId: string | null
  /** Where the note was let go, in world coordinates. */
  at: Point
}

export interface ClusterTarget {
  id: string
  dimension: string
  rect: Rect
}

/** A note already on the board, that a drop may land on. */
export interface NoteTarget extends Point {
  id: string
  dimension: string
  clusterId: string | null
}

/**
 * What a drop means (Scrumlr's stacks): the dragged note's centre decides.
 * - on a loose note: `stack`, a new cluster holding that note and the dropped ones;
 * - on a clustered note or inside a cluster: `join` that cluster;
 * - on a note or cluster of another dimension: `refused`, nothing changes
 *   and the notes go back (a cluster never mixes dimensions);
 * - elsewhere: `place`, the notes stay where they were let go, out of any cluster.
 */
export type DropPlan =
  | {
      kind: 'refused'
      reason: 'other-dimension'
      dimension: string
      positions: Record<string, Point>
    }
  | { kind: 'stack'; onto: string; dimension: string; positions: Record<string, Point> }
  | { kind: 'join'; clusterId: string; positions: Record<string, Point> }
  | { kind: 'place'; positions: Record<string, Point> }

const rectAt = (p: Point): Rect => ({ x: p.x, y: p.y, width: NOTE_WIDTH, height: NOTE_HEIGHT })

/**
 * Plans a drop of `dropped` (the dragged note first, then the rest of the
 * selection that moved with it). Pure: the drop action writes the plan.
 */
export function planDrop(
  dropped: readonly DroppedNote[],
  clusters: readonly ClusterTarget[],
  notes: readonly NoteTarget[] = [],
): DropPlan {
  const positions: Record<string, Point> = {}
  for (const note of dropped) positions[note.id] = note.at
  const lead = dropped[0]
  if (!lead) return { kind: 'place', positions }
  const moving = new Set(dropped.map((n) => n.id))
  const dimensions = new Set(dropped.map((n) => n.dimension))
  const refusal = (dimension: string) =>
    [...dimensions].some((d) => d !== dimension)
      ? ({ kind: 'refused', reason: 'other-dimension', dimension, positions } as const)
      : null

  const others = notes.filter((n) => !moving.has(n.id))
  const onNote = dropTarget(
    rectAt(lead.at),
    others.map((n) => ({ id: n.id, rect: rectAt(n) })),
  )
  const target = onNote ? others.find((n) => n.id === onNote)! : null
  if (target) {
    const refused = refusal(target.dimension)
    if (refused) return refused
    if (target.clusterId) return { kind: 'join', clusterId: target.clusterId, positions }
    return { kind: 'stack', onto: target.id, dimension: target.dimension, positions }
  }
  const inCluster = dropTarget(rectAt(lead.at), clusters)
  const cluster = inCluster ? clusters.find((c) => c.id === inCluster)! : null
  if (cluster)
    return refusal(cluster.dimension) ?? { kind: 'join', clusterId: cluster.id, positions }
  return { kind: 'place', positions }
}
