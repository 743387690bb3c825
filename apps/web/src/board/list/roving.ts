/**
 * Roving focus in a list of note rows: one Tab stop per list, arrows move.
 * Up/Down go to the row above or below (same control, or the row's last if
 * it has fewer), Left/Right to the previous or next control of the row,
 * Home/End to the first or last row. Null: the key is not ours, or there is
 * nowhere to go.
 *
 * @example
 * rovingTarget('ArrowDown', { row: 0, col: 2 }, [5, 5]) // { row: 1, col: 2 }
 */
export function rovingTarget(
  key: string,
  at: { row: number; col: number },
  rowLengths: readonly number[],
): { row: number; col: number } | null {
  const rows = rowLengths.length
  if (rows === 0) return null
  const clampCol = (row: number, col: number) =>
    Math.max(0, Math.min(col, (rowLengths[row] ?? 1) - 1))
  switch (key) {
    case 'ArrowUp':
      return at.row > 0 ? { row: at.row - 1, col: clampCol(at.row - 1, at.col) } : null
    case 'ArrowDown':
      return at.row < rows - 1 ? { row: at.row + 1, col: clampCol(at.row + 1, at.col) } : null
    case 'ArrowLeft':
      return at.col > 0 ? { row: at.row, col: at.col - 1 } : null
    case 'ArrowRight':
      return at.col < (rowLengths[at.row] ?? 0) - 1 ? { row: at.row, col: at.col + 1 } : null
    case 'Home':
      return { row: 0, col: 0 }
    case 'End':
      return { row: rows - 1, col: 0 }
    default:
      return null
  }
}
