import type * as Y from 'yjs'
import { BOARD_MAPS, LAYOUT_MAPS } from '../../model'

/**
 * What the facilitator's undo covers: the board's clustering and moderation
 * (clusters, membership, hidden/deleted notes) and the canvas layout. Not
 * `meta`: undoing would otherwise rewind the phase, the timer or the vote
 * settings under the room's feet. The types are handed to Y.UndoManager
 * only; reads and writes still go through board-model.
 */
// biome-ignore lint/suspicious/noExplicitAny: Y.UndoManager itself takes AbstractType<any>
export function undoScopes(board: Y.Doc, layout: Y.Doc): Y.AbstractType<any>[][] {
  return [
    [
      board.getMap(BOARD_MAPS.clusters),
      board.getMap(BOARD_MAPS.membership),
      board.getMap(BOARD_MAPS.notes),
      board.getMap(BOARD_MAPS.deletedNotes),
    ],
    [layout.getMap(LAYOUT_MAPS.positions), layout.getMap(LAYOUT_MAPS.sizes)],
  ]
}
