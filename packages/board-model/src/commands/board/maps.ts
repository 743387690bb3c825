import * as Y from 'yjs'
import { BOARD_MAPS } from '../../layout.js'

// Typed access to the board's top-level maps for commands. Not exported from
// the package: outside code goes through commands and reads.

export const metaMap = (doc: Y.Doc) => doc.getMap<unknown>(BOARD_MAPS.meta)
export const dimensionsMap = (doc: Y.Doc) => doc.getMap<unknown>(BOARD_MAPS.dimensions)
export const notesMap = (doc: Y.Doc) => doc.getMap<unknown>(BOARD_MAPS.notes)
export const clustersMap = (doc: Y.Doc) => doc.getMap<unknown>(BOARD_MAPS.clusters)
export const membershipMap = (doc: Y.Doc) => doc.getMap<unknown>(BOARD_MAPS.membership)
export const talliesMap = (doc: Y.Doc) => doc.getMap<unknown>(BOARD_MAPS.tallies)
export const participantsMap = (doc: Y.Doc) => doc.getMap<unknown>(BOARD_MAPS.participants)
export const deletedNotesMap = (doc: Y.Doc) => doc.getMap<unknown>(BOARD_MAPS.deletedNotes)

/** The nested map stored at `key`, or undefined. */
export function child(map: Y.Map<unknown>, key: string): Y.Map<unknown> | undefined {
  const v = map.get(key)
  return v instanceof Y.Map ? (v as Y.Map<unknown>) : undefined
}

/** Sets `key` only when the value differs, so no-op commands emit no update. */
export function put(map: Y.Map<unknown>, key: string, value: unknown): void {
  if (map.get(key) !== value || !map.has(key)) map.set(key, value)
}

/** Note ids currently in a cluster (raw membership). */
export function notesIn(doc: Y.Doc, clusterId: string): string[] {
  const out: string[] = []
  for (const [noteId, c] of membershipMap(doc).entries()) if (c === clusterId) out.push(noteId)
  return out
}
