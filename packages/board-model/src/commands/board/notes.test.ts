import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { ingestParticipant } from '../../ingest/ingest.js'
import { participantsToReingest } from '../../ingest/triggers.js'
import { readBoard } from '../../read/board.js'
import { readParticipant } from '../../read/participant.js'
import { congressBoard, privateOf } from '../../test-support/boards.js'
import { addOwnNote, deleteOwnNote, editOwnNote } from '../participant/notes.js'
import { createCluster } from './clusters.js'
import { moveToCluster } from './membership.js'
import { addFacilitatorNote, editNoteText, mergeNotes, moveNoteToDimension } from './notes.js'

function boardWithPhone() {
  const board = congressBoard()
  const phone = new Y.Doc()
  addOwnNote(phone, { id: 'n1', text: 'Mutualiser les acahts', dimension: 'vision' })
  ingestParticipant(board, privateOf(board), phone, 'p1', 'server')
  return { board, phone }
}

describe('addFacilitatorNote', () => {
  it('adds a note with no participant author', () => {
    const board = congressBoard()
    const id = addFacilitatorNote(board, { text: '  Remarque orale  ', dimension: 'reseau' }, 'f')
    expect(readBoard(board, privateOf(board)).notes[id]).toMatchObject({
      text: 'Remarque orale',
      dimension: 'reseau',
      author: '',
      byFacilitator: true,
      editedByFacilitator: false,
    })
  })

  it('refuses an empty text and an unknown dimension', () => {
    const board = congressBoard()
    expect(() => addFacilitatorNote(board, { text: ' ', dimension: 'vision' })).toThrow(
      'text-empty',
    )
    expect(() => addFacilitatorNote(board, { text: 'x', dimension: 'nope' })).toThrow(
      'unknown-dimension',
    )
  })

  it('cannot be taken over, edited or deleted by a participant using its id', () => {
    const board = congressBoard()
    addFacilitatorNote(board, { id: 'f1', text: 'Remarque', dimension: 'vision' })
    const phone = new Y.Doc()
    addOwnNote(phone, { id: 'f1', text: 'Pirate', dimension: 'vision' })
    const report = ingestParticipant(board, privateOf(board), phone, 'p1', 'server')
    expect(report.rejected).toEqual([{ key: 'f1', reason: 'id-conflict' }])
    expect(readBoard(board, privateOf(board)).notes.f1?.text).toBe('Remarque')
  })
})

describe('a facilitator edit and the author’s phone', () => {
  it('fixes the text and freezes the note against the author’s later edit', () => {
    const { board, phone } = boardWithPhone()
    editNoteText(board, 'n1', 'Mutualiser les achats', 'f')
    ingestParticipant(board, privateOf(board), phone, 'p1', 'server')
    expect(readParticipant(phone).receipts.n1).toEqual({
      status: 'edited',
      reason: 'edited-by-facilitator',
    })
    editOwnNote(phone, 'n1', { text: 'Autre chose' })
    const report = ingestParticipant(board, privateOf(board), phone, 'p1', 'server')
    expect(report.updated).toEqual([])
    expect(readBoard(board, privateOf(board)).notes.n1).toMatchObject({
      text: 'Mutualiser les achats',
      author: 'p1',
      editedByFacilitator: true,
    })
    expect(readParticipant(phone).receipts.n1?.status).toBe('edited')
  })

  it('keeps the note when its author deletes it after the facilitator edited it', () => {
    const { board, phone } = boardWithPhone()
    editNoteText(board, 'n1', 'Mutualiser les achats', 'f')
    deleteOwnNote(phone, 'n1')
    const report = ingestParticipant(board, privateOf(board), phone, 'p1', 'server')
    expect(report.removed).toEqual([])
    expect(readBoard(board, privateOf(board)).notes.n1?.text).toBe('Mutualiser les achats')
  })

  it('moves a note to another dimension, out of its cluster, and freezes it', () => {
    const { board, phone } = boardWithPhone()
    const cluster = createCluster(board, { dimension: 'vision', title: 'Achats' })
    moveToCluster(board, ['n1'], cluster)
    moveNoteToDimension(board, 'n1', 'reseau', 'f')
    const state = readBoard(board, privateOf(board))
    expect(state.notes.n1?.dimension).toBe('reseau')
    expect(state.membership.n1).toBeUndefined()
    editOwnNote(phone, 'n1', { dimension: 'vision' })
    ingestParticipant(board, privateOf(board), phone, 'p1', 'server')
    expect(readBoard(board, privateOf(board)).notes.n1?.dimension).toBe('reseau')
  })

  it('asks the server to re-ingest the author so the phone is told at once', () => {
    const { board } = boardWithPhone()
    let scope: ReturnType<typeof participantsToReingest> | undefined
    board.on('afterTransaction', (t) => {
      scope = participantsToReingest(board, t, privateOf(board))
    })
    editNoteText(board, 'n1', 'Mutualiser les achats', 'f')
    expect(scope).toEqual({ all: false, participants: ['p1'] })
  })

  it('leaves an untouched note to its author', () => {
    const { board, phone } = boardWithPhone()
    editOwnNote(phone, 'n1', { text: 'Mutualiser les achats' })
    ingestParticipant(board, privateOf(board), phone, 'p1', 'server')
    expect(readBoard(board, privateOf(board)).notes.n1?.text).toBe('Mutualiser les achats')
    expect(readBoard(board, privateOf(board)).notes.n1?.editedByFacilitator).toBe(false)
  })

  it('does not mark the facilitator’s own notes as edited', () => {
    const board = congressBoard()
    const id = addFacilitatorNote(board, { text: 'Remarque', dimension: 'vision' })
    editNoteText(board, id, 'Remarque corrigée')
    expect(readBoard(board, privateOf(board)).notes[id]).toMatchObject({
      text: 'Remarque corrigée',
      editedByFacilitator: false,
    })
  })
})

describe('mergeNotes', () => {
  it('keeps one note with the merged text and deletes the duplicate for good', () => {
    const { board, phone } = boardWithPhone()
    const other = new Y.Doc()
    addOwnNote(other, { id: 'n2', text: 'Achats groupés', dimension: 'vision' })
    ingestParticipant(board, privateOf(board), other, 'p2', 'server')
    const updates: number[] = []
    board.on('update', () => updates.push(1))
    mergeNotes(board, 'n1', ['n2'], 'Mutualiser les achats (achats groupés)', 'f')
    expect(updates).toHaveLength(1)
    const state = readBoard(board, privateOf(board))
    expect(Object.keys(state.notes)).toEqual(['n1'])
    expect(state.notes.n1?.text).toBe('Mutualiser les achats (achats groupés)')
    ingestParticipant(board, privateOf(board), other, 'p2', 'server')
    ingestParticipant(board, privateOf(board), phone, 'p1', 'server')
    expect(readBoard(board, privateOf(board)).notes.n2).toBeUndefined()
    expect(readParticipant(other).receipts.n2?.status).toBe('deleted')
    expect(readParticipant(phone).receipts.n1?.status).toBe('edited')
  })

  it('refuses notes of different dimensions', () => {
    const board = congressBoard()
    const a = addFacilitatorNote(board, { text: 'a', dimension: 'vision' })
    const b = addFacilitatorNote(board, { text: 'b', dimension: 'reseau' })
    expect(() => mergeNotes(board, a, [b], 'ab')).toThrow('dimensions-differ')
  })
})
