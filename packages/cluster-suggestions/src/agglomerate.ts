/**
 * Average-linkage agglomerative clustering cut at a similarity threshold,
 * with the nearest-neighbour-chain algorithm: O(n^2) time and memory instead
 * of the naive O(n^3), which keeps 2,000 notes interactive.
 *
 * Correctness rests on average linkage being reducible: merging two clusters
 * never makes the result more similar to a third than the closer of the two
 * was. Hence (1) NN-chain finds the same merges as the greedy algorithm, and
 * (2) a cluster whose best similarity is below the threshold can never again
 * reach it, so it is retired at once.
 *
 * Ties are broken by index, so the result is a function of the matrix alone.
 */

/**
 * @param similarity row-major n x n symmetric matrix (diagonal ignored); it is
 *   overwritten by the algorithm.
 * @returns groups of indices (each sorted, size >= 2) merged at similarity >= threshold
 */
export function averageLinkage(similarity: Float64Array, n: number, threshold: number): number[][] {
  const size = new Array<number>(n).fill(1)
  const active = new Array<boolean>(n).fill(true)
  const members: number[][] = Array.from({ length: n }, (_, i) => [i])
  const chain: number[] = []
  let next = 0
  for (;;) {
    if (chain.length === 0) {
      while (next < n && !active[next]) next += 1
      if (next >= n) break
      chain.push(next)
    }
    const a = chain.at(-1)!
    const previous = chain.at(-2)
    // Prefer the previous chain element on ties: that is what guarantees termination.
    let best = previous ?? -1
    let bestSimilarity =
      previous === undefined ? Number.NEGATIVE_INFINITY : similarity[a * n + previous]!
    for (let b = 0; b < n; b += 1) {
      if (b === a || !active[b]) continue
      const s = similarity[a * n + b]!
      if (s > bestSimilarity) {
        best = b
        bestSimilarity = s
      }
    }
    if (best < 0 || bestSimilarity < threshold) {
      // Nothing in the chain can reach the threshold any more (reducibility).
      for (const retired of chain) active[retired] = false
      chain.length = 0
    } else if (best === previous) {
      chain.length -= 2
      merge(similarity, n, size, active, Math.min(a, best), Math.max(a, best))
      const kept = Math.min(a, best)
      members[kept] = [...members[kept]!, ...members[Math.max(a, best)]!]
      members[Math.max(a, best)] = []
    } else {
      chain.push(best)
    }
  }
  return members
    .filter((group) => group.length >= 2)
    .map((group) => [...group].sort((x, y) => x - y))
}

/** Lance-Williams update for average linkage: `keep` absorbs `drop`. */
function merge(
  similarity: Float64Array,
  n: number,
  size: number[],
  active: boolean[],
  keep: number,
  drop: number,
): void {
  const sk = size[keep]!
  const sd = size[drop]!
  for (let k = 0; k < n; k += 1) {
    if (!active[k] || k === keep || k === drop) continue
    const s = (sk * similarity[keep * n + k]! + sd * similarity[drop * n + k]!) / (sk + sd)
    similarity[keep * n + k] = s
    similarity[k * n + keep] = s
  }
  size[keep] = sk + sd
  size[drop] = 0
  active[drop] = false
}
