import { mergeClusters as mergeCommand } from '../../model'
import { tidyAndWrite } from './geometry'
import { type BoardAction, FACILITATOR } from './types'

/**
 * Merges `sourceId` into `targetId` (same dimension): the source's notes are
 * re-flowed inside the surviving cluster's frame, never left where the
 * source was, and the clusters below make room for the grown frame.
 */
export const mergeClusters: BoardAction<[targetId: string, sourceId: string]> = {
  id: 'mergeClusters',
  labelKey: 'clusterPanel.mergeButton',
  enabled(ctx, targetId, sourceId) {
    const target = ctx.store.cluster(targetId)
    const source = ctx.store.cluster(sourceId)
    return !!target && !!source && targetId !== sourceId && target.dimension === source.dimension
  },
  perform(ctx, targetId, sourceId) {
    if (!mergeClusters.enabled(ctx, targetId, sourceId)) return
    const moving = [...ctx.store.allNotes()]
      .filter((n) => n.clusterId === sourceId)
      .map((n) => n.id)
    mergeCommand(ctx.store.boardDoc, targetId, sourceId, FACILITATOR)
    tidyAndWrite(
      ctx,
      { membership: Object.fromEntries(moving.map((id) => [id, targetId])), removed: [sourceId] },
      [targetId],
    )
  },
}
