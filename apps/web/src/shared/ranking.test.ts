import { describe, expect, it } from 'vitest'
import type { Cluster } from '../model'
import { rankClusters } from './ranking'

const cluster = (id: string, title: string): Cluster => ({
  id,
  title,
  dimension: 'd',
  color: null,
  recommendation: '',
})

describe('rankClusters', () => {
  it('orders by dots, shares ranks on ties and counts absent tallies as zero', () => {
    const ranked = rankClusters(
      [cluster('a', 'Zèbre'), cluster('b', 'Abeille'), cluster('c', 'Chat')],
      {
        a: 3,
        b: 3,
      },
    )
    expect(ranked.map((r) => [r.cluster.id, r.dots, r.rank])).toEqual([
      ['b', 3, 1],
      ['a', 3, 1],
      ['c', 0, 3],
    ])
  })
})
