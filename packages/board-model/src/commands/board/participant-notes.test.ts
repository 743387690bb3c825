import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { ingestParticipant } from '../../ingest/ingest.js'
import { readParticipant } from '../../read/participant.js'
import { congressBoard, privateOf } from '../../test-support/boards.js'
import { addOwnNote } from '../participant/notes.js'
import { deleteNotesOf, notesByAuthor } from './participant-notes.js'

function phoneWith(board: Y.Doc, participantId: string, ids: string[]) {
  const phone = new Y.Doc()
  for (const id of ids) addOwnNote(phone, { id, text: `Idée ${id}`, dimension: 'vision' })
  ingestParticipant(board, privateOf(board), phone, participantId, 'server')
  return phone
}

describe("a participant's notes", () => {
  it('are found by author and deleted in one transaction, tombstoned so ingest never brings them back', () => {
    const board = congressBoard()
    const p1 = phoneWith(board, 'p1', ['a', 'b'])
    phoneWith(board, 'p2', ['c'])
    expect(notesByAuthor(board, privateOf(board), 'p1').sort()).toEqual(['a', 'b'])
    let transactions = 0
    board.on('afterTransaction', () => transactions++)
    expect(deleteNotesOf(board, privateOf(board), 'p1', 'server').sort()).toEqual(['a', 'b'])
    expect(transactions).toBe(1)
    expect([...board.getMap('notes').keys()]).toEqual(['c'])
    expect(board.getMap('deletedNotes').get('a')).toBe(true)
    ingestParticipant(board, privateOf(board), p1, 'p1', 'server')
    expect(board.getMap('notes').has('a')).toBe(false)
    expect(readParticipant(p1).receipts.a?.status).toBe('deleted')
    expect(deleteNotesOf(board, privateOf(board), 'nobody')).toEqual([])
  })
})

describe('ingest with admitNewNote', () => {
  it('refuses the notes the server does not admit with too-fast and lands them on a later ingest', () => {
    const board = congressBoard()
    const phone = new Y.Doc()
    for (const id of ['a', 'b', 'c']) addOwnNote(phone, { id, text: id, dimension: 'vision' })
    let tokens = 2
    const admitNewNote = () => tokens-- > 0
    const first = ingestParticipant(board, privateOf(board), phone, 'p1', 'server', {
      admitNewNote,
    })
    expect(first.added).toHaveLength(2)
    expect(first.rejected).toEqual([{ key: 'c', reason: 'too-fast' }])
    expect(readParticipant(phone).receipts.c).toEqual({ status: 'rejected', reason: 'too-fast' })
    tokens = 1
    const second = ingestParticipant(board, privateOf(board), phone, 'p1', 'server', {
      admitNewNote,
    })
    expect(second.added).toEqual(['c'])
    expect(readParticipant(phone).receipts).toEqual({})
  })
})
