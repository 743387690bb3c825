import { describe, expect, it } from 'vitest'
import type { Note } from '../model'
import { noteStatus } from './noteStatus'

const boardNote: Note = {
  id: 'n1',
  text: 'Idée',
  dimension: 'd',
  author: 'p',
  createdAt: 1,
  hidden: false,
  byFacilitator: false,
  editedByFacilitator: false,
}

describe('noteStatus', () => {
  it('walks waiting -> sent -> on the board', () => {
    expect(
      noteStatus({ text: 'Idée', receipt: undefined, boardNote: undefined, sent: false }),
    ).toEqual({ kind: 'waiting' })
    expect(
      noteStatus({ text: 'Idée', receipt: undefined, boardNote: undefined, sent: true }),
    ).toEqual({ kind: 'sent' })
    expect(noteStatus({ text: 'Idée', receipt: undefined, boardNote, sent: true })).toEqual({
      kind: 'onBoard',
    })
  })

  it('treats an edit not yet on the board as pending', () => {
    expect(noteStatus({ text: 'Idée v2', receipt: undefined, boardNote, sent: false })).toEqual({
      kind: 'waiting',
    })
    expect(noteStatus({ text: 'Idée v2', receipt: undefined, boardNote, sent: true })).toEqual({
      kind: 'sent',
    })
  })

  it('counts a note on the board in silent mode, where the board withholds its text', () => {
    const withheld = { ...boardNote, text: '', author: '' }
    expect(
      noteStatus({ text: 'Idée', receipt: undefined, boardNote: withheld, sent: true }),
    ).toEqual({ kind: 'onBoard' })
  })

  it('shows why the server refused a note', () => {
    const receipt = { status: 'rejected' as const, reason: 'text-too-long' }
    expect(noteStatus({ text: 'x', receipt, boardNote: undefined, sent: true })).toEqual({
      kind: 'refused',
      reason: 'text-too-long',
    })
  })

  it('reports moderation', () => {
    expect(
      noteStatus({
        text: 'Idée',
        receipt: undefined,
        boardNote: { ...boardNote, hidden: true },
        sent: true,
      }),
    ).toEqual({
      kind: 'hidden',
    })
    expect(
      noteStatus({
        text: 'Idée',
        receipt: { status: 'deleted', reason: 'deleted-by-facilitator' },
        boardNote: undefined,
        sent: true,
      }),
    ).toEqual({ kind: 'deleted' })
  })
  it('says the facilitator edited it, even before the receipt arrives', () => {
    const edited = { ...boardNote, text: 'Idée corrigée', editedByFacilitator: true }
    expect(noteStatus({ text: 'Idé', receipt: undefined, boardNote: edited, sent: true })).toEqual({
      kind: 'edited',
    })
    expect(
      noteStatus({
        text: 'Idé',
        receipt: { status: 'edited', reason: 'edited-by-facilitator' },
        boardNote: edited,
        sent: true,
      }),
    ).toEqual({ kind: 'edited' })
  })
})
