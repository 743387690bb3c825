/**
 * Sparse vectors as parallel sorted arrays: compact, and the dot product is a
 * linear merge. Invariant: `index` is strictly increasing.
 */
export interface SparseVector {
  index: Int32Array
  value: Float64Array
}

/**
 * Builds a unit-length vector from (feature id, weight) pairs with distinct
 * ids, dropping zeros. The zero vector stays zero: an empty note is similar to nothing.
 */
export function unitVector(entries: [number, number][]): SparseVector {
  const kept = entries.filter(([, v]) => v !== 0).sort((a, b) => a[0] - b[0])
  let norm = 0
  for (const [, v] of kept) norm += v * v
  const scale = norm === 0 ? 0 : 1 / Math.sqrt(norm)
  return {
    index: Int32Array.from(kept, ([i]) => i),
    value: Float64Array.from(kept, ([, v]) => v * scale),
  }
}

/**
 * Row-major n x n matrix of pairwise dot products (diagonal left at 0).
 * Each row vector is scattered once into a dense buffer, so a pair costs one
 * pass over the other vector instead of a two-way merge.
 */
export function pairwiseDots(vectors: readonly SparseVector[], dimensions: number): Float64Array {
  const n = vectors.length
  const out = new Float64Array(n * n)
  const dense = new Float64Array(dimensions)
  for (let i = 0; i < n; i += 1) {
    const a = vectors[i]!
    for (let k = 0; k < a.index.length; k += 1) dense[a.index[k]!] = a.value[k]!
    for (let j = i + 1; j < n; j += 1) {
      const b = vectors[j]!
      let sum = 0
      for (let k = 0; k < b.index.length; k += 1) sum += dense[b.index[k]!]! * b.value[k]!
      out[i * n + j] = sum
      out[j * n + i] = sum
    }
    for (let k = 0; k < a.index.length; k += 1) dense[a.index[k]!] = 0
  }
  return out
}
