import type * as Y from 'yjs'
import { createCluster, setClusterSize, setPositions } from '../../model'
import { FACILITATOR } from '../canvas/controller'
import { NOTE_HEIGHT, NOTE_WIDTH } from '../geometry/constants'
import { boundsOf } from '../geometry/hitTest'
import { arrangeCluster } from '../layout/clusterGrid'
import type { BoardStore } from '../store/boardStore'

/**
 * Makes a cluster of these notes (all of one dimension), tidied in a grid
 * where they were on the canvas, as the canvas' "Group" does. Returns its id,
 * or null when the notes span several dimensions or none exists.
 */
export function createGroupFromNotes(
  store: BoardStore,
  boardDoc: Y.Doc,
  layoutDoc: Y.Doc,
  noteIds: readonly string[],
  title = '',
): string | null {
  const notes = noteIds.flatMap((id) => store.note(id) ?? [])
  const dimensions = new Set(notes.map((n) => n.dimension))
  const [dimension] = dimensions
  if (dimensions.size !== 1 || !dimension) return null
  notes.sort((a, b) => a.y - b.y || a.x - b.x)
  const bounds = boundsOf(
    notes.map((n) => ({ x: n.x, y: n.y, width: NOTE_WIDTH, height: NOTE_HEIGHT })),
  )
  const id = createCluster(
    boardDoc,
    { title: title.trim(), dimension, noteIds: notes.map((n) => n.id) },
    FACILITATOR,
  )
  if (bounds) {
    const { rect, positions } = arrangeCluster(
      { x: bounds.x, y: bounds.y },
      notes.map((n) => n.id),
    )
    layoutDoc.transact(() => {
      setPositions(layoutDoc, { ...positions, [id]: { x: rect.x, y: rect.y } }, FACILITATOR)
      setClusterSize(layoutDoc, id, { w: rect.width, h: rect.height }, FACILITATOR)
    }, FACILITATOR)
  }
  return id
}
