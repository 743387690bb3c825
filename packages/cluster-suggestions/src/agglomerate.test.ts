import { seededRandom } from '@atelier/fixtures'
import { describe, expect, it } from 'vitest'
import { averageLinkage } from './agglomerate.js'

function matrix(rows: number[][]): Float64Array {
  return Float64Array.from(rows.flat())
}

/** Textbook greedy average linkage, O(n^3): the reference NN-chain must reproduce. */
function naiveAverageLinkage(similarity: Float64Array, n: number, threshold: number): number[][] {
  let clusters = Array.from({ length: n }, (_, i) => [i])
  const average = (a: number[], b: number[]) =>
    a.reduce((sum, i) => sum + b.reduce((s, j) => s + similarity[i * n + j]!, 0), 0) /
    (a.length * b.length)
  for (;;) {
    let best: [number, number] | undefined
    let bestSimilarity = threshold
    for (let x = 0; x < clusters.length; x += 1) {
      for (let y = x + 1; y < clusters.length; y += 1) {
        const s = average(clusters[x]!, clusters[y]!)
        if (s >= bestSimilarity && (best === undefined || s > bestSimilarity)) {
          best = [x, y]
          bestSimilarity = s
        }
      }
    }
    if (!best) break
    const [x, y] = best
    const merged = [...clusters[x]!, ...clusters[y]!].sort((a, b) => a - b)
    clusters = [...clusters.filter((_, i) => i !== x && i !== y), merged]
  }
  return clusters.filter((c) => c.length >= 2)
}

const canonical = (groups: number[][]) => groups.map((g) => g.join(',')).sort()

describe('averageLinkage', () => {
  it('merges what is similar enough and leaves the rest alone', () => {
    const similarity = matrix([
      [0, 0.9, 0.8, 0.0],
      [0.9, 0, 0.7, 0.1],
      [0.8, 0.7, 0, 0.0],
      [0.0, 0.1, 0.0, 0],
    ])
    expect(averageLinkage(similarity, 4, 0.5)).toEqual([[0, 1, 2]])
  })

  it('uses the average, not the best pair, to merge groups', () => {
    // 2 is very close to 0 but far from 1: average to {0,1} is 0.45 < 0.5.
    const similarity = matrix([
      [0, 0.9, 0.85],
      [0.9, 0, 0.05],
      [0.85, 0.05, 0],
    ])
    expect(averageLinkage(similarity, 3, 0.5)).toEqual([[0, 1]])
  })

  it('returns nothing when nothing reaches the threshold', () => {
    expect(
      averageLinkage(
        matrix([
          [0, 0.2],
          [0.2, 0],
        ]),
        2,
        0.5,
      ),
    ).toEqual([])
    expect(averageLinkage(new Float64Array(0), 0, 0.5)).toEqual([])
  })

  // Fuzz: random sparse-ish similarity matrices, pinned seeds.
  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])(
    'agrees with the naive algorithm (seed %i)',
    (seed) => {
      const random = seededRandom(seed)
      const n = 5 + Math.floor(random() * 30)
      const similarity = new Float64Array(n * n)
      for (let i = 0; i < n; i += 1) {
        for (let j = i + 1; j < n; j += 1) {
          const s = random() < 0.6 ? 0 : random()
          similarity[i * n + j] = s
          similarity[j * n + i] = s
        }
      }
      const threshold = 0.1 + random() * 0.5
      const expected = naiveAverageLinkage(similarity, n, threshold)
      expect(canonical(averageLinkage(similarity.slice(), n, threshold))).toEqual(
        canonical(expected),
      )
    },
  )
})
