import { addOwnNote, createBoard, ingestParticipant, readBoard } from '@atelier/board-model'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { NOTE_HEIGHT, NOTE_WIDTH } from '../geometry/constants'
import { rectsIntersect } from '../geometry/hitTest'
import type { Rect } from '../geometry/types'
import { contentArea } from '../layout/frames'
import { BoardStore } from '../store/boardStore'
import { Selection } from '../store/selection'
import { dropNotes } from './dropNotes'
import { groupSelection } from './groupSelection'
import { mergeClusters } from './mergeClusters'
import { actionContext } from './types'

// The private room (authors, withheld texts) that goes with each test board.
const privates = new WeakMap<Y.Doc, Y.Doc>()
const privateOf = (board: Y.Doc): Y.Doc => {
  const doc = privates.get(board) ?? new Y.Doc()
  privates.set(board, doc)
  return doc
}

const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

async function setup(count = 8) {
  const board = new Y.Doc()
  createBoard(board, { title: 'Test', template: 'congress', date: '2021-06-10' }, 'test')
  const [first, second] = readBoard(board).dimensions
  const phone = new Y.Doc()
  for (let i = 0; i < count; i++)
    addOwnNote(phone, { id: `n${i}`, text: `note ${i}`, dimension: first!.id })
  addOwnNote(phone, { id: 'other', text: 'autre', dimension: second!.id })
  ingestParticipant(board, privateOf(board), phone, 'p1', 'server', { now: 1000 })
  const store = new BoardStore(board, new Y.Doc()).start()
  return { store, ctx: actionContext(store, new Selection()) }
}

const rect = (p: { x: number; y: number }): Rect => ({
  ...p,
  width: NOTE_WIDTH,
  height: NOTE_HEIGHT,
})

/** Nothing overlaps: notes, cluster frames, and loose notes with frames. */
function assertTidy(store: BoardStore) {
  const notes = [...store.allNotes()]
  const clusters = [...store.allClusters()]
  for (let i = 0; i < notes.length; i++)
    for (let j = i + 1; j < notes.length; j++)
      expect(
        rectsIntersect(rect(notes[i]!), rect(notes[j]!)),
        `${notes[i]!.id}/${notes[j]!.id}`,
      ).toBe(false)
  for (let i = 0; i < clusters.length; i++)
    for (let j = i + 1; j < clusters.length; j++)
      expect(rectsIntersect(clusters[i]!.rect, clusters[j]!.rect)).toBe(false)
  // A cluster never climbs into its theme's header, where the question is
  // written, nor into the theme's margin, where its frame would touch the theme's edge.
  for (const c of clusters) {
    const area = contentArea(store.frames.find((f) => f.id === c.dimension)!.rect)
    expect(c.rect.y, c.id).toBeGreaterThanOrEqual(area.y)
    expect(c.rect.x, c.id).toBeGreaterThanOrEqual(area.x)
  }
  for (const n of notes) {
    const home = clusters.find((c) => c.id === n.clusterId)
    if (!home) continue
    const r = rect(n)
    expect(r.x >= home.rect.x && r.x + r.width <= home.rect.x + home.rect.width).toBe(true)
    expect(r.y >= home.rect.y && r.y + r.height <= home.rect.y + home.rect.height).toBe(true)
  }
}

describe('board actions', () => {
  it('a note dropped on a note makes a stack; another dropped on it joins; nothing overlaps', async () => {
    const { store, ctx } = await setup()
    const target = store.note('n0')!
    const plan = dropNotes.perform(ctx, { n3: { x: target.x + 20, y: target.y + 10 } })
    expect(plan.kind).toBe('stack')
    await flush()
    const cluster = store.note('n0')!.clusterId
    expect(cluster).not.toBeNull()
    expect(store.note('n3')!.clusterId).toBe(cluster)
    const member = store.note('n3')!
    expect(dropNotes.perform(ctx, { n5: { x: member.x + 5, y: member.y + 5 } }).kind).toBe('join')
    await flush()
    expect(store.note('n5')!.clusterId).toBe(cluster)
    expect(store.cluster(cluster!)!.noteCount).toBe(3)
    assertTidy(store)
  })

  it('a drop on another dimension is refused and writes nothing', async () => {
    const { store, ctx } = await setup()
    const other = store.note('other')!
    const before = store.layoutDoc.getMap('positions').toJSON()
    const plan = dropNotes.perform(ctx, { n1: { x: other.x, y: other.y } })
    expect(plan).toMatchObject({ kind: 'refused', reason: 'other-dimension' })
    await flush()
    expect(store.note('n1')!.clusterId).toBeNull()
    expect(store.layoutDoc.getMap('positions').toJSON()).toEqual(before)
  })

  it('merging keeps every note inside the surviving cluster', async () => {
    const { store, ctx } = await setup()
    ctx.selection.set(['n0', 'n1', 'n2'])
    const a = groupSelection.perform(ctx)!
    await flush()
    ctx.selection.set(['n4', 'n5', 'n6', 'n7'])
    const b = groupSelection.perform(ctx)!
    await flush()
    assertTidy(store)
    mergeClusters.perform(ctx, a, b)
    await flush()
    expect(store.cluster(b)).toBeUndefined()
    expect(store.cluster(a)!.noteCount).toBe(7)
    assertTidy(store)
  })
})
