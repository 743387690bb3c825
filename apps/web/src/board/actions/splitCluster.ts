import { splitCluster as splitCommand } from '../../model'
import { GAP } from '../geometry/constants'
import { clusterSize } from '../layout/clusterGrid'
import { tidyAndWrite } from './geometry'
import { type BoardAction, FACILITATOR } from './types'

/** The selected notes of a cluster become a new cluster, placed under it; returns the new id. */
export const splitCluster: BoardAction<[clusterId: string], string | null> = {
  id: 'splitCluster',
  labelKey: 'clusterPanel.split',
  enabled: (ctx, clusterId) =>
    ctx.selection.list().some((id) => ctx.store.note(id)?.clusterId === clusterId),
  perform(ctx, clusterId) {
    const source = ctx.store.cluster(clusterId)
    const noteIds = ctx.selection.list().filter((id) => ctx.store.note(id)?.clusterId === clusterId)
    if (!source || noteIds.length === 0) return null
    const id = splitCommand(ctx.store.boardDoc, clusterId, noteIds, '', FACILITATOR)
    const below = { x: source.rect.x, y: source.rect.y + source.rect.height + GAP }
    tidyAndWrite(
      ctx,
      {
        membership: Object.fromEntries(noteIds.map((n) => [n, id])),
        clusters: { [id]: { ...below, ...clusterSize(noteIds.length) } },
      },
      [clusterId, id],
    )
    ctx.selection.clear()
    return id
  },
}
