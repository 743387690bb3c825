import { NOTE_HEIGHT, NOTE_WIDTH } from '../geometry/constants'
import { dropTarget } from '../geometry/hitTest'
import type { Point, Rect } from '../geometry/types'
import { growToContain } from '../layout/clusterGrid'

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

/** What a drop means for the documents: positions, membership moves, grown clusters. */
export interface DropPlan {
  positions: Record<string, Point>
  /** cluster id (or null: out of any cluster) -> notes to move there. */
  moves: Map<string | null, string[]>
  /** Clusters that grow so the notes dropped at their edge sit inside them. */
  grown: Record<string, Rect>
}

/**
 * Decides where dropped notes belong: the cluster under each note's centre,
 * among clusters of the note's own dimension (a note never joins another
 * dimension's cluster); outside every cluster a note leaves its cluster.
 * Pure: the caller writes the plan with board-model commands.
 */
export function planDrop(
  notes: readonly DroppedNote[],
  clusters: readonly ClusterTarget[],
): DropPlan {
  const plan: DropPlan = { positions: {}, moves: new Map(), grown: {} }
  for (const note of notes) {
    plan.positions[note.id] = note.at
    const rect = { ...note.at, width: NOTE_WIDTH, height: NOTE_HEIGHT }
    const candidates = clusters
      .filter((c) => c.dimension === note.dimension)
      .map((c) => ({ id: c.id, rect: plan.grown[c.id] ?? c.rect }))
    const target = dropTarget(rect, candidates)
    if (target !== note.clusterId) {
      const list = plan.moves.get(target) ?? []
      list.push(note.id)
      plan.moves.set(target, list)
    }
    if (target) {
      const current = candidates.find((c) => c.id === target)!.rect
      const grown = growToContain(current, rect)
      if (grown !== current) plan.grown[target] = grown
    }
  }
  return plan
}
