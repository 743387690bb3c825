import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  createCluster,
  deleteCluster,
  mergeClusters,
  renameCluster,
  setRecommendation,
  splitCluster,
} from './commands/board/clusters.js'
import { moveToCluster } from './commands/board/membership.js'
import { setFocus, setLocked, setPhase, setShowTallies } from './commands/board/meta.js'
import { deleteNote, hideNote, removeParticipant, unhideNote } from './commands/board/moderation.js'
import { addMinute, pauseTimer, resumeTimer, startTimer } from './commands/board/timer.js'
import { addOwnNote, deleteOwnNote, editOwnNote } from './commands/participant/notes.js'
import { BoardModelError } from './errors.js'
import { ingestParticipant } from './ingest/ingest.js'
import { readBoard } from './read/board.js'
import { congressBoard, privateOf } from './test-support/boards.js'
import { rng } from './test-support/random.js'
import type { BoardState } from './types.js'

// Three replicas of one board: the server (which also ingests phones) and
// two facilitator tabs. Random commands run on random replicas while updates
// travel in random order with random delays; once everything is delivered
// all replicas must read the same board, and that board must be coherent.

const DIMS = ['vision', 'efficacite', 'reseau']
const REMOTE = Symbol('remote')

function network(docs: Y.Doc[], random: ReturnType<typeof rng>) {
  const queues: Uint8Array[][] = docs.map(() => [])
  docs.forEach((doc, from) => {
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE) return
      docs.forEach((_, to) => {
        if (to !== from) queues[to]!.push(update)
      })
    })
  })
  const deliverOne = (to: number) => {
    const q = queues[to]!
    if (q.length === 0) return
    // Out of order on purpose: Yjs must buffer updates whose dependencies are missing.
    const [update] = q.splice(random.int(q.length), 1)
    Y.applyUpdate(docs[to]!, update!, REMOTE)
  }
  return {
    deliverSome() {
      for (let i = random.int(4); i > 0; i--) deliverOne(random.int(docs.length))
    },
    flush() {
      while (queues.some((q) => q.length)) for (let to = 0; to < docs.length; to++) deliverOne(to)
    },
  }
}

function facilitatorStep(doc: Y.Doc, random: ReturnType<typeof rng>, step: number): void {
  const state = readBoard(doc, privateOf(doc))
  const noteIds = Object.keys(state.notes)
  const clusterIds = Object.keys(state.clusters)
  const pickCluster = () => random.pick(clusterIds) ?? 'none'
  const actions = [
    () =>
      createCluster(doc, {
        title: `c${step}`,
        dimension: random.pick(DIMS)!,
        noteIds: random.some(noteIds),
      }),
    () => moveToCluster(doc, random.some(noteIds), random.next() < 0.2 ? null : pickCluster()),
    () => mergeClusters(doc, pickCluster(), pickCluster()),
    () => {
      const c = pickCluster()
      splitCluster(doc, c, random.some(noteIds), `split${step}`)
    },
    () => deleteCluster(doc, pickCluster()),
    () => renameCluster(doc, pickCluster(), `renamed${step}`),
    () => setRecommendation(doc, pickCluster(), `reco${step}`),
    () => hideNote(doc, random.pick(noteIds) ?? ''),
    () => unhideNote(doc, random.pick(noteIds) ?? ''),
    () => deleteNote(doc, random.pick(noteIds) ?? ''),
    () => setPhase(doc, random.next() < 0.7 ? 'collect' : 'cluster'),
    () => setLocked(doc, random.next() < 0.2),
    () => setFocus(doc, random.next() < 0.3 ? null : pickCluster()),
    () => setShowTallies(doc, random.next() < 0.5),
    () => startTimer(doc, 60_000, step * 1000),
    () => pauseTimer(doc, step * 1000),
    () => resumeTimer(doc, step * 1000),
    () => addMinute(doc, step * 1000),
    () => (random.next() < 0.1 ? removeParticipant(doc, `p${random.int(4)}`) : undefined),
  ]
  random.pick(actions)!()
}

function phoneStep(phone: Y.Doc, random: ReturnType<typeof rng>, step: number): void {
  const own = Array.from(phone.getMap('notes').keys())
  const r = random.next()
  if (r < 0.6 || own.length === 0)
    addOwnNote(phone, { text: `idée ${step}`, dimension: random.pick([...DIMS, 'nope'])! })
  else if (r < 0.85) editOwnNote(phone, random.pick(own)!, { text: `modifiée ${step}` })
  else deleteOwnNote(phone, random.pick(own)!)
}

/** What must hold for any board a reader sees. */
function expectCoherent(state: BoardState): void {
  for (const [noteId, clusterId] of Object.entries(state.membership)) {
    expect(state.notes[noteId]?.dimension).toBe(state.clusters[clusterId]?.dimension)
  }
  if (state.meta.focus !== null) expect(state.clusters[state.meta.focus]).toBeDefined()
  for (const note of Object.values(state.notes)) expect(DIMS).toContain(note.dimension)
}

function run(seed: number, steps: number) {
  const random = rng(seed)
  const server = congressBoard()
  const tabs = [new Y.Doc(), new Y.Doc()]
  for (const tab of tabs) Y.applyUpdate(tab, Y.encodeStateAsUpdate(server))
  const docs = [server, ...tabs]
  const net = network(docs, random)
  const phones = [0, 1, 2, 3].map(() => new Y.Doc())

  for (let step = 0; step < steps; step++) {
    const who = random.int(docs.length + 1)
    try {
      if (who === docs.length) {
        const p = random.int(phones.length)
        phoneStep(phones[p]!, random, step)
        ingestParticipant(server, privateOf(server), phones[p]!, `p${p}`, 'server', { now: step })
      } else facilitatorStep(docs[who]!, random, step)
    } catch (error) {
      // Commands refuse stale or invalid input; anything else is a bug.
      if (!(error instanceof BoardModelError)) throw error
    }
    net.deliverSome()
  }
  net.flush()
  return docs.map((d) => readBoard(d))
}

describe('convergence under random commands and random delivery order', () => {
  // Pinned seeds keep past failures as regressions; add a seed when one fails.
  const seeds = Array.from({ length: 30 }, (_, i) => i + 1)
  it.each(seeds)('seed %i: all replicas read the same coherent board', (seed) => {
    const [first, ...rest] = run(seed, 250)
    expectCoherent(first!)
    for (const other of rest) expect(other).toEqual(first)
    // The fuzz must exercise something: notes and clusters exist at some point.
    expect(Object.keys(first!.notes).length + Object.keys(first!.clusters).length).toBeGreaterThan(
      0,
    )
  })

  it('a replica rebuilt from the stored state reads the same board', () => {
    const random = rng(99)
    const board = congressBoard()
    const phone = new Y.Doc()
    for (let i = 0; i < 20; i++) {
      phoneStep(phone, random, i)
      ingestParticipant(board, privateOf(board), phone, 'p0', 'server', { now: i })
    }
    createCluster(board, {
      title: 'c',
      dimension: 'vision',
      noteIds: Object.keys(readBoard(board, privateOf(board)).notes),
    })
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(board))
    expect(readBoard(copy)).toEqual(readBoard(board))
  })
})
