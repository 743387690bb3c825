import { renameCluster as renameCommand } from '../../model'
import { type BoardAction, FACILITATOR } from './types'

/** Renames a cluster (trimmed); writes nothing when the title does not change. */
export const renameCluster: BoardAction<[clusterId: string, title: string]> = {
  id: 'renameCluster',
  labelKey: 'board.renameCluster',
  enabled: (ctx, clusterId) => ctx.store.board.clusters[clusterId] !== undefined,
  perform(ctx, clusterId, title) {
    const current = ctx.store.board.clusters[clusterId]
    if (!current || current.title === title.trim()) return
    renameCommand(ctx.store.boardDoc, clusterId, title.trim(), FACILITATOR)
  },
}
