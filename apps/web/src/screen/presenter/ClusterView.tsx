import { useTranslation } from 'react-i18next'
import type { BoardState } from '../../model'
import { CardsView } from './CardsView'
import { dimensionTones } from './tones'

/** Notes of a cluster that the room may see, oldest first (the order they came in). */
export function clusterNotes(board: BoardState, clusterId: string) {
  return Object.values(board.notes)
    .filter((n) => !n.hidden && board.membership[n.id] === clusterId)
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
}

/** One cluster, put forward by the facilitator: its title large, its notes readable. */
export function ClusterView({ board, clusterId }: { board: BoardState; clusterId: string }) {
  const { t } = useTranslation()
  const cluster = board.clusters[clusterId]
  if (!cluster) return null
  const tone = dimensionTones(board.dimensions).get(cluster.dimension)
  const dimension = board.dimensions.find((d) => d.id === cluster.dimension)
  const notes = clusterNotes(board, clusterId)
  return (
    <CardsView
      testId="presented-cluster"
      title={cluster.title || t('cluster.untitled')}
      subtitle={`${dimension?.title ?? ''} · ${t('screen.notesShort', { count: notes.length })}`}
      color={cluster.color}
      items={notes.map((n) => ({ id: n.id, text: n.text, tone }))}
    />
  )
}
