import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { type Cluster, type Note, type Phase, renameCluster } from '../../model'
import { FACILITATOR } from '../canvas/controller'
import { RecommendationField } from '../cluster/RecommendationField'
import { showClusterOnScreen } from '../presenter/showCluster'
import { ListNote } from './ListNote'

interface Props {
  doc: Y.Doc
  /** The layout doc: "show on screen" and the live recommendation draft go there. */
  layoutDoc: Y.Doc
  cluster: Cluster
  notes: Note[]
  siblings: Cluster[]
  tally: number | null
  focused: boolean
  phase: Phase
  onOpen: () => void
}

export function ListCluster(props: Props) {
  const { doc, layoutDoc, cluster, notes, siblings, tally, focused, phase, onOpen } = props
  const { t } = useTranslation()
  const [draft, setDraft] = useState<string | null>(null)
  const name = cluster.title || t('cluster.untitled')
  const commit = () => {
    if (draft !== null && draft.trim() !== cluster.title)
      renameCluster(doc, cluster.id, draft.trim(), FACILITATOR)
    setDraft(null)
  }
  return (
    <section
      className="list-view__cluster"
      data-cluster-id={cluster.id}
      style={{ borderColor: cluster.color ?? undefined }}
    >
      <div className="list-view__head">
        {draft === null ? (
          <h3>
            {name} <span className="hint">{t('board.noteCount', { count: notes.length })}</span>
          </h3>
        ) : (
          <input
            className="list-view__rename"
            aria-label={t('board.renameCluster')}
            // biome-ignore lint/a11y/noAutofocus: the user just pressed "rename"
            autoFocus
            value={draft}
            placeholder={t('cluster.untitled')}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={commit}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commit()
              if (e.key === 'Escape') setDraft(null)
            }}
          />
        )}
        {draft === null ? (
          <button
            type="button"
            className="button button--small button--quiet"
            aria-label={t('board.renameNamed', { name })}
            onClick={() => setDraft(cluster.title)}
          >
            {t('board.rename')}
          </button>
        ) : null}
        <button
          type="button"
          className="button button--small button--quiet"
          aria-pressed={focused}
          onClick={() => showClusterOnScreen(layoutDoc, focused ? null : cluster.id)}
        >
          {focused ? t('board.unfocus') : t('board.focus')}
        </button>
        <button
          type="button"
          className="button button--small button--quiet"
          aria-label={t('board.detailsNamed', { name })}
          onClick={onOpen}
        >
          {t('board.details')}
        </button>
        {tally === null ? null : (
          <span className="list-view__tally">{t('board.dots', { count: tally })}</span>
        )}
      </div>
      {phase === 'synthesize' || cluster.recommendation ? (
        <RecommendationField
          doc={doc}
          layoutDoc={layoutDoc}
          cluster={cluster}
          emphasised={phase === 'synthesize'}
        />
      ) : null}
      <ul>
        {notes.map((note) => (
          <ListNote
            key={note.id}
            doc={doc}
            note={note}
            clusterId={cluster.id}
            clusters={siblings}
          />
        ))}
      </ul>
    </section>
  )
}
