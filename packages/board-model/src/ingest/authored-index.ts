import * as Y from 'yjs'
import { BOARD_MAPS, PRIVATE_MAPS } from '../layout.js'

/**
 * The board's notes by author, kept up to date by observing the board's
 * notes and the private room's authors, so that ingesting one note of one
 * participant does not walk every note of the board (on a 4,000-note board
 * the walk was most of the cost of a note). A note's author is the private
 * room's (`authors`), or on a board not yet migrated the note's own `author`.
 *
 * Invariant: outside a transaction of either document, `notesOf(p)` is the
 * set of ids of the board's notes (Y.Maps) whose author is `p`, the set a
 * walk over the board finds. Inside one, observers have not run yet: callers
 * walk instead (see `authoredNotes`).
 */
export class AuthoredIndex {
  private readonly byAuthor = new Map<string, Set<string>>()
  private readonly authorOf = new Map<string, string>()
  private readonly notes: Y.Map<unknown>
  private readonly authors: Y.Map<unknown>

  constructor(
    readonly board: Y.Doc,
    readonly privateDoc: Y.Doc,
  ) {
    this.notes = board.getMap<unknown>(BOARD_MAPS.notes)
    this.authors = privateDoc.getMap<unknown>(PRIVATE_MAPS.authors)
    for (const id of this.notes.keys()) this.recompute(id)
    this.notes.observeDeep(this.onNotes)
    this.authors.observe(this.onAuthors)
  }

  /** Ids of the notes `participantId` authored (do not change the set). */
  notesOf(participantId: string): ReadonlySet<string> {
    return this.byAuthor.get(participantId) ?? EMPTY
  }

  /** Stops observing (the private room was replaced). */
  detach(): void {
    this.notes.unobserveDeep(this.onNotes)
    this.authors.unobserve(this.onAuthors)
  }

  private readonly onNotes = (events: Y.YEvent<Y.AbstractType<unknown>>[]): void => {
    for (const event of events) {
      // Only maps' keys carry notes and authors (a note's text may be a Y.Text).
      if (!(event instanceof Y.YMapEvent)) continue
      if (event.target === this.notes) {
        for (const id of event.keysChanged) this.recompute(id)
        continue
      }
      // A note's own `author` (boards not yet migrated): the note is a direct child.
      const target = event.target
      if (
        target instanceof Y.Map &&
        target.parent === this.notes &&
        event.keysChanged.has('author')
      ) {
        const id = target._item?.parentSub
        if (id) this.recompute(id)
      }
    }
  }

  private readonly onAuthors = (event: Y.YMapEvent<unknown>): void => {
    for (const id of event.keysChanged) this.recompute(id)
  }

  private recompute(id: string): void {
    const before = this.authorOf.get(id)
    const note = this.notes.get(id)
    const owner = note instanceof Y.Map ? (this.authors.get(id) ?? note.get('author')) : undefined
    const after = typeof owner === 'string' ? owner : undefined
    if (before === after) return
    if (before !== undefined) {
      const set = this.byAuthor.get(before)
      set?.delete(id)
      if (set?.size === 0) this.byAuthor.delete(before)
      this.authorOf.delete(id)
    }
    if (after !== undefined) {
      let set = this.byAuthor.get(after)
      if (!set) {
        set = new Set()
        this.byAuthor.set(after, set)
      }
      set.add(id)
      this.authorOf.set(id, after)
    }
  }
}

const EMPTY: ReadonlySet<string> = new Set()

/** One index per board, for the private room it was built with; found from either document. */
const byBoard = new WeakMap<Y.Doc, AuthoredIndex>()
const byPrivate = new WeakMap<Y.Doc, AuthoredIndex>()

/**
 * The ids of the board notes `participantId` authored: from the board's
 * index (built on first use), or by a walk while either document is inside
 * a transaction (its observers have not run yet).
 */
export function authoredNotes(board: Y.Doc, privateDoc: Y.Doc, participantId: string): string[] {
  if (board._transaction !== null || privateDoc._transaction !== null)
    return walkAuthored(board, privateDoc, participantId)
  let index = byBoard.get(board)
  if (index?.privateDoc !== privateDoc) {
    // A room reloaded with a new document: the index of the old one stops observing the other.
    index?.detach()
    byPrivate.get(privateDoc)?.detach()
    index = new AuthoredIndex(board, privateDoc)
    byBoard.set(board, index)
    byPrivate.set(privateDoc, index)
  }
  return [...index.notesOf(participantId)]
}

/** The walk the index replaces: every note of the board, its author looked up. */
export function walkAuthored(board: Y.Doc, privateDoc: Y.Doc, participantId: string): string[] {
  const notes = board.getMap<unknown>(BOARD_MAPS.notes)
  const authors = privateDoc.getMap<unknown>(PRIVATE_MAPS.authors)
  const mine: string[] = []
  for (const [id, note] of notes.entries())
    if (note instanceof Y.Map && (authors.get(id) ?? note.get('author')) === participantId)
      mine.push(id)
  return mine
}
