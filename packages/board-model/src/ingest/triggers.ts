import * as Y from 'yjs'
import { BOARD_MAPS, PRIVATE_MAPS } from '../layout.js'
import { readMeta } from '../read/board.js'
import { COUNTED_PHASES } from '../votes.js'

/** Whom a board transaction concerns: everyone, or some participants. */
export interface ReingestScope {
  all: boolean
  participants: string[]
}

// Meta keys that change what ingest accepts or how votes are judged.
const GATING_META = new Set(['phase', 'locked', 'votesPerParticipant', 'multipleDotsPerCluster'])

/** The key under which a nested type sits in `parent`, or null. */
function keyIn(type: { _item: Y.Item | null }, parent: unknown): string | null {
  const item = type._item
  return item && item.parent === parent ? item.parentSub : null
}

// Note keys whose change by the facilitator changes the author's receipt.
const touchesAuthor = (keys: Set<string | null>) =>
  keys.has('hidden') || keys.has('editedByFacilitator')

type Role = 'meta' | 'dimensions' | 'clusters' | 'participants' | 'deletedNotes'

/**
 * Which loaded participant docs the server must ingest again after a board
 * transaction (typically the facilitator's), because their receipts or
 * acceptance may have changed: everyone on phase, lock, vote rule, dimension
 * or (while votes count) cluster changes; the authors of notes hidden,
 * unhidden, deleted or first edited by the facilitator; removed and restored participants. Timer, focus,
 * membership and recommendation edits concern nobody. Authors are not on the
 * board: pass the private room, which knows them.
 *
 * @example
 * board.on('afterTransaction', (t) => {
 *   if (t.origin === SERVER) return
 *   const scope = participantsToReingest(board, t)
 *   for (const [pid, doc] of loaded) if (scope.all || scope.participants.includes(pid)) ingest(pid, doc)
 * })
 */
export function participantsToReingest(
  board: Y.Doc,
  transaction: Y.Transaction,
  privateDoc?: Y.Doc,
): ReingestScope {
  const map = (name: string) => board.getMap<unknown>(name)
  const authors = privateDoc?.getMap<unknown>(PRIVATE_MAPS.authors)
  // Older clients and unmigrated boards still write the author on the board.
  const authorOf = (noteId: string | null, onBoard: unknown): unknown =>
    (noteId === null ? undefined : authors?.get(noteId)) ?? onBoard
  const notes = map(BOARD_MAPS.notes)
  const participants = map(BOARD_MAPS.participants)
  const deleted = map(BOARD_MAPS.deletedNotes)
  const dimensions = map(BOARD_MAPS.dimensions)
  const roles = new Map<unknown, Role>([
    [map(BOARD_MAPS.meta), 'meta'],
    [dimensions, 'dimensions'],
    [map(BOARD_MAPS.clusters), 'clusters'],
    [participants, 'participants'],
    [deleted, 'deletedNotes'],
  ])
  const votesCount = COUNTED_PHASES.includes(readMeta(board).phase)
  const all = { all: true, participants: [] }
  const some = new Set<string>()

  for (const [type, keys] of transaction.changed) {
    const role = roles.get(type)
    if (role === 'meta') {
      for (const k of keys) if (k !== null && GATING_META.has(k)) return all
    } else if (role === 'dimensions' || keyIn(type, dimensions) !== null) {
      return all
    } else if (role === 'clusters') {
      if (votesCount) return all
    } else if (role === 'participants') {
      for (const k of keys) if (k !== null) some.add(k)
    } else if (role === 'deletedNotes') {
      for (const k of keys) {
        const author = authorOf(k, k === null ? undefined : deleted.get(k))
        if (typeof author === 'string') some.add(author)
      }
    } else {
      const participant = keyIn(type, participants)
      if (participant !== null) some.add(participant)
      else if (keyIn(type, notes) !== null && type instanceof Y.Map && touchesAuthor(keys)) {
        const author = authorOf(keyIn(type, notes), type.get('author'))
        if (typeof author === 'string') some.add(author)
      }
    }
  }
  return { all: false, participants: Array.from(some).sort() }
}
