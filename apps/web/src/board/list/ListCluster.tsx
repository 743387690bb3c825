import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import type { Cluster, Note, Phase } from '../../model'
import { type ActionContext, renameCluster } from '../actions'
import { RecommendationField } from '../cluster/RecommendationField'
import { showClusterOnScreen } from '../presenter/showCluster'
import type { Selection } from '../store/selection'
import { ListNotes } from './ListNotes'

interface Props {
  ctx: ActionContext
  /** The layout doc: "show on screen" and the live recommendation draft go there. */
  layoutDoc: Y.Doc
  cluster: Cluster
  notes: Note[]
  siblings: Cluster[]
  tally: number | null
  focused: boolean
  phase: Phase
  onOpen: () => void
  selection: Selection
  onEdit: (noteIds: string[]) => void
  /** The id of the "use arrows" instruction. */
  hintId: string
}

export function ListCluster(props: Props) {
  const {
    ctx,
    layoutDoc,
    cluster,
    notes,
    siblings,
    tally,
    focused,
    phase,
    onOpen,
    selection,
    onEdit,
    hintId,
  } = props
  const { t } = useTranslation()
  const [draft, setDraft] = useState<string | null>(null)
  const name = cluster.title || t('cluster.untitled')
  const commit = () => {
    if (draft !== null) renameCluster.perform(ctx, cluster.id, draft)
    setDraft(null)
  }
  return (
    <section
      className="list-view__cluster"
      aria-label={t('writes.list.groupLabel', { name })}
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
          doc={ctx.store.boardDoc}
          layoutDoc={layoutDoc}
          cluster={cluster}
          emphasised={phase === 'synthesize'}
        />
      ) : null}
      <ListNotes
        ctx={ctx}
        notes={notes}
        clusterId={cluster.id}
        clusters={siblings}
        selection={selection}
        onEdit={onEdit}
        describedBy={hintId}
      />
    </section>
  )
}
