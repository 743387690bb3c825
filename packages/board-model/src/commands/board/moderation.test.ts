import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { ingestParticipant } from '../../ingest/ingest.js'
import { readBoard } from '../../read/board.js'
import { congressBoard, privateOf } from '../../test-support/boards.js'
import { addOwnNote } from '../participant/notes.js'
import { createCluster } from './clusters.js'
import {
  deleteNote,
  hideNote,
  removeParticipant,
  restoreParticipant,
  unhideNote,
} from './moderation.js'

function boardWithNote() {
  const board = congressBoard()
  const phone = new Y.Doc()
  addOwnNote(phone, { id: 'n1', text: 'Idée', dimension: 'vision' })
  ingestParticipant(board, privateOf(board), phone, 'p1', 'server')
  return { board, phone }
}

describe('moderation', () => {
  it('hides and unhides a note', () => {
    const { board } = boardWithNote()
    expect(hideNote(board, 'n1')).toBe(true)
    expect(readBoard(board, privateOf(board)).notes.n1?.hidden).toBe(true)
    unhideNote(board, 'n1')
    expect(readBoard(board, privateOf(board)).notes.n1?.hidden).toBe(false)
    expect(hideNote(board, 'nope')).toBe(false)
  })

  it('deletes a note with its membership and leaves a tombstone that names nobody', () => {
    const { board } = boardWithNote()
    createCluster(board, { title: 'c', dimension: 'vision', noteIds: ['n1'] })
    expect(deleteNote(board, 'n1')).toBe(true)
    expect(readBoard(board, privateOf(board)).notes).toEqual({})
    expect(board.getMap('membership').size).toBe(0)
    // The author stays known to the private room only (ingest tells them `deleted`).
    expect(board.getMap('deletedNotes').get('n1')).toBe(true)
    expect(privateOf(board).getMap('authors').get('n1')).toBe('p1')
  })

  it('removes a participant from the count and refuses their notes; restore undoes it', () => {
    const { board, phone } = boardWithNote()
    removeParticipant(board, 'p1')
    expect(readBoard(board, privateOf(board)).participants.p1?.removed).toBe(true)
    addOwnNote(phone, { id: 'n2', text: 'Encore', dimension: 'vision' })
    expect(ingestParticipant(board, privateOf(board), phone, 'p1').rejected).toEqual([
      { key: 'n2', reason: 'participant-removed' },
    ])
    // Their earlier note stays on the board.
    expect(readBoard(board, privateOf(board)).notes.n1).toBeDefined()
    restoreParticipant(board, 'p1')
    expect(ingestParticipant(board, privateOf(board), phone, 'p1').added).toEqual(['n2'])
  })

  it('can remove a participant the board has not seen yet', () => {
    const board = congressBoard()
    removeParticipant(board, 'ghost')
    expect(readBoard(board, privateOf(board)).participants.ghost?.removed).toBe(true)
  })
})
