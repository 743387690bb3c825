import type { BoardState, Note } from '../model'

/**
 * The visible notes of each cluster, oldest first. Hidden notes are left out
 * even though the board says `hidden` (a facilitator may hide one after the
 * phone loaded it): phones show only what the room may see. Notes whose
 * text the board withholds (silent mode: `text` is empty) are left out too.
 *
 * @example
 * notesByCluster(board).get('c1')?.map((n) => n.text)
 */
export function notesByCluster(board: BoardState): Map<string, Note[]> {
  const out = new Map<string, Note[]>()
  const notes = Object.values(board.notes)
    .filter((note) => !note.hidden && note.text !== '')
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
  for (const note of notes) {
    const clusterId = board.membership[note.id]
    if (clusterId === undefined) continue
    const list = out.get(clusterId)
    if (list) list.push(note)
    else out.set(clusterId, [note])
  }
  return out
}
