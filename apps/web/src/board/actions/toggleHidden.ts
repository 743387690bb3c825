import { hideNote, unhideNote } from '../../model'
import { type ActionContext, type BoardAction, FACILITATOR } from './types'

/** True when every one of these notes (the selection by default) is hidden. */
export function allHidden(ctx: ActionContext, ids?: readonly string[]): boolean {
  const list = ids ?? ctx.selection.list()
  return list.length > 0 && list.every((id) => ctx.store.board.notes[id]?.hidden)
}

/** Hides notes from every screen (the author's phone is told), or shows them again when all are hidden. */
export const toggleHidden: BoardAction<[noteIds?: readonly string[]]> = {
  id: 'toggleHidden',
  labelKey: 'board.hide',
  shortcut: 'H',
  enabled: (ctx, ids) => (ids ?? ctx.selection.list()).length > 0,
  perform(ctx, ids) {
    const list = ids ?? ctx.selection.list()
    const show = allHidden(ctx, list)
    const doc = ctx.store.boardDoc
    doc.transact(() => {
      for (const id of list) (show ? unhideNote : hideNote)(doc, id, FACILITATOR)
    }, FACILITATOR)
  },
}
