/**
 * Adjusted Rand index (Hubert & Arabie, 1985): agreement between two
 * partitions of the same items, 1 for identical partitions, about 0 for
 * independent ones (it can go negative).
 */

function choose2(k: number): number {
  return (k * (k - 1)) / 2
}

/**
 * @param labelsA cluster label of each item in partition A
 * @param labelsB cluster label of the same items in partition B (same length)
 *
 * @example
 * adjustedRandIndex(['x', 'x', 'y'], ['1', '1', '2']) // 1 (labels' names do not matter)
 * adjustedRandIndex(['a', 'a', 'a', 'b', 'b', 'b'], ['a', 'a', 'b', 'b', 'c', 'c']) // ≈ 0.242
 */
export function adjustedRandIndex(labelsA: readonly string[], labelsB: readonly string[]): number {
  if (labelsA.length !== labelsB.length) {
    throw new RangeError(`partitions differ in size: ${labelsA.length} vs ${labelsB.length}`)
  }
  const n = labelsA.length
  if (n < 2) return 1
  const cells = new Map<string, number>()
  const rows = new Map<string, number>()
  const columns = new Map<string, number>()
  labelsA.forEach((a, i) => {
    const b = labelsB[i]!
    // JSON keeps the pair unambiguous whatever characters the labels hold.
    const cell = JSON.stringify([a, b])
    cells.set(cell, (cells.get(cell) ?? 0) + 1)
    rows.set(a, (rows.get(a) ?? 0) + 1)
    columns.set(b, (columns.get(b) ?? 0) + 1)
  })
  const sum = (m: Map<string, number>) => [...m.values()].reduce((s, k) => s + choose2(k), 0)
  const index = sum(cells)
  const sumRows = sum(rows)
  const sumColumns = sum(columns)
  const expected = (sumRows * sumColumns) / choose2(n)
  const maximum = (sumRows + sumColumns) / 2
  // Both partitions all-singletons or both one block: they agree perfectly.
  if (maximum === expected) return 1
  return (index - expected) / (maximum - expected)
}
