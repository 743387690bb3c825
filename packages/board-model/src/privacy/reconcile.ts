import * as Y from 'yjs'
import { BOARD_MAPS, PRIVATE_MAPS } from '../layout.js'
import { readMeta } from '../read/board.js'

// The board is read by every phone, the projector and the results link; the
// private room only by the facilitator (and written only by the server).
// Invariant kept here: the board holds no author id, no name, and no text of
// a note that is hidden or was collected while `meta.silent` is on; the
// private room holds them instead. Overwritten and deleted Yjs map values are
// garbage-collected, so a fresh load of the board carries none of those bytes
// (the keys of a map stay: note ids, and the ids of removed participants).

/** What `reconcilePrivacy` moved. */
export interface PrivacyReport {
  /** Note ids whose text moved from the board to the private room. */
  withheld: string[]
  /** Note ids whose text the server copied back to the board (unhidden, silent mode off). */
  released: string[]
  /** Whether anything else moved (authors, names, tombstone authors written by older clients). */
  scrubbed: boolean
}

/** Whether a board note's text may be on the board right now. */
export function mustWithhold(note: Y.Map<unknown>, silent: boolean): boolean {
  return silent || note.get('hidden') === true
}

/**
 * Makes the board hold only what everyone may read, moving the rest to the
 * private room, and copies back what the facilitator released. The
 * facilitator only expresses intent on the board (`hidden`, `meta.silent`,
 * a note's new text): the server runs this after their transactions and when
 * it loads a board. Idempotent: a second run writes nothing. At most one
 * transaction per document, private first (the text is never only in flight).
 * Tombstones and participants are always looked at (small maps); notes only
 * those in `onlyNotes` when given.
 *
 * @example
 * board.on('afterTransaction', (t) => {
 *   if (t.origin !== SERVER) queueMicrotask(() => reconcilePrivacy(board, privateDoc, SERVER))
 * })
 */
export function reconcilePrivacy(
  board: Y.Doc,
  privateDoc: Y.Doc,
  origin?: unknown,
  /** Look only at these notes (the ones a transaction touched); default: every note. */
  onlyNotes?: Iterable<string>,
): PrivacyReport {
  const { silent } = readMeta(board)
  const notes = board.getMap<unknown>(BOARD_MAPS.notes)
  const authors = privateDoc.getMap<unknown>(PRIVATE_MAPS.authors)
  const withheld = privateDoc.getMap<unknown>(PRIVATE_MAPS.withheld)
  const people = privateDoc.getMap<unknown>(PRIVATE_MAPS.participants)
  const report: PrivacyReport = { withheld: [], released: [], scrubbed: false }
  const toPrivate: (() => void)[] = []
  const toBoard: (() => void)[] = []

  const ids = onlyNotes ? new Set(onlyNotes) : notes.keys()
  for (const id of ids) {
    const note = notes.get(id)
    if (!(note instanceof Y.Map)) continue
    if (note.has('author')) {
      const author = note.get('author')
      if (typeof author === 'string' && author !== '' && !authors.has(id))
        toPrivate.push(() => authors.set(id, author))
      toBoard.push(() => note.delete('author'))
      report.scrubbed = true
    }
    const text = note.get('text')
    const kept = withheld.get(id)
    if (mustWithhold(note, silent)) {
      if (typeof text === 'string' && text !== '') {
        report.withheld.push(id)
        toPrivate.push(() => withheld.set(id, text))
        toBoard.push(() => note.set('text', ''))
      }
    } else if (typeof kept === 'string') {
      // A text the facilitator typed on the board meanwhile is newer than the kept one.
      if (text === '' || typeof text !== 'string') {
        report.released.push(id)
        toBoard.push(() => note.set('text', kept))
      }
      toPrivate.push(() => withheld.delete(id))
    }
  }
  // Texts of notes the facilitator deleted stay: undoing the deletion brings the
  // note back with an empty board text, and this copy is its text.

  // Tombstones of older clients carry the author: keep it privately, leave `true`.
  const tombstones = board.getMap<unknown>(BOARD_MAPS.deletedNotes)
  for (const [id, value] of tombstones.entries()) {
    if (value === true) continue
    if (typeof value === 'string' && value !== '' && !authors.has(id))
      toPrivate.push(() => authors.set(id, value))
    toBoard.push(() => tombstones.set(id, true))
    report.scrubbed = true
  }

  // Names and join times go private; the board keeps only who was removed.
  const participants = board.getMap<unknown>(BOARD_MAPS.participants)
  for (const [id, entry] of participants.entries()) {
    if (!(entry instanceof Y.Map)) continue
    const removed = entry.get('removed') === true
    if (entry.has('name') || entry.has('joinedAt')) {
      if (!(people.get(id) instanceof Y.Map)) {
        const name = entry.get('name')
        const joinedAt = entry.get('joinedAt')
        toPrivate.push(() =>
          people.set(
            id,
            new Y.Map<unknown>([
              ['name', typeof name === 'string' ? name : null],
              ['joinedAt', typeof joinedAt === 'number' ? joinedAt : 0],
            ]),
          ),
        )
      }
      report.scrubbed = true
      toBoard.push(() => {
        if (removed) {
          entry.delete('name')
          entry.delete('joinedAt')
        } else participants.delete(id)
      })
    } else if (!removed) {
      // A restored participant: nothing left to say about them on the board.
      report.scrubbed = true
      toBoard.push(() => participants.delete(id))
    }
  }

  if (toPrivate.length > 0)
    privateDoc.transact(() => {
      for (const write of toPrivate) write()
    }, origin)
  if (toBoard.length > 0)
    board.transact(() => {
      for (const write of toBoard) write()
    }, origin)
  return report
}

/** Which notes a board transaction may have changed the privacy of (see `privacyScope`). */
export interface PrivacyScope {
  /** `meta.silent` changed: every note. */
  all: boolean
  /** Notes added, deleted or changed (`hidden`, `text`, an `author`...). */
  notes: string[]
}

/** The key under which a nested type sits in `parent`, or null. */
function keyIn(type: { _item: Y.Item | null }, parent: unknown): string | null {
  const item = type._item
  return item && item.parent === parent ? item.parentSub : null
}

/**
 * What a board transaction may have put on the board that it may not hold,
 * or released: null when it touched no note, not `meta.silent`, no tombstone
 * and no participant (clustering, the timer, phase changes), so the server
 * skips the pass; else the notes to look at (all of them when silent mode
 * changed).
 *
 * @example
 * const scope = privacyScope(board, transaction)
 * if (scope) reconcilePrivacy(board, privateDoc, 'server', scope.all ? undefined : scope.notes)
 */
export function privacyScope(board: Y.Doc, transaction: Y.Transaction): PrivacyScope | null {
  const notes = board.getMap<unknown>(BOARD_MAPS.notes)
  const meta = board.getMap<unknown>(BOARD_MAPS.meta)
  const others = new Set<unknown>([
    board.getMap<unknown>(BOARD_MAPS.deletedNotes),
    board.getMap<unknown>(BOARD_MAPS.participants),
  ])
  const touched = new Set<string>()
  let relevant = false
  for (const [type, keys] of transaction.changed) {
    if ((type as unknown) === meta) {
      if (keys.has('silent')) return { all: true, notes: [] }
    } else if ((type as unknown) === notes) {
      relevant = true
      for (const k of keys) if (k !== null) touched.add(k)
    } else if (others.has(type) || others.has(type._item?.parent)) {
      relevant = true
    } else {
      const id = keyIn(type, notes)
      if (id !== null) {
        relevant = true
        touched.add(id)
      }
    }
  }
  return relevant ? { all: false, notes: Array.from(touched) } : null
}
