import { beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createCluster } from '../commands/board/clusters.js'
import { moveToCluster } from '../commands/board/membership.js'
import { setLocked, setPhase } from '../commands/board/meta.js'
import {
  deleteNote,
  hideNote,
  removeParticipant,
  unhideNote,
} from '../commands/board/moderation.js'
import { addOwnNote, deleteOwnNote, editOwnNote } from '../commands/participant/notes.js'
import { setName } from '../commands/participant/profile.js'
import { PARTICIPANT_MAPS } from '../layout.js'
import { readBoard } from '../read/board.js'
import { readParticipant } from '../read/participant.js'
import { congressBoard, privateOf, updatesDuring } from '../test-support/boards.js'
import { ingestParticipant } from './ingest.js'

let board: Y.Doc
let phone: Y.Doc
const ingest = (doc = phone, pid = 'p1') =>
  ingestParticipant(board, privateOf(board), doc, pid, 'server', { now: 1000 })

beforeEach(() => {
  board = congressBoard()
  phone = new Y.Doc()
})

/** Writes a raw note into a participant doc, as a third-party client might. */
function rawNote(doc: Y.Doc, id: string, fields: Record<string, unknown>): void {
  doc.getMap(PARTICIPANT_MAPS.notes).set(id, new Y.Map(Object.entries(fields)))
}

describe('ingestParticipant: notes', () => {
  it('puts a valid note on the board once, trimmed, authored and timestamped by the server', () => {
    addOwnNote(phone, { id: 'n1', text: '  Plus de SCIC  ', dimension: 'reseau', createdAt: 5 })
    const report = ingest()
    expect(report.added).toEqual(['n1'])
    expect(readBoard(board, privateOf(board)).notes.n1).toEqual({
      id: 'n1',
      text: 'Plus de SCIC',
      dimension: 'reseau',
      author: 'p1',
      createdAt: 1000,
      hidden: false,
      byFacilitator: false,
      editedByFacilitator: false,
    })
    expect(readParticipant(phone).receipts).toEqual({})
  })

  it('is idempotent: a second run (a reconnect) writes nothing to either doc', () => {
    addOwnNote(phone, { id: 'n1', text: 'Idée', dimension: 'vision' })
    setName(phone, 'Amandine')
    ingest()
    const boardUpdates = updatesDuring(board, () => {
      const phoneUpdates = updatesDuring(phone, () => {
        const again = ingest()
        expect(again.added).toEqual([])
        expect(again.boardChanged).toBe(false)
        expect(again.receiptsChanged).toBe(false)
      })
      expect(phoneUpdates).toBe(0)
    })
    expect(boardUpdates).toBe(0)
    expect(Object.keys(readBoard(board, privateOf(board)).notes)).toEqual(['n1'])
  })

  it.each([
    ['text-empty', { text: '   ', dimension: 'vision' }],
    ['text-too-long', { text: 'x'.repeat(501), dimension: 'vision' }],
    ['unknown-dimension', { text: 'ok', dimension: 'nope' }],
    ['malformed', { text: 42, dimension: 'vision' }],
  ])('rejects %s with a receipt and keeps it off the board', (reason, fields) => {
    rawNote(phone, 'n1', fields)
    const report = ingest()
    expect(report.rejected).toEqual([{ key: 'n1', reason }])
    expect(readBoard(board, privateOf(board)).notes).toEqual({})
    expect(readParticipant(phone).receipts.n1).toEqual({ status: 'rejected', reason })
  })

  it('accepts exactly 500 code points, counting an emoji as one', () => {
    addOwnNote(phone, { id: 'n1', text: '😅'.repeat(500), dimension: 'vision' })
    expect(ingest().added).toEqual(['n1'])
  })

  it('rejects an id that is not url-safe, never writing a receipt that could pass for a vote receipt', () => {
    rawNote(phone, 'a b', { text: 'ok', dimension: 'vision' })
    rawNote(phone, 'vote:c1', { text: 'ok', dimension: 'vision' })
    expect(ingest().rejected).toEqual([
      { key: 'a b', reason: 'id-invalid' },
      { key: 'vote:c1', reason: 'id-invalid' },
    ])
    expect(readParticipant(phone).receipts).toEqual({
      'a b': { status: 'rejected', reason: 'id-invalid' },
    })
    expect(readBoard(board, privateOf(board)).notes).toEqual({})
  })

  it.each([
    ['collection-closed', () => setPhase(board, 'cluster')],
    ['workshop-closed', () => setPhase(board, 'closed')],
    ['board-locked', () => setLocked(board, true)],
    ['participant-removed', () => removeParticipant(board, 'p1')],
  ])('rejects new notes with %s', (reason, close) => {
    close()
    addOwnNote(phone, { id: 'n1', text: 'Idée', dimension: 'vision' })
    expect(ingest().rejected).toEqual([{ key: 'n1', reason }])
    expect(readBoard(board, privateOf(board)).notes).toEqual({})
    expect(readParticipant(phone).receipts.n1?.reason).toBe(reason)
  })

  it('ingests a refused note once collection reopens, and clears its receipt', () => {
    setPhase(board, 'cluster')
    addOwnNote(phone, { id: 'n1', text: 'Idée', dimension: 'vision' })
    ingest()
    setPhase(board, 'collect')
    expect(ingest().added).toEqual(['n1'])
    expect(readParticipant(phone).receipts).toEqual({})
  })

  it('a later valid edit clears a rejection receipt', () => {
    rawNote(phone, 'n1', { text: '', dimension: 'vision' })
    ingest()
    editOwnNote(phone, 'n1', { text: 'Enfin une idée' })
    expect(ingest().added).toEqual(['n1'])
    expect(readParticipant(phone).receipts).toEqual({})
  })

  it('applies edits to text and dimension; a dimension change takes the note out of its cluster', () => {
    addOwnNote(phone, { id: 'n1', text: 'Idée', dimension: 'vision' })
    ingest()
    const c = createCluster(board, { title: 'C', dimension: 'vision', noteIds: ['n1'] })
    expect(readBoard(board, privateOf(board)).membership).toEqual({ n1: c })
    editOwnNote(phone, 'n1', { text: 'Idée précisée' })
    expect(ingest().updated).toEqual(['n1'])
    expect(readBoard(board, privateOf(board)).notes.n1?.text).toBe('Idée précisée')
    expect(readBoard(board, privateOf(board)).membership).toEqual({ n1: c })
    editOwnNote(phone, 'n1', { dimension: 'reseau' })
    ingest()
    expect(readBoard(board, privateOf(board)).notes.n1?.dimension).toBe('reseau')
    expect(readBoard(board, privateOf(board)).membership).toEqual({})
  })

  it('refuses an edit once collection is closed, keeping the board text and telling the phone', () => {
    addOwnNote(phone, { id: 'n1', text: 'Idée', dimension: 'vision' })
    ingest()
    setPhase(board, 'vote')
    editOwnNote(phone, 'n1', { text: 'Autre chose' })
    expect(ingest().rejected).toEqual([{ key: 'n1', reason: 'collection-closed' }])
    expect(readBoard(board, privateOf(board)).notes.n1?.text).toBe('Idée')
    // Reverting the edit makes the phone agree with the board again.
    editOwnNote(phone, 'n1', { text: 'Idée' })
    ingest()
    expect(readParticipant(phone).receipts).toEqual({})
  })

  it('removes notes the participant deleted, with their membership', () => {
    addOwnNote(phone, { id: 'n1', text: 'Idée', dimension: 'vision' })
    ingest()
    createCluster(board, { title: 'C', dimension: 'vision', noteIds: ['n1'] })
    deleteOwnNote(phone, 'n1')
    expect(ingest().removed).toEqual(['n1'])
    expect(readBoard(board, privateOf(board)).notes).toEqual({})
    expect(board.getMap('membership').size).toBe(0)
  })

  it('keeps a note on the board when the participant deletes it after collection', () => {
    addOwnNote(phone, { id: 'n1', text: 'Idée', dimension: 'vision' })
    ingest()
    setLocked(board, true)
    deleteOwnNote(phone, 'n1')
    expect(ingest().rejected).toEqual([{ key: 'n1', reason: 'board-locked' }])
    expect(readBoard(board, privateOf(board)).notes.n1).toBeDefined()
  })

  it('keeps a hidden note hidden when its author edits it, and tells the author', () => {
    addOwnNote(phone, { id: 'n1', text: 'Insulte', dimension: 'vision' })
    ingest()
    hideNote(board, 'n1')
    ingest()
    expect(readParticipant(phone).receipts.n1).toEqual({
      status: 'hidden',
      reason: 'hidden-by-facilitator',
    })
    editOwnNote(phone, 'n1', { text: 'Version polie' })
    ingest()
    expect(readBoard(board, privateOf(board)).notes.n1).toMatchObject({
      text: 'Version polie',
      hidden: true,
    })
    unhideNote(board, 'n1')
    ingest()
    expect(readParticipant(phone).receipts).toEqual({})
  })

  it('never revives a note the facilitator deleted', () => {
    addOwnNote(phone, { id: 'n1', text: 'Hors sujet', dimension: 'vision' })
    ingest()
    deleteNote(board, 'n1')
    const report = ingest()
    expect(report.added).toEqual([])
    expect(readBoard(board, privateOf(board)).notes).toEqual({})
    expect(readParticipant(phone).receipts.n1).toEqual({
      status: 'deleted',
      reason: 'deleted-by-facilitator',
    })
  })

  it('rejects an id already used by another author, leaving their note untouched', () => {
    addOwnNote(phone, { id: 'same', text: 'Première', dimension: 'vision' })
    ingest()
    const intruder = new Y.Doc()
    addOwnNote(intruder, { id: 'same', text: 'Écrasement', dimension: 'vision' })
    const report = ingest(intruder, 'p2')
    expect(report.rejected).toEqual([{ key: 'same', reason: 'id-conflict' }])
    expect(readBoard(board, privateOf(board)).notes.same).toMatchObject({
      text: 'Première',
      author: 'p1',
    })
    // Nor can the intruder delete it by having it absent: p2 never owned it.
    expect(ingest(new Y.Doc(), 'p2').removed).toEqual([])
  })

  it('caps the number of notes per participant', () => {
    for (let i = 0; i < 3; i++)
      addOwnNote(phone, { id: `n${i}`, text: `idée ${i}`, dimension: 'vision' })
    const report = ingestParticipant(board, privateOf(board), phone, 'p1', 'server', {
      maxNotesPerParticipant: 2,
    })
    expect(report.added).toHaveLength(2)
    expect(report.rejected).toEqual([{ key: 'n2', reason: 'too-many-notes' }])
  })

  it('writes under the given origin on both docs', () => {
    const origins: unknown[] = []
    board.on('afterTransaction', (t) => origins.push(t.origin))
    phone.on('afterTransaction', (t) => origins.push(t.origin))
    rawNote(phone, 'bad', { text: '', dimension: 'vision' })
    addOwnNote(phone, { id: 'n1', text: 'ok', dimension: 'vision' })
    origins.length = 0
    ingest()
    expect(origins).toEqual(['server', 'server'])
  })
})

describe('ingestParticipant: participants', () => {
  it('registers the participant and syncs their name', () => {
    ingest()
    expect(readBoard(board, privateOf(board)).participants.p1).toEqual({
      id: 'p1',
      name: null,
      joinedAt: 1000,
      removed: false,
    })
    setName(phone, 'Karim')
    ingest()
    expect(readBoard(board, privateOf(board)).participants.p1?.name).toBe('Karim')
  })

  it('rejects a name over 40 characters without touching the board', () => {
    phone.getMap(PARTICIPANT_MAPS.profile).set('name', 'x'.repeat(41))
    const report = ingest()
    expect(report.rejected).toEqual([{ key: 'profile:name', reason: 'name-too-long' }])
    expect(readBoard(board, privateOf(board)).participants.p1?.name).toBeNull()
  })

  it('does not register newcomers once the workshop is closed', () => {
    setPhase(board, 'closed')
    ingest()
    expect(readBoard(board, privateOf(board)).participants).toEqual({})
  })
})

describe('ingestParticipant: notes moved by the facilitator', () => {
  it('an ingest after clustering leaves membership alone', () => {
    addOwnNote(phone, { id: 'n1', text: 'Idée', dimension: 'vision' })
    ingest()
    const c = createCluster(board, { title: 'C', dimension: 'vision' })
    moveToCluster(board, ['n1'], c)
    ingest()
    expect(readBoard(board, privateOf(board)).membership).toEqual({ n1: c })
  })
})
