import type { RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import {
  type ActionContext,
  allHidden,
  deleteNotes,
  groupSelection,
  takeOutOfCluster,
  toggleHidden,
} from './actions'
import type { CanvasHandle } from './canvas/BoardCanvas'
import { useSelectionKey } from './store/hooks'

interface ToolbarProps {
  canvas: RefObject<CanvasHandle | null>
  ctx: ActionContext
  lassoMode: boolean
  onLassoMode: (on: boolean) => void
  onRename: (clusterId: string) => void
}

/** Canvas tools; every gesture has a button too, for touch and keyboard users. */
export function Toolbar({ canvas, ctx, lassoMode, onLassoMode, onRename }: ToolbarProps) {
  const { t } = useTranslation()
  // Re-render on any selection change: whether the selection can be grouped depends on which notes it holds.
  useSelectionKey(ctx.selection)
  const selected = ctx.selection.size
  const canGroup = groupSelection.enabled(ctx)
  return (
    <div className="toolbar" role="toolbar" aria-label={t('board.tools')}>
      <button
        type="button"
        className="button"
        onClick={() => canvas.current?.zoomBy(1 / 1.25)}
        aria-label={t('board.zoomOut')}
      >
        −
      </button>
      <button
        type="button"
        className="button"
        onClick={() => canvas.current?.zoomBy(1.25)}
        aria-label={t('board.zoomIn')}
      >
        +
      </button>
      <button type="button" className="button" onClick={() => canvas.current?.fit()}>
        {t('board.fit')}
      </button>
      <button
        type="button"
        className="button"
        aria-pressed={lassoMode}
        onClick={() => onLassoMode(!lassoMode)}
        title={t('board.lassoHint')}
      >
        {t('board.lasso')}
      </button>
      <span className="toolbar__sep" aria-hidden="true" />
      <span className="toolbar__count" aria-live="polite">
        {t('board.selected', { count: selected })}
      </span>
      <button
        type="button"
        className="button button--primary"
        disabled={!canGroup}
        title={selected > 0 && !canGroup ? t('board.groupMixed') : undefined}
        onClick={() => {
          const id = groupSelection.perform(ctx)
          if (id) onRename(id)
        }}
      >
        {t(groupSelection.labelKey)}
      </button>
      <button
        type="button"
        className="button"
        disabled={selected === 0}
        onClick={() => takeOutOfCluster.perform(ctx)}
      >
        {t(takeOutOfCluster.labelKey)}
      </button>
      <button
        type="button"
        className="button"
        disabled={!toggleHidden.enabled(ctx)}
        onClick={() => toggleHidden.perform(ctx)}
      >
        {allHidden(ctx) ? t('board.unhideSelection') : t('board.hideSelection')}
      </button>
      <button
        type="button"
        className="button"
        disabled={!deleteNotes.enabled(ctx)}
        onClick={() => {
          // Deleting is final for the author's note: ask first (undo still brings it back).
          if (window.confirm(t('board.deleteSelectionConfirm', { count: selected })))
            deleteNotes.perform(ctx)
        }}
      >
        {t('board.deleteSelection')}
      </button>
    </div>
  )
}
