import { moveToCluster } from '../../model'
import { type BoardAction, FACILITATOR } from './types'

/** Takes notes (the selection by default) out of their clusters; they stay where they are. */
export const takeOutOfCluster: BoardAction<[noteIds?: readonly string[]]> = {
  id: 'takeOutOfCluster',
  labelKey: 'board.ungroup',
  enabled: (ctx, noteIds) =>
    (noteIds ?? ctx.selection.list()).some((id) => ctx.store.note(id)?.clusterId),
  perform(ctx, noteIds) {
    moveToCluster(ctx.store.boardDoc, [...(noteIds ?? ctx.selection.list())], null, FACILITATOR)
  },
}
