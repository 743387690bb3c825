import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import type { BoardState } from '../../model'
import {
  type ActionContext,
  deleteCluster,
  mergeClusters,
  renameCluster,
  splitCluster,
} from '../actions'
import { showClusterOnScreen } from '../presenter/showCluster'
import { usePresentation } from '../presenter/usePresentation'
import { useSelectionKey } from '../store/hooks'
import type { Selection } from '../store/selection'
import { ColorPicker } from './ColorPicker'
import { RecommendationField } from './RecommendationField'

interface Props {
  clusterId: string
  board: BoardState
  doc: Y.Doc
  ctx: ActionContext
  /** The layout doc: "show on screen" is written there (what the projector shows). */
  layoutDoc: Y.Doc
  selection: Selection
  live: Readonly<Record<string, number>>
  onClose: () => void
  onOpen: (clusterId: string) => void
}

/** Everything about one cluster: name, colour, recommendation, merge, split, delete. */
export function ClusterPanel(props: Props) {
  const { clusterId, board, doc, ctx, layoutDoc, selection, live, onClose, onOpen } = props
  const { t } = useTranslation()
  const presentation = usePresentation(layoutDoc)
  useSelectionKey(selection)
  const cluster = board.clusters[clusterId]
  const [mergeWith, setMergeWith] = useState('')
  const [confirmDelete, setConfirmDelete] = useState(false)
  if (!cluster) return null
  const name = cluster.title || t('cluster.untitled')
  const siblings = Object.values(board.clusters).filter(
    (c) => c.dimension === cluster.dimension && c.id !== clusterId,
  )
  const members = Object.entries(board.membership).filter(([, c]) => c === clusterId)
  const selectedHere = selection.list().filter((id) => board.membership[id] === clusterId)
  const focused = presentation.mode === 'cluster' && presentation.clusterId === clusterId
  const dots = live[clusterId] ?? 0
  const split = () => {
    const id = splitCluster.perform(ctx, clusterId)
    if (id) onOpen(id)
  }
  return (
    <aside
      className="cluster-panel"
      aria-label={t('clusterPanel.label', { name })}
      data-testid="cluster-panel"
      style={{ borderTopColor: cluster.color ?? undefined }}
    >
      <header className="cluster-panel__head">
        {/* A textarea so a long title wraps instead of hiding its end; Enter still commits. */}
        <textarea
          key={`${clusterId}:${cluster.title}`}
          className="cluster-panel__title"
          rows={2}
          aria-label={t('clusterPanel.title')}
          placeholder={t('cluster.untitled')}
          defaultValue={cluster.title}
          onBlur={(e) => {
            renameCluster.perform(ctx, clusterId, e.target.value)
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              e.currentTarget.blur()
            }
          }}
        />
        <button
          type="button"
          className="button button--small button--quiet"
          aria-label={t('clusterPanel.close')}
          onClick={onClose}
        >
          ✕
        </button>
      </header>
      <p className="hint">
        {t('board.noteCount', { count: members.length })}
        {board.meta.phase === 'vote' || dots > 0
          ? ` · ${t('clusterPanel.dotsLive', { count: dots })}`
          : ''}
      </p>
      <button
        type="button"
        className="button button--small"
        aria-pressed={focused}
        onClick={() => showClusterOnScreen(layoutDoc, focused ? null : clusterId)}
      >
        {focused ? t('board.unfocus') : t('board.focus')}
      </button>
      <ColorPicker doc={doc} clusterId={clusterId} color={cluster.color} />
      <RecommendationField
        doc={doc}
        layoutDoc={layoutDoc}
        cluster={cluster}
        emphasised={board.meta.phase === 'synthesize'}
      />
      <section className="cluster-panel__section">
        <h3>{t('clusterPanel.merge')}</h3>
        {siblings.length === 0 ? (
          <p className="hint">{t('clusterPanel.mergeNone')}</p>
        ) : (
          <div className="button-row cluster-panel__merge">
            <select
              aria-label={t('clusterPanel.merge')}
              value={mergeWith}
              onChange={(e) => setMergeWith(e.target.value)}
            >
              <option value="">—</option>
              {siblings.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title || t('cluster.untitled')}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button button--small"
              disabled={!mergeWith}
              title={t('clusterPanel.mergeHint')}
              onClick={() => {
                mergeClusters.perform(ctx, clusterId, mergeWith)
                setMergeWith('')
              }}
            >
              {t('clusterPanel.mergeButton')}
            </button>
          </div>
        )}
      </section>
      <section className="cluster-panel__section">
        <p className="hint">
          {selectedHere.length > 0
            ? t('clusterPanel.splitHint', { count: selectedHere.length })
            : t('clusterPanel.splitHowTo')}
        </p>
        <button
          type="button"
          className="button button--small"
          disabled={selectedHere.length === 0}
          onClick={split}
        >
          {t('clusterPanel.split')}
        </button>
      </section>
      <section className="cluster-panel__section">
        {confirmDelete ? (
          <div role="alertdialog" aria-live="assertive">
            <p>{t('clusterPanel.deleteConfirm')}</p>
            <div className="button-row">
              <button
                type="button"
                className="button button--small button--danger"
                onClick={() => {
                  deleteCluster.perform(ctx, clusterId)
                  onClose()
                }}
              >
                {t('clusterPanel.deleteYes')}
              </button>
              <button
                type="button"
                className="button button--small"
                onClick={() => setConfirmDelete(false)}
              >
                {t('clusterPanel.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => setConfirmDelete(true)}
          >
            {t('clusterPanel.delete')}
          </button>
        )}
      </section>
    </aside>
  )
}
