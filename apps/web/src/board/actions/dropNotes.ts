import { createCluster, moveToCluster } from '../../model'
import { type DropPlan, planDrop } from '../canvas/dropPlan'
import type { Point } from '../geometry/types'
import { clusterSize } from '../layout/clusterGrid'
import { newClusterOrigin, tidyAndWrite } from './geometry'
import { type ActionContext, type BoardAction, FACILITATOR } from './types'

/**
 * A drag of notes let go on the canvas (`moved`: each note's new top-left
 * corner, the dragged note first). Onto a loose note it makes a stack (a new
 * cluster of both), onto a clustered note or into a cluster it joins it;
 * the receiving cluster is re-flowed and its neighbours make room. Onto
 * another dimension it is refused: nothing is written and the plan says why,
 * so the canvas puts the notes back and tells the facilitator.
 */
export const dropNotes: BoardAction<[moved: Readonly<Record<string, Point>>], DropPlan> = {
  id: 'dropNotes',
  labelKey: 'canvas.drop',
  enabled: (_ctx, moved) => Object.keys(moved).length > 0,
  perform(ctx, moved) {
    const { store } = ctx
    const dropped = Object.entries(moved).flatMap(([id, at]) => {
      const note = store.note(id)
      return note ? [{ id, dimension: note.dimension, clusterId: note.clusterId, at }] : []
    })
    const plan = planDrop(dropped, [...store.allClusters()], [...store.allNotes()])
    const ids = dropped.map((n) => n.id)
    const left = new Set(dropped.flatMap((n) => (n.clusterId ? [n.clusterId] : [])))
    if (plan.kind === 'refused') return plan
    if (plan.kind === 'place') {
      const leaving = dropped.filter((n) => n.clusterId).map((n) => n.id)
      if (leaving.length > 0) moveToCluster(store.boardDoc, leaving, null, FACILITATOR)
      const membership = Object.fromEntries(leaving.map((id) => [id, null]))
      tidyAndWrite(ctx, { membership, positions: plan.positions }, left, ids)
      return plan
    }
    const clusterId =
      plan.kind === 'join' ? plan.clusterId : stack(ctx, plan.onto, plan.dimension, ids)
    if (plan.kind === 'join') moveToCluster(store.boardDoc, ids, clusterId, FACILITATOR)
    const members = plan.kind === 'stack' ? [plan.onto, ...ids] : ids
    const membership = Object.fromEntries(members.map((id) => [id, clusterId]))
    const clusters: Record<string, ReturnType<typeof stackRect>> = {}
    if (plan.kind === 'stack') clusters[clusterId] = stackRect(ctx, plan.onto, ids.length + 1)
    left.delete(clusterId)
    tidyAndWrite(ctx, { membership, positions: plan.positions, clusters }, [clusterId, ...left])
    return plan
  },
}

/** A new cluster of the note dropped on and the dropped notes. */
function stack(ctx: ActionContext, onto: string, dimension: string, ids: string[]): string {
  return createCluster(
    ctx.store.boardDoc,
    { title: '', dimension, noteIds: [onto, ...ids] },
    FACILITATOR,
  )
}

/** The stack's frame starts where the note dropped on was, so that note stays put (below its theme's question). */
function stackRect(ctx: ActionContext, onto: string, count: number) {
  const note = ctx.store.note(onto)!
  return { ...newClusterOrigin(ctx, note.dimension, note), ...clusterSize(count) }
}
