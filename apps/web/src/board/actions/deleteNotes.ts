import { deleteNote } from '../../model'
import { type BoardAction, FACILITATOR } from './types'

/** Deletes notes (the selection by default) for good: the server will not ingest them again. */
export const deleteNotes: BoardAction<[noteIds?: readonly string[]]> = {
  id: 'deleteNotes',
  labelKey: 'board.delete',
  enabled: (ctx, ids) => (ids ?? ctx.selection.list()).length > 0,
  perform(ctx, ids) {
    const list = [...(ids ?? ctx.selection.list())]
    const doc = ctx.store.boardDoc
    doc.transact(() => {
      for (const id of list) deleteNote(doc, id, FACILITATOR)
    }, FACILITATOR)
    ctx.selection.set(ctx.selection.list().filter((id) => !list.includes(id)))
  },
}
