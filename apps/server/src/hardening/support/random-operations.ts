import {
  addFacilitatorNote,
  addOwnNote,
  BoardModelError,
  createCluster,
  deleteCluster,
  deleteNote,
  deleteOwnNote,
  editOwnNote,
  hideNote,
  mergeClusters,
  moveToCluster,
  readBoard,
  renameCluster,
  setClusterSize,
  setFocus,
  setPhase,
  setPosition,
  setVote,
  setVotesPerParticipant,
} from '@atelier/board-model'
import * as prng from 'lib0/prng'
import type * as Y from 'yjs'

const DIMENSIONS = ['vision', 'efficacite', 'reseau']

/** A facilitator's tab: the board and the layout it writes. */
export interface FacilitatorTab {
  board: Y.Doc
  layout: Y.Doc
}

/** A phone: its own document it writes, the board it reads (for cluster ids). */
export interface PhoneSide {
  own: Y.Doc
  board: Y.Doc
}

const pick = <T>(gen: prng.PRNG, xs: readonly T[]): T | undefined =>
  xs.length === 0 ? undefined : xs[prng.uint32(gen, 0, xs.length - 1)]
const some = <T>(gen: prng.PRNG, xs: readonly T[]): T[] =>
  xs.filter(() => prng.uint32(gen, 0, 2) === 0)

/**
 * One random facilitator command through the real board-model commands:
 * notes, clusters, membership, moderation, phase, vote budget, focus, layout.
 * Commands refusing stale input (BoardModelError) are part of the game.
 */
export function facilitatorOperation(gen: prng.PRNG, tab: FacilitatorTab, step: number): string {
  const state = readBoard(tab.board)
  const notes = Object.keys(state.notes)
  const clusters = Object.keys(state.clusters)
  const cluster = () => pick(gen, clusters) ?? 'none'
  const operations: [string, () => unknown][] = [
    [
      'note',
      () => addFacilitatorNote(tab.board, { text: `f${step}`, dimension: pick(gen, DIMENSIONS)! }),
    ],
    [
      'cluster',
      () =>
        createCluster(tab.board, {
          title: `c${step}`,
          dimension: pick(gen, DIMENSIONS)!,
          noteIds: some(gen, notes),
        }),
    ],
    [
      'membership',
      () => moveToCluster(tab.board, some(gen, notes), prng.bool(gen) ? cluster() : null),
    ],
    ['membership', () => moveToCluster(tab.board, some(gen, notes), cluster())],
    ['merge', () => mergeClusters(tab.board, cluster(), cluster())],
    ['delete-cluster', () => deleteCluster(tab.board, cluster())],
    ['rename', () => renameCluster(tab.board, cluster(), `r${step}`)],
    ['hide', () => hideNote(tab.board, pick(gen, notes) ?? '')],
    ['delete-note', () => deleteNote(tab.board, pick(gen, notes) ?? '')],
    ['phase', () => setPhase(tab.board, pick(gen, ['collect', 'cluster', 'vote'] as const)!)],
    ['budget', () => setVotesPerParticipant(tab.board, prng.uint32(gen, 1, 5))],
    ['focus', () => setFocus(tab.board, prng.bool(gen) ? null : cluster())],
    [
      'layout',
      () =>
        setPosition(tab.layout, pick(gen, [...notes, ...clusters]) ?? 'none', {
          x: prng.uint32(gen, 0, 2000),
          y: prng.uint32(gen, 0, 2000),
        }),
    ],
    [
      'layout',
      () => setClusterSize(tab.layout, cluster(), { w: 300, h: prng.uint32(gen, 100, 600) }),
    ],
  ]
  const [name, run] = pick(gen, operations)!
  attempt(run)
  return name
}

/** One random phone action: a note (most often), an edit, a take-back, or dots on a cluster. */
export function phoneOperation(gen: prng.PRNG, phone: PhoneSide, step: number): string {
  const own = [...phone.own.getMap('notes').keys()]
  const clusters = Object.keys(readBoard(phone.board).clusters)
  const roll = prng.uint32(gen, 0, 9)
  if (roll < 4 || own.length === 0) {
    attempt(() => addOwnNote(phone.own, { text: `p${step}`, dimension: pick(gen, DIMENSIONS)! }))
    return 'own-note'
  }
  if (roll < 5) {
    attempt(() => editOwnNote(phone.own, pick(gen, own)!, { text: `e${step}` }))
    return 'edit'
  }
  if (roll < 6) {
    attempt(() => deleteOwnNote(phone.own, pick(gen, own)!))
    return 'take-back'
  }
  attempt(() => setVote(phone.own, pick(gen, clusters) ?? 'none', prng.uint32(gen, 0, 3)))
  return 'vote'
}

function attempt(run: () => unknown): void {
  try {
    run()
  } catch (error) {
    if (!(error instanceof BoardModelError)) throw error
  }
}
