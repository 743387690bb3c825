import { describe, expect, test } from 'vitest'
import { SessionSummarySchema } from '../schema.js'
import type { BoardSnapshot, SnapshotCluster, SnapshotNote } from '../snapshot.js'
import { lyonSnapshot } from '../test-support/lyon.js'
import { buildSummary } from './build-summary.js'

// Small hand-made boards for the rules the Lyon data does not exercise.

function board(parts: Partial<BoardSnapshot>): BoardSnapshot {
  return {
    workshop: {
      id: 'w1',
      title: 'Test',
      territory: null,
      date: '2024-03-01',
      facilitator: null,
      language: 'en',
      participantCount: 5,
    },
    dimensions: [{ id: 'd1', title: 'One', prompt: '', order: 0 }],
    notes: [],
    clusters: [],
    membership: {},
    votes: [],
    ...parts,
  }
}
const note = (id: string, extra: Partial<SnapshotNote> = {}): SnapshotNote => ({
  id,
  text: `text ${id}`,
  dimension: 'd1',
  author: 'alice',
  createdAt: Number(id.slice(1)),
  hidden: false,
  ...extra,
})
const cluster = (id: string, extra: Partial<SnapshotCluster> = {}): SnapshotCluster => ({
  id,
  title: `Cluster ${id}`,
  dimension: 'd1',
  color: null,
  recommendation: `Do ${id}`,
  ...extra,
})

describe('buildSummary edge cases', () => {
  test('empty clusters: dropped without text or dots, kept with either', () => {
    const summary = buildSummary(
      board({
        clusters: [
          cluster('c1', { recommendation: '' }),
          cluster('c2'),
          cluster('c3', { recommendation: '  ' }),
        ],
        votes: [{ participant: 'bob', cluster: 'c3', count: 2 }],
      }),
    )
    const recs = summary.dimensions[0]?.recommendations ?? []
    expect(recs.map((r) => r.clusterId)).toEqual(['c3', 'c2'])
    expect(recs[0]?.text).toBe('')
    expect(summary.totals.droppedClusters).toBe(1)
  })

  test('a cluster whose notes are all hidden counts as empty', () => {
    const summary = buildSummary(
      board({
        notes: [note('n1', { hidden: true })],
        clusters: [cluster('c1', { recommendation: '' })],
        membership: { n1: 'c1' },
      }),
    )
    expect(summary.totals).toMatchObject({
      notes: 0,
      hiddenNotes: 1,
      droppedClusters: 1,
      recommendations: 0,
    })
  })

  test('a misc cluster with a recommendation text is a recommendation like any other', () => {
    const summary = buildSummary(
      board({
        notes: [note('n1'), note('n2')],
        clusters: [
          cluster('c1', { title: 'Autres idées' }),
          cluster('c2', { title: '', recommendation: '' }),
        ],
        membership: { n1: 'c1', n2: 'c2' },
        votes: [{ participant: 'bob', cluster: 'c2', count: 3 }],
      }),
    )
    const dimension = summary.dimensions[0]
    expect(dimension?.recommendations.map((r) => r.clusterId)).toEqual(['c1'])
    expect(dimension?.unclustered).toEqual([
      { id: 'n2', text: 'text n2', author: 'P01', cluster: { id: 'c2', title: '' } },
    ])
    // The untitled catch-all's dots are kept visible, not lost.
    expect(summary.totals).toMatchObject({
      dotsCast: 3,
      dotsOnRecommendations: 0,
      dotsUnassigned: 3,
    })
  })

  test('membership to a deleted cluster leaves the note unclustered; votes on it are unassigned', () => {
    const summary = buildSummary(
      board({
        notes: [note('n1')],
        membership: { n1: 'gone' },
        votes: [{ participant: 'bob', cluster: 'gone', count: 1 }],
      }),
    )
    expect(summary.dimensions[0]?.unclustered.map((n) => [n.id, n.cluster])).toEqual([['n1', null]])
    expect(summary.totals).toMatchObject({ dotsCast: 1, dotsUnassigned: 1, voters: 1 })
  })

  test("a note follows its cluster into the cluster's dimension", () => {
    const summary = buildSummary(
      board({
        dimensions: [
          { id: 'd1', title: 'One', prompt: '', order: 0 },
          { id: 'd2', title: 'Two', prompt: '', order: 1 },
        ],
        notes: [note('n1', { dimension: 'd1' })],
        clusters: [cluster('c1', { dimension: 'd2' })],
        membership: { n1: 'c1' },
      }),
    )
    expect(summary.dimensions.map((d) => d.recommendations.length)).toEqual([0, 1])
  })

  test('an undeclared dimension gets a stand-in after the declared ones, so no note is lost', () => {
    const summary = buildSummary(board({ notes: [note('n1', { dimension: 'ghost' })] }))
    expect(summary.dimensions.map((d) => [d.id, d.title])).toEqual([
      ['d1', 'One'],
      ['ghost', 'ghost'],
    ])
    expect(summary.dimensions[1]?.unclustered.map((n) => n.id)).toEqual(['n1'])
  })

  test('dimensions follow `order`, not array order', () => {
    const summary = buildSummary(
      board({
        dimensions: [
          { id: 'b', title: 'B', prompt: '', order: 2 },
          { id: 'a', title: 'A', prompt: '', order: 1 },
        ],
      }),
    )
    expect(summary.dimensions.map((d) => d.id)).toEqual(['a', 'b'])
  })

  test('votes that are not positive integers carry no dots', () => {
    const summary = buildSummary(
      board({
        clusters: [cluster('c1')],
        votes: [
          { participant: 'a', cluster: 'c1', count: 0 },
          { participant: 'b', cluster: 'c1', count: -2 },
          { participant: 'c', cluster: 'c1', count: 1.5 },
          { participant: 'd', cluster: 'c1', count: 2 },
        ],
      }),
    )
    expect(summary.dimensions[0]?.recommendations[0]).toMatchObject({ dots: 2, voters: 1 })
  })

  test('no votes at all: shares are 0, not NaN', () => {
    const summary = buildSummary(
      board({ notes: [note('n1')], clusters: [cluster('c1')], membership: { n1: 'c1' } }),
    )
    expect(summary.dimensions[0]?.recommendations[0]).toMatchObject({
      shareOfDimension: 0,
      shareOfSession: 0,
    })
    expect(SessionSummarySchema.safeParse(summary).success).toBe(true)
  })

  test('an empty board gives a valid, empty summary', () => {
    const summary = buildSummary(board({ dimensions: [] }))
    expect(summary.dimensions).toEqual([])
    expect(SessionSummarySchema.safeParse(summary).success).toBe(true)
  })
})

describe('buildSummary determinism', () => {
  test('the order of the snapshot arrays does not matter', () => {
    const snapshot = lyonSnapshot({ hidden: ['n020'] })
    const reversed: BoardSnapshot = {
      ...snapshot,
      dimensions: [...snapshot.dimensions].reverse(),
      notes: [...snapshot.notes].reverse(),
      clusters: [...snapshot.clusters].reverse(),
      votes: [...snapshot.votes].reverse(),
      membership: Object.fromEntries(Object.entries(snapshot.membership).reverse()),
    }
    expect(JSON.stringify(buildSummary(reversed))).toBe(JSON.stringify(buildSummary(snapshot)))
  })

  test('generatedAt is stamped only when given', () => {
    expect(buildSummary(lyonSnapshot()).generatedAt).toBeNull()
    expect(buildSummary(lyonSnapshot(), { generatedAt: '2021-06-10T18:00:00Z' }).generatedAt).toBe(
      '2021-06-10T18:00:00Z',
    )
  })

  test('the snapshot is not mutated', () => {
    const snapshot = lyonSnapshot()
    const before = JSON.stringify(snapshot)
    buildSummary(snapshot)
    expect(JSON.stringify(snapshot)).toBe(before)
  })
})
