import { useTranslation } from 'react-i18next'
import type { BoardState } from '../../model'
import { HyphenatedText } from '../../shared/hyphenation/HyphenatedText'
import { clusterNotes } from './ClusterView'

/**
 * Synthesis: the recommendation the facilitator is typing for a cluster,
 * live and large, with the cluster's notes beneath for reference.
 */
export function DraftView(props: { board: BoardState; clusterId: string; text: string }) {
  const { board, clusterId, text } = props
  const { t } = useTranslation()
  const cluster = board.clusters[clusterId]
  if (!cluster) return null
  const notes = clusterNotes(board, clusterId)
  return (
    <section className="draft-view" data-testid="draft-view" aria-live="polite">
      <p className="draft-view__label">{t('presenter.draft.label')}</p>
      <h2 className="draft-view__title" style={{ borderColor: cluster.color ?? undefined }}>
        <HyphenatedText text={cluster.title || t('cluster.untitled')} />
      </h2>
      <p className="draft-view__text" data-testid="draft-text">
        <HyphenatedText text={text} />
        <span className="draft-view__caret" aria-hidden="true" />
      </p>
      <ul className="draft-view__notes">
        {notes.map((n) => (
          <li key={n.id}>{n.text}</li>
        ))}
      </ul>
    </section>
  )
}
