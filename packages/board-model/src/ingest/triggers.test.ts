import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createCluster } from '../commands/board/clusters.js'
import { moveToCluster } from '../commands/board/membership.js'
import { setFocus, setLocked, setPhase } from '../commands/board/meta.js'
import { deleteNote, hideNote, removeParticipant } from '../commands/board/moderation.js'
import { startTimer } from '../commands/board/timer.js'
import { addOwnNote } from '../commands/participant/notes.js'
import { congressBoard, privateOf } from '../test-support/boards.js'
import { ingestParticipant } from './ingest.js'
import { participantsToReingest, type ReingestScope } from './triggers.js'

/** The scope of the last transaction `fn` runs on the board. */
function scopeOf(board: Y.Doc, fn: () => void): ReingestScope | undefined {
  let scope: ReingestScope | undefined
  const on = (t: Y.Transaction) => {
    scope = participantsToReingest(board, t, privateOf(board))
  }
  board.on('afterTransaction', on)
  fn()
  board.off('afterTransaction', on)
  return scope
}

function setup() {
  const board = congressBoard()
  for (const pid of ['p1', 'p2']) {
    const phone = new Y.Doc()
    addOwnNote(phone, { id: `${pid}n`, text: 'Idée', dimension: 'vision' })
    ingestParticipant(board, privateOf(board), phone, pid, 'server')
  }
  return board
}

const everyone = { all: true, participants: [] }
const nobody = { all: false, participants: [] }

describe('participantsToReingest', () => {
  it('phase and lock changes concern everyone', () => {
    const board = setup()
    expect(scopeOf(board, () => setPhase(board, 'cluster'))).toEqual(everyone)
    expect(scopeOf(board, () => setLocked(board, true))).toEqual(everyone)
  })

  it('hiding or deleting a note concerns its author only', () => {
    const board = setup()
    expect(scopeOf(board, () => hideNote(board, 'p2n'))).toEqual({
      all: false,
      participants: ['p2'],
    })
    expect(scopeOf(board, () => deleteNote(board, 'p1n'))).toEqual({
      all: false,
      participants: ['p1'],
    })
  })

  it('removing a participant concerns that participant', () => {
    const board = setup()
    expect(scopeOf(board, () => removeParticipant(board, 'p2'))).toEqual({
      all: false,
      participants: ['p2'],
    })
  })

  it('clusters concern everyone only once votes count', () => {
    const board = setup()
    expect(scopeOf(board, () => createCluster(board, { title: 'c', dimension: 'vision' }))).toEqual(
      nobody,
    )
    setPhase(board, 'vote')
    expect(scopeOf(board, () => createCluster(board, { title: 'd', dimension: 'vision' }))).toEqual(
      everyone,
    )
  })

  it('timer, focus and clustering concern nobody', () => {
    const board = setup()
    const c = createCluster(board, { title: 'c', dimension: 'vision' })
    expect(scopeOf(board, () => startTimer(board, 60_000, 0))).toEqual(nobody)
    expect(scopeOf(board, () => setFocus(board, c))).toEqual(nobody)
    expect(scopeOf(board, () => moveToCluster(board, ['p1n'], c))).toEqual(nobody)
  })
})
