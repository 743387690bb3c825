/**
 * Sparse vectors as parallel sorted arrays: compact, and the dot product is a
 * linear merge. Invariant: `index` is strictly increasing.
 */
export interface SparseVector {
  index: Int32Array
  value: Float64Array
}

/** Builds a vector from feature id -> weight, sorting ids and dropping zeros. */
export function fromEntries(entries: Iterable<readonly [number, number]>): SparseVector {
  const sorted = [...entries].filter(([, v]) => v !== 0).sort((a, b) => a[0] - b[0])
  return {
    index: Int32Array.from(sorted, ([i]) => i),
    value: Float64Array.from(sorted, ([, v]) => v),
  }
}

export function dot(a: SparseVector, b: SparseVector): number {
  let sum = 0
  let i = 0
  let j = 0
  while (i < a.index.length && j < b.index.length) {
    const ai = a.index[i]!
    const bj = b.index[j]!
    if (ai === bj) {
      sum += a.value[i]! * b.value[j]!
      i += 1
      j += 1
    } else if (ai < bj) i += 1
    else j += 1
  }
  return sum
}

/** Scales to unit length; the zero vector stays zero (an empty note is similar to nothing). */
export function unit(entries: Map<number, number>): Map<number, number> {
  let norm = 0
  for (const v of entries.values()) norm += v * v
  if (norm === 0) return entries
  const scale = 1 / Math.sqrt(norm)
  return new Map([...entries].map(([k, v]) => [k, v * scale]))
}
