import { beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readBoard } from '../../read/board.js'
import { congressBoard } from '../../test-support/boards.js'
import {
  createCluster,
  deleteCluster,
  mergeClusters,
  recolorCluster,
  renameCluster,
  setRecommendation,
  splitCluster,
} from './clusters.js'
import { moveToCluster } from './membership.js'
import { setFocus } from './meta.js'

let board: Y.Doc

/** Puts a note straight on the board, as ingest would. */
function note(id: string, dimension: string): void {
  const m = new Y.Map<unknown>([
    ['text', id],
    ['dimension', dimension],
    ['author', 'p1'],
    ['createdAt', 0],
  ])
  board.getMap('notes').set(id, m)
}

const clusterOf = (noteId: string) => readBoard(board).membership[noteId]

beforeEach(() => {
  board = congressBoard()
  for (const id of ['v1', 'v2', 'v3', 'v4']) note(id, 'vision')
  note('r1', 'reseau')
})

describe('createCluster', () => {
  it('creates a cluster with notes of its dimension and a palette colour', () => {
    const id = createCluster(board, {
      title: 'Démocratie',
      dimension: 'vision',
      noteIds: ['v1', 'r1'],
    })
    const state = readBoard(board)
    expect(state.clusters[id]).toMatchObject({
      title: 'Démocratie',
      dimension: 'vision',
      recommendation: '',
    })
    expect(state.clusters[id]?.color).toMatch(/^#[0-9a-f]{6}$/)
    expect(state.membership).toEqual({ v1: id })
  })

  it('refuses an unknown dimension', () => {
    expect(() => createCluster(board, { title: 'x', dimension: 'nope' })).toThrow(
      'unknown-dimension',
    )
  })

  it('edits title, colour and recommendation', () => {
    const id = createCluster(board, { title: 'x', dimension: 'vision' })
    renameCluster(board, id, 'Gouvernance')
    recolorCluster(board, id, null)
    setRecommendation(board, id, 'Former les associés.')
    expect(readBoard(board).clusters[id]).toMatchObject({
      title: 'Gouvernance',
      color: null,
      recommendation: 'Former les associés.',
    })
    expect(() => renameCluster(board, 'nope', 'x')).toThrow('unknown-cluster')
  })
})

describe('moveToCluster', () => {
  it('refuses notes of another dimension and still moves the others', () => {
    const c = createCluster(board, { title: 'x', dimension: 'vision' })
    const result = moveToCluster(board, ['v1', 'r1', 'missing'], c)
    expect(result).toEqual({ moved: ['v1'], refused: ['r1', 'missing'] })
    expect(readBoard(board).membership).toEqual({ v1: c })
  })

  it('moves a note from one cluster to another, and out with null', () => {
    const a = createCluster(board, { title: 'a', dimension: 'vision', noteIds: ['v1'] })
    const b = createCluster(board, { title: 'b', dimension: 'vision' })
    moveToCluster(board, ['v1'], b)
    expect(clusterOf('v1')).toBe(b)
    moveToCluster(board, ['v1'], null)
    expect(clusterOf('v1')).toBeUndefined()
    expect(a).not.toBe(b)
  })

  it('is one transaction', () => {
    const c = createCluster(board, { title: 'x', dimension: 'vision' })
    let n = 0
    board.on('afterTransaction', () => n++)
    moveToCluster(board, ['v1', 'v2', 'v3'], c, 'facilitator')
    expect(n).toBe(1)
  })
})

describe('mergeClusters', () => {
  it('moves the source notes into the target and deletes the source', () => {
    const target = createCluster(board, { title: 'Cible', dimension: 'vision', noteIds: ['v1'] })
    const source = createCluster(board, {
      title: 'Doublon',
      dimension: 'vision',
      noteIds: ['v2', 'v3'],
    })
    setRecommendation(board, source, 'Texte du doublon')
    setFocus(board, source)
    mergeClusters(board, target, source)
    const state = readBoard(board)
    expect(Object.keys(state.clusters)).toEqual([target])
    expect(state.membership).toEqual({ v1: target, v2: target, v3: target })
    expect(state.clusters[target]).toMatchObject({
      title: 'Cible',
      recommendation: 'Texte du doublon',
    })
    expect(state.meta.focus).toBe(target)
  })

  it('refuses to merge clusters of different dimensions', () => {
    const a = createCluster(board, { title: 'a', dimension: 'vision', noteIds: ['v1'] })
    const b = createCluster(board, { title: 'b', dimension: 'reseau', noteIds: ['r1'] })
    expect(() => mergeClusters(board, a, b)).toThrow('dimension-mismatch')
    expect(readBoard(board).membership).toEqual({ v1: a, r1: b })
  })
})

describe('splitCluster', () => {
  it('creates a new cluster from a subset, leaving notes of other clusters alone', () => {
    const c = createCluster(board, {
      title: 'Tout',
      dimension: 'vision',
      noteIds: ['v1', 'v2', 'v3'],
    })
    const other = createCluster(board, { title: 'Autre', dimension: 'vision', noteIds: ['v4'] })
    const split = splitCluster(board, c, ['v2', 'v3', 'v4'], 'Partie')
    const state = readBoard(board)
    expect(state.clusters[split]).toMatchObject({ title: 'Partie', dimension: 'vision' })
    expect(state.membership).toEqual({ v1: c, v2: split, v3: split, v4: other })
  })
})

describe('deleteCluster', () => {
  it('returns its notes to unclustered and forgets focus and tallies', () => {
    const c = createCluster(board, { title: 'x', dimension: 'vision', noteIds: ['v1', 'v2'] })
    setFocus(board, c)
    board.getMap('tallies').set(c, 4)
    deleteCluster(board, c)
    const state = readBoard(board)
    expect(state.clusters).toEqual({})
    expect(state.membership).toEqual({})
    expect(Object.keys(state.notes)).toContain('v1')
    expect(state.meta.focus).toBeNull()
    expect(state.tallies).toEqual({})
    expect(board.getMap('membership').size).toBe(0)
  })
})
