import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { type BoardState, type PresentationMode, setPresentation } from '../../model'
import { FACILITATOR } from '../canvas/controller'
import { useSelectionKey } from '../store/hooks'
import type { Selection } from '../store/selection'
import { ScreenPreview } from './ScreenPreview'
import './presenter-control.css'
import { showClusterOnScreen } from './showCluster'
import { usePresentation } from './usePresentation'

interface Props {
  state: BoardState
  layoutDoc: Y.Doc
  selection: Selection
  /** The projector page (with its token), for the live preview. */
  screenUrl: string
}

const MODES: readonly PresentationMode[] = ['auto', 'follow', 'cluster', 'selection']

/**
 * "What the room sees": the projector follows the phase, the facilitator's
 * view, one cluster or the current selection; a live preview shows the result.
 */
export function PresenterControl({ state, layoutDoc, selection, screenUrl }: Props) {
  const { t } = useTranslation()
  const presentation = usePresentation(layoutDoc)
  const selected = useSelectionKey(selection)
  const selectId = useId()
  const clusters = Object.values(state.clusters).sort((a, b) => a.title.localeCompare(b.title))
  const count = selected === '' ? 0 : selected.split(' ').length
  // Titles repeat across dimensions ("Divers"): those options say which dimension.
  const repeated = new Set(
    clusters.map((c) => c.title).filter((title, i, all) => all.indexOf(title) !== i),
  )
  const dimension = new Map(state.dimensions.map((d) => [d.id, d.title]))
  const choose = (mode: PresentationMode) => {
    if (mode === 'auto' || mode === 'follow') setPresentation(layoutDoc, { mode }, FACILITATOR)
    else if (mode === 'cluster') {
      const first = presentation.clusterId ?? clusters[0]?.id
      if (first) showClusterOnScreen(layoutDoc, first)
    } else setPresentation(layoutDoc, { mode, ids: selection.list() }, FACILITATOR)
  }
  const disabled = (mode: PresentationMode) =>
    (mode === 'cluster' && clusters.length === 0) || (mode === 'selection' && count === 0)
  return (
    <section className="presenter-control" aria-labelledby="presenter-control-title">
      <h2 id="presenter-control-title" className="panel-title">
        {t('presenter.control.title')}
      </h2>
      <ScreenPreview src={screenUrl} />
      <fieldset className="presenter-control__modes">
        <legend className="visually-hidden">{t('presenter.control.title')}</legend>
        {MODES.map((mode) => (
          <label key={mode} className="presenter-control__mode">
            <input
              type="radio"
              name="presentation"
              value={mode}
              checked={presentation.mode === mode}
              disabled={disabled(mode) && presentation.mode !== mode}
              onChange={() => choose(mode)}
            />
            {t(`presenter.control.modes.${mode}`, { count })}
          </label>
        ))}
      </fieldset>
      {presentation.mode === 'cluster' ? (
        <div className="presenter-control__cluster">
          <label htmlFor={selectId}>{t('presenter.control.cluster')}</label>
          <select
            id={selectId}
            value={presentation.clusterId ?? ''}
            onChange={(e) => showClusterOnScreen(layoutDoc, e.target.value || null)}
          >
            {clusters.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title || t('cluster.untitled')}
                {repeated.has(c.title) ? ` (${dimension.get(c.dimension)})` : ''}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {presentation.mode === 'selection' ? (
        <button
          type="button"
          className="button button--small"
          disabled={count === 0}
          onClick={() => choose('selection')}
        >
          {t('presenter.control.updateSelection', { count })}
        </button>
      ) : null}
    </section>
  )
}
