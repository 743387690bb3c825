import { createCluster } from '../../model'
import { boundsOf } from '../geometry/hitTest'
import { clusterSize } from '../layout/clusterGrid'
import { newClusterOrigin, noteRectAt, tidyAndWrite } from './geometry'
import { selectionDimension } from './selectionDimension'
import { type BoardAction, FACILITATOR } from './types'

/**
 * Makes a cluster of the selected notes (one dimension), tidied where they
 * were, named `title` (the list view asks for a name first); returns its id.
 */
export const groupSelection: BoardAction<[title?: string], string | null> = {
  id: 'groupSelection',
  labelKey: 'board.group',
  shortcut: 'Mod+G',
  enabled: (ctx) => ctx.selection.size > 0 && selectionDimension(ctx) !== null,
  perform(ctx, title = '') {
    const { store, selection } = ctx
    const dimension = selectionDimension(ctx)
    if (!dimension) return null
    const notes = selection.list().flatMap((id) => store.note(id) ?? [])
    const bounds = boundsOf(notes.map(noteRectAt))!
    const noteIds = notes.map((n) => n.id)
    const id = createCluster(
      store.boardDoc,
      { title: title.trim(), dimension, noteIds },
      FACILITATOR,
    )
    const origin = newClusterOrigin(ctx, dimension, bounds)
    tidyAndWrite(
      ctx,
      {
        membership: Object.fromEntries(noteIds.map((n) => [n, id])),
        clusters: { [id]: { ...origin, ...clusterSize(noteIds.length) } },
      },
      [id],
    )
    selection.clear()
    return id
  },
}
