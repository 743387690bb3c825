import { deleteCluster as deleteCommand } from '../../model'
import { type BoardAction, FACILITATOR } from './types'

/** Deletes a cluster; its notes stay where they are, out of any cluster. */
export const deleteCluster: BoardAction<[clusterId: string]> = {
  id: 'deleteCluster',
  labelKey: 'clusterPanel.delete',
  enabled: (ctx, clusterId) => ctx.store.cluster(clusterId) !== undefined,
  perform(ctx, clusterId) {
    deleteCommand(ctx.store.boardDoc, clusterId, FACILITATOR)
  },
}
