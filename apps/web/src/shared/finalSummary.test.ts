import { describe, expect, it } from 'vitest'
import type { BoardState, Cluster, Note } from '../model'
import { notesByCluster } from './clusterNotes'
import { finalSummary } from './finalSummary'

const dimension = (id: string, order: number) => ({
  id,
  title: id.toUpperCase(),
  prompt: '',
  order,
})
const cluster = (id: string, title: string, dim: string, recommendation = ''): Cluster => ({
  id,
  title,
  dimension: dim,
  color: null,
  recommendation,
})
const note = (id: string, dim: string, createdAt: number, hidden = false): Note => ({
  id,
  text: `texte ${id}`,
  dimension: dim,
  author: 'p1',
  createdAt,
  hidden,
  byFacilitator: false,
  editedByFacilitator: false,
})

function board(showTallies: boolean): BoardState {
  return {
    meta: { showTallies, phase: 'closed' } as BoardState['meta'],
    dimensions: [dimension('vision', 1), dimension('reseau', 2), dimension('vide', 3)],
    notes: {
      n1: note('n1', 'vision', 3),
      n2: note('n2', 'vision', 1),
      n3: note('n3', 'vision', 2, true),
      n4: note('n4', 'reseau', 1),
      n5: note('n5', 'reseau', 2),
    },
    clusters: {
      a: cluster('a', 'Former les jeunes', 'vision'),
      b: cluster('b', 'Achats groupés', 'vision', 'Une centrale d’achat régionale.'),
      c: cluster('c', 'Divers', 'reseau'),
      d: cluster('d', 'Autres pistes', 'reseau', 'Un annuaire des SCOP.'),
      e: cluster('e', 'Groupe vide', 'reseau'),
      f: cluster('f', 'Seulement masquée', 'vision'),
    },
    membership: { n1: 'a', n2: 'a', n3: 'f', n4: 'c', n5: 'd' },
    tallies: { a: 2, b: 5, c: 4, d: 1 },
    participants: {},
  }
}

describe('the final summary a phone shows', () => {
  it('ranks each dimension by the dots shown, keeping only what the export keeps', () => {
    const summary = finalSummary(board(true))
    expect(summary.dotsShown).toBe(true)
    expect(
      summary.dimensions.map((d) => [
        d.dimension.id,
        d.items.map((i) => [i.cluster.id, i.dots, i.rank]),
      ]),
    ).toEqual([
      // f has only a hidden note: dropped, like an empty cluster.
      [
        'vision',
        [
          ['b', 5, 1],
          ['a', 2, 2],
        ],
      ],
      // c is a catch-all without a text (dropped, whatever its dots); d has a text.
      ['reseau', [['d', 1, 1]]],
      // A dimension with nothing kept is not listed.
    ])
  })

  it('lists the visible notes of each recommendation, oldest first', () => {
    const items = finalSummary(board(true)).dimensions[0]!.items
    expect(items.find((i) => i.cluster.id === 'a')!.notes.map((n) => n.id)).toEqual(['n2', 'n1'])
    expect(notesByCluster(board(true)).get('f')).toBeUndefined()
  })

  it('shows no dots before the facilitator shows the results, even if the board had some', () => {
    const summary = finalSummary(board(false))
    expect(summary.dotsShown).toBe(false)
    expect(summary.dimensions.flatMap((d) => d.items.map((i) => i.dots))).toEqual([0, 0, 0])
    // Without dots, ties are broken by title.
    expect(summary.dimensions[0]!.items.map((i) => i.cluster.id)).toEqual(['b', 'a'])
  })
})
