import {
  addOwnNote,
  createBoard,
  createCluster,
  editOwnNote,
  ingestParticipant,
  setPosition,
  setPresentedViewport,
} from '@atelier/board-model'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { BoardStore } from './boardStore'

// The private room (authors, withheld texts) that goes with each test board.
const privates = new WeakMap<Y.Doc, Y.Doc>()
const privateOf = (board: Y.Doc): Y.Doc => {
  const doc = privates.get(board) ?? new Y.Doc()
  privates.set(board, doc)
  return doc
}

function setup() {
  const board = new Y.Doc()
  createBoard(board, { title: 'Test', template: 'congress', date: '2021-06-10' }, 'test')
  const layout = new Y.Doc()
  const phone = new Y.Doc()
  const ids = ['a', 'b', 'c'].map((id) =>
    addOwnNote(phone, { id, text: `note ${id}`, dimension: 'vision' }),
  )
  ingestParticipant(board, privateOf(board), phone, 'p1', 'server', { now: 1000 })
  const store = new BoardStore(board, layout).start()
  return { board, layout, phone, store, ids }
}

const flush = () => new Promise<void>((resolve) => queueMicrotask(resolve))

describe('BoardStore', () => {
  it('places every note, even before the layout document has positions', () => {
    const { store } = setup()
    expect(store.noteIds).toHaveLength(3)
    for (const id of store.noteIds) expect(store.note(id)!.x).toBeGreaterThan(0)
  })

  it('notifies only the note that changed and keeps the others identical', async () => {
    const { store, phone, board } = setup()
    const before = { a: store.note('a'), b: store.note('b'), ids: store.noteIds }
    const heard: string[] = []
    for (const id of ['a', 'b', 'c']) store.subscribeItem(id, () => heard.push(id))

    editOwnNote(phone, 'a', { text: 'note a, edited' })
    ingestParticipant(board, privateOf(board), phone, 'p1', 'server', { now: 2000 })
    await flush()

    expect(heard).toEqual(['a'])
    expect(store.note('a')!.text).toBe('note a, edited')
    expect(store.note('b')).toBe(before.b)
    expect(store.noteIds).toBe(before.ids)
  })

  it('follows the layout document and cluster membership', async () => {
    const { store, layout, board } = setup()
    setPosition(layout, 'b', { x: 5000, y: 400 })
    const cluster = createCluster(board, { title: 'Groupe', dimension: 'vision', noteIds: ['c'] })
    await flush()
    expect(store.note('b')).toMatchObject({ x: 5000, y: 400 })
    expect(store.note('c')!.clusterId).toBe(cluster)
    expect(store.cluster(cluster)!.noteCount).toBe(1)
    expect(store.clusterIds).toEqual([cluster])
  })

  it('is live again after StrictMode’s mount, unmount, mount (start, destroy, start)', async () => {
    const board = new Y.Doc()
    createBoard(board, { title: 'Test', template: 'congress', date: '2021-06-10' }, 'test')
    const layout = new Y.Doc()
    // What useBoardStore does under StrictMode: one store, its effect run, cleaned up, run again.
    const store = new BoardStore(board, layout)
    store.start()
    store.destroy()
    store.start()
    const heard: string[] = []
    store.subscribe(() => heard.push('board'))
    const phone = new Y.Doc()
    addOwnNote(phone, { id: 'late', text: 'arrivée après le remontage', dimension: 'vision' })
    ingestParticipant(board, privateOf(board), phone, 'p1', 'server', { now: 1000 })
    await flush()
    expect(store.note('late')?.text).toBe('arrivée après le remontage')
    expect(heard.length).toBeGreaterThan(0)
    // Destroyed for good, it stops following the documents.
    store.destroy()
    setPosition(layout, 'late', { x: 4321, y: 10 })
    await flush()
    expect(store.note('late')!.x).not.toBe(4321)
  })

  it('catches up on start with what changed before it (between render and effect)', async () => {
    const board = new Y.Doc()
    createBoard(board, { title: 'Test', template: 'congress', date: '2021-06-10' }, 'test')
    const store = new BoardStore(board, new Y.Doc())
    const phone = new Y.Doc()
    addOwnNote(phone, { id: 'early', text: 'avant l’effet', dimension: 'vision' })
    ingestParticipant(board, privateOf(board), phone, 'p1', 'server', { now: 1000 })
    store.start()
    await flush()
    expect(store.note('early')).toBeDefined()
  })

  it('ignores "follow me" viewport writes, which change nothing drawn', async () => {
    const { store, layout } = setup()
    await flush() // the catch-up refresh that start() schedules
    let heard = 0
    store.subscribe(() => heard++)
    setPresentedViewport(layout, { x: 0, y: 0, width: 800, height: 450 })
    await flush()
    expect(heard).toBe(0)
    setPosition(layout, 'a', { x: 5, y: 5 })
    await flush()
    expect(heard).toBe(1)
  })
})
