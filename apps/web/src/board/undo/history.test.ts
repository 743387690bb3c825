import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addOwnNote,
  createBoard,
  createCluster,
  deleteCluster,
  deleteOwnNote,
  hideNote,
  ingestParticipant,
  mergeClusters,
  readBoard,
  readLayout,
  setPositions,
  splitCluster,
} from '../../model'
import { UndoHistory } from './history'
import { undoScopes } from './scopes'

// The private room (authors, withheld texts) that goes with each test board.
const privates = new WeakMap<Y.Doc, Y.Doc>()
const privateOf = (board: Y.Doc): Y.Doc => {
  const doc = privates.get(board) ?? new Y.Doc()
  privates.set(board, doc)
  return doc
}

const ME = 'facilitator'
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 1))

/** A board with notes n1..n4 in dimension `idees`, ingested from a phone as the server does. */
function setup() {
  const board = new Y.Doc()
  createBoard(board, { title: 'T', template: 'blank' }, 'server')
  const phone = new Y.Doc()
  for (const id of ['n1', 'n2', 'n3', 'n4']) addOwnNote(phone, { id, text: id, dimension: 'idees' })
  ingestParticipant(board, privateOf(board), phone, 'p1', 'server')
  const layout = new Y.Doc()
  const history = new UndoHistory(undoScopes(board, layout), ME)
  return { board, phone, layout, history }
}

describe('UndoHistory', () => {
  it('undoes and redoes a merge, a split and a delete, one gesture at a time', async () => {
    const { board, history } = setup()
    const a = createCluster(board, { title: 'A', dimension: 'idees', noteIds: ['n1', 'n2'] }, ME)
    await nextTask()
    const b = createCluster(board, { title: 'B', dimension: 'idees', noteIds: ['n3'] }, ME)
    await nextTask()
    mergeClusters(board, a, b, ME)
    await nextTask()
    expect(Object.keys(readBoard(board).clusters)).toEqual([a])
    expect(readBoard(board).membership).toEqual({ n1: a, n2: a, n3: a })

    const c = splitCluster(board, a, ['n3'], 'C', ME)
    await nextTask()
    expect(readBoard(board).membership.n3).toBe(c)
    deleteCluster(board, a, ME)
    await nextTask()
    expect(readBoard(board).membership).toEqual({ n3: c })

    history.undo() // delete
    expect(readBoard(board).membership).toEqual({ n1: a, n2: a, n3: c })
    history.undo() // split
    expect(readBoard(board).membership).toEqual({ n1: a, n2: a, n3: a })
    history.undo() // merge
    expect(readBoard(board).clusters[b]?.title).toBe('B')
    expect(readBoard(board).membership).toEqual({ n1: a, n2: a, n3: b })
    history.redo() // merge again
    expect(readBoard(board).clusters[b]).toBeUndefined()
    expect(readBoard(board).membership).toEqual({ n1: a, n2: a, n3: a })
  })

  it('groups a gesture that writes both documents into one step', async () => {
    const { board, layout, history } = setup()
    const id = createCluster(board, { title: 'G', dimension: 'idees', noteIds: ['n1'] }, ME)
    setPositions(layout, { [id]: { x: 10, y: 20 }, n1: { x: 30, y: 40 } }, ME)
    await nextTask()
    expect(history.canUndo).toBe(true)
    history.undo()
    expect(readBoard(board).clusters).toEqual({})
    expect(readLayout(layout).positions).toEqual({})
    expect(history.canUndo).toBe(false)
    history.redo()
    expect(readBoard(board).clusters[id]?.title).toBe('G')
    expect(readLayout(layout).positions[id]).toEqual({ x: 10, y: 20 })
  })

  it("never undoes other origins (the server's ingest, automatic placement)", async () => {
    const { board, phone, layout, history } = setup()
    hideNote(board, 'n1', ME)
    await nextTask()
    setPositions(layout, { n2: { x: 1, y: 1 } }, 'auto-layout')
    deleteOwnNote(phone, 'n4')
    ingestParticipant(board, privateOf(board), phone, 'p1', 'server')
    await nextTask()
    history.undo()
    expect(readBoard(board).notes.n1?.hidden).toBe(false)
    expect(readBoard(board).notes.n4).toBeUndefined()
    expect(readLayout(layout).positions.n2).toEqual({ x: 1, y: 1 })
    expect(history.canUndo).toBe(false)
  })

  it('forgets the redo branch after a new action', async () => {
    const { board, history } = setup()
    createCluster(board, { title: 'A', dimension: 'idees', noteIds: ['n1'] }, ME)
    await nextTask()
    history.undo()
    expect(history.canRedo).toBe(true)
    createCluster(board, { title: 'B', dimension: 'idees', noteIds: ['n2'] }, ME)
    await nextTask()
    expect(history.canRedo).toBe(false)
  })
})
