import type { RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { CanvasHandle } from './canvas/BoardCanvas'
import type { CanvasController } from './canvas/controller'
import { useSelectionKey } from './store/hooks'
import type { Selection } from './store/selection'

interface ToolbarProps {
  canvas: RefObject<CanvasHandle | null>
  controller: CanvasController
  selection: Selection
  lassoMode: boolean
  onLassoMode: (on: boolean) => void
}

/** Canvas tools; every gesture has a button too, for touch and keyboard users. */
export function Toolbar({ canvas, controller, selection, lassoMode, onLassoMode }: ToolbarProps) {
  const { t } = useTranslation()
  // Re-render on any selection change: whether the selection can be grouped depends on which notes it holds.
  useSelectionKey(selection)
  const selected = selection.size
  const canGroup = selected > 0 && controller.selectionDimension() !== null
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
          const id = controller.groupSelection()
          if (id) controller.renameCluster(id)
        }}
      >
        {t('board.group')}
      </button>
      <button
        type="button"
        className="button"
        disabled={selected === 0}
        onClick={() => controller.ungroupSelection()}
      >
        {t('board.ungroup')}
      </button>
      <button
        type="button"
        className="button"
        disabled={selected === 0}
        onClick={() => controller.toggleHiddenSelection()}
      >
        {controller.selectionAllHidden() ? t('board.unhideSelection') : t('board.hideSelection')}
      </button>
      <button
        type="button"
        className="button"
        disabled={selected === 0}
        onClick={() => {
          // Deleting is final for the author's note: ask first (undo still brings it back).
          if (window.confirm(t('board.deleteSelectionConfirm', { count: selected })))
            controller.deleteSelection()
        }}
      >
        {t('board.deleteSelection')}
      </button>
    </div>
  )
}
