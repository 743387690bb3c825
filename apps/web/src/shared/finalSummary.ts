import { isMiscTitle } from '@atelier/recommendations'
import type { BoardState, Cluster, Dimension, Note } from '../model'
import { notesByCluster } from './clusterNotes'
import { rankClusters } from './ranking'

export interface SummaryItem {
  cluster: Cluster
  /** The dots the room may see: 0 while the facilitator has not shown the results. */
  dots: number
  /** 1-based within the dimension; same dots, same rank. */
  rank: number
  notes: Note[]
}

export interface SummaryDimension {
  dimension: Dimension
  items: SummaryItem[]
}

export interface FinalSummary {
  dimensions: SummaryDimension[]
  /** False while the board holds no tallies (results not shown): dots are then unknown, not zero. */
  dotsShown: boolean
}

/**
 * The session's outcome as a phone reads it from the board: per dimension,
 * the recommendations ranked by dots, each with its notes. The same choice
 * of clusters as the exported summary (`buildSummary`): a cluster counts if
 * it has a recommendation text, a visible note or a dot, and a catch-all
 * ("Divers", "Autres"...) only with a text. Pure.
 *
 * @example
 * finalSummary(board).dimensions[0]?.items[0]?.cluster.title // the most voted cluster
 */
export function finalSummary(board: BoardState): FinalSummary {
  const notesOf = notesByCluster(board)
  const dotsShown = board.meta.showTallies
  const tallies = dotsShown ? board.tallies : {}
  const dimensions = board.dimensions
    .map((dimension) => {
      const kept = Object.values(board.clusters).filter((cluster) => {
        if (cluster.dimension !== dimension.id) return false
        const text = cluster.recommendation.trim() !== ''
        if (!text && isMiscTitle(cluster.title)) return false
        return text || (notesOf.get(cluster.id)?.length ?? 0) > 0 || (tallies[cluster.id] ?? 0) > 0
      })
      const items = rankClusters(kept, tallies).map(({ cluster, dots, rank }) => ({
        cluster,
        dots,
        rank,
        notes: notesOf.get(cluster.id) ?? [],
      }))
      return { dimension, items }
    })
    .filter((dimension) => dimension.items.length > 0)
  return { dimensions, dotsShown }
}
