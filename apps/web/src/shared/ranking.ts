import type { Cluster } from '../model'

export interface RankedCluster {
  cluster: Cluster
  dots: number
  /** 1-based; clusters with the same dots share a rank. */
  rank: number
}

/**
 * Clusters by dots, most first (ties by title, then id, so every screen
 * lists them in the same order). Pure: used by the facilitator's live count
 * and the projector's results.
 *
 * @example
 * rankClusters(clusters, { c1: 3, c2: 5 })[0].cluster.id // 'c2'
 */
export function rankClusters(
  clusters: readonly Cluster[],
  tallies: Readonly<Record<string, number>>,
): RankedCluster[] {
  const sorted = clusters
    .map((cluster) => ({ cluster, dots: tallies[cluster.id] ?? 0 }))
    .sort(
      (a, b) =>
        b.dots - a.dots ||
        a.cluster.title.localeCompare(b.cluster.title) ||
        (a.cluster.id < b.cluster.id ? -1 : 1),
    )
  let rank = 0
  let previous = Number.NaN
  return sorted.map((entry, index) => {
    if (entry.dots !== previous) rank = index + 1
    previous = entry.dots
    return { ...entry, rank }
  })
}
