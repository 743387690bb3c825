/**
 * Pastel cluster colours. Each keeps a contrast ratio above 4.5:1 with
 * near-black text (#1f2328), so note text stays readable on a projector.
 *
 * @example
 * createCluster(board, { title: 'Formation', dimension: 'reseau', color: CLUSTER_COLORS[2] })
 */
export const CLUSTER_COLORS = [
  '#fde68a', // amber
  '#bbf7d0', // green
  '#bfdbfe', // blue
  '#fbcfe8', // pink
  '#ddd6fe', // violet
  '#fed7aa', // orange
  '#a5f3fc', // cyan
  '#e5e7eb', // grey
] as const

/**
 * The palette colour for the n-th cluster (wraps around).
 *
 * @example
 * paletteColor(9) // '#bbf7d0'
 */
export function paletteColor(n: number): string {
  const i =
    ((Math.floor(n) % CLUSTER_COLORS.length) + CLUSTER_COLORS.length) % CLUSTER_COLORS.length
  return CLUSTER_COLORS[i] ?? CLUSTER_COLORS[0]
}
