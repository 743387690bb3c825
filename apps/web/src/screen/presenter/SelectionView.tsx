import { useTranslation } from 'react-i18next'
import type { BoardState } from '../../model'
import { type CardItem, CardsView } from './CardsView'
import { clusterNotes } from './ClusterView'
import { dimensionTones } from './tones'

/**
 * The facilitator's selection: the selected clusters' notes (labelled with
 * their cluster) and the selected notes, each once.
 */
export function SelectionView(props: {
  board: BoardState
  noteIds: string[]
  clusterIds: string[]
}) {
  const { board, noteIds, clusterIds } = props
  const { t } = useTranslation()
  const tones = dimensionTones(board.dimensions)
  const seen = new Set<string>()
  const items: CardItem[] = []
  const add = (id: string, label?: string) => {
    const note = board.notes[id]
    if (!note || note.hidden || seen.has(id)) return
    seen.add(id)
    items.push({ id, text: note.text, tone: tones.get(note.dimension), label })
  }
  for (const c of clusterIds) {
    const title = board.clusters[c]?.title || t('cluster.untitled')
    for (const n of clusterNotes(board, c)) add(n.id, title)
  }
  for (const id of noteIds) {
    const c = board.membership[id]
    add(id, c ? board.clusters[c]?.title || undefined : undefined)
  }
  const titles = clusterIds.map((c) => board.clusters[c]?.title || t('cluster.untitled'))
  return (
    <CardsView
      testId="presented-selection"
      title={titles.length > 0 ? titles.join(' · ') : t('presenter.selection')}
      subtitle={t('screen.notesShort', { count: items.length })}
      items={items}
    />
  )
}
