import { moveToCluster } from '../../model'
import { tidyAndWrite } from './geometry'
import { type BoardAction, FACILITATOR } from './types'

/**
 * Moves notes into a cluster (null: out of any cluster), the list view's
 * "move to" and the keyboard's way to drag. A cluster that receives notes is
 * re-flowed so they sit inside it, and its neighbours make room.
 */
export const moveNotesToCluster: BoardAction<
  [noteIds: readonly string[], clusterId: string | null]
> = {
  id: 'moveNotesToCluster',
  labelKey: 'board.moveTo',
  enabled: (ctx, noteIds, clusterId) =>
    noteIds.length > 0 && (clusterId === null || ctx.store.cluster(clusterId) !== undefined),
  perform(ctx, noteIds, clusterId) {
    const { moved } = moveToCluster(ctx.store.boardDoc, [...noteIds], clusterId, FACILITATOR)
    if (!clusterId || moved.length === 0) return
    tidyAndWrite(ctx, { membership: Object.fromEntries(moved.map((id) => [id, clusterId])) }, [
      clusterId,
    ])
  },
}
