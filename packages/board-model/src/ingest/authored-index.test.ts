import { seededRandom } from '@atelier/fixtures'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { BOARD_MAPS, PRIVATE_MAPS } from '../layout.js'
import { AuthoredIndex, authoredNotes, walkAuthored } from './authored-index.js'

const PEOPLE = ['p0', 'p1', 'p2', 'p3']
const IDS = Array.from({ length: 30 }, (_, i) => `n${i}`)

describe('the board index of notes by author', () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`agrees with a walk of the board after every change (seed ${seed})`, () => {
      const next = seededRandom(seed)
      const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!
      const board = new Y.Doc()
      const privateDoc = new Y.Doc()
      // Changes also come as updates from elsewhere (another process, a reload).
      const elsewhere = new Y.Doc()
      // Fixed client ids: conflicts resolve the same way on every run of a seed.
      board.clientID = 1
      privateDoc.clientID = 2
      elsewhere.clientID = 3
      const notes = board.getMap<unknown>(BOARD_MAPS.notes)
      const authors = privateDoc.getMap<unknown>(PRIVATE_MAPS.authors)
      const index = new AuthoredIndex(board, privateDoc)
      const ops: (() => void)[] = [
        // A participant's note: author in the private room.
        () => {
          const id = pick(IDS)
          privateDoc.transact(() => authors.set(id, pick(PEOPLE)))
          notes.set(id, new Y.Map<unknown>([['text', 'x']]))
        },
        // A note of a board not yet migrated: its author on the note.
        () => notes.set(pick(IDS), new Y.Map<unknown>([['author', pick(PEOPLE)]])),
        // The note's own author changes, or goes.
        () => {
          const note = notes.get(pick(IDS))
          if (!(note instanceof Y.Map)) return
          if (next() < 0.5) note.set('author', pick(PEOPLE))
          else note.delete('author')
        },
        () => authors.set(pick(IDS), pick(PEOPLE)),
        () => authors.delete(pick(IDS)),
        () => notes.delete(pick(IDS)),
        // Not a note: a value that is not a map.
        () => notes.set(pick(IDS), 'not a note'),
        () => authors.set(pick(IDS), 42),
        // Several changes in one transaction of each document.
        () =>
          board.transact(() => {
            for (let i = 0; i < 5; i++) {
              const id = pick(IDS)
              if (next() < 0.5) notes.delete(id)
              else notes.set(id, new Y.Map<unknown>([['author', pick(PEOPLE)]]))
            }
          }),
        // The same, arriving as an update.
        () => {
          Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(board))
          const note = elsewhere.getMap<unknown>(BOARD_MAPS.notes).get(pick(IDS))
          if (note instanceof Y.Map) note.set('author', pick(PEOPLE))
          else elsewhere.getMap(BOARD_MAPS.notes).set(pick(IDS), new Y.Map())
          Y.applyUpdate(board, Y.encodeStateAsUpdate(elsewhere, Y.encodeStateVector(board)))
        },
      ]
      for (let step = 0; step < 300; step++) {
        pick(ops)()
        for (const person of [...PEOPLE, 'nobody']) {
          const walked = walkAuthored(board, privateDoc, person).sort()
          expect([...index.notesOf(person)].sort(), `step ${step}, ${person}`).toEqual(walked)
          expect(authoredNotes(board, privateDoc, person).sort()).toEqual(walked)
        }
      }
    }, 60_000)
  }

  it('walks instead inside a transaction, before its observers ran', () => {
    const board = new Y.Doc()
    const privateDoc = new Y.Doc()
    expect(authoredNotes(board, privateDoc, 'p1')).toEqual([])
    board.transact(() => {
      board.getMap(BOARD_MAPS.notes).set('n1', new Y.Map<unknown>([['author', 'p1']]))
      expect(authoredNotes(board, privateDoc, 'p1')).toEqual(['n1'])
    })
    expect(authoredNotes(board, privateDoc, 'p1')).toEqual(['n1'])
  })

  it('is rebuilt for a new private room, and the old one stops observing', () => {
    const board = new Y.Doc()
    const first = new Y.Doc()
    board.getMap(BOARD_MAPS.notes).set('n1', new Y.Map())
    first.getMap(PRIVATE_MAPS.authors).set('n1', 'p1')
    expect(authoredNotes(board, first, 'p1')).toEqual(['n1'])
    const second = new Y.Doc()
    second.getMap(PRIVATE_MAPS.authors).set('n1', 'p2')
    expect(authoredNotes(board, second, 'p1')).toEqual([])
    expect(authoredNotes(board, second, 'p2')).toEqual(['n1'])
  })
})
