import { useTranslation } from 'react-i18next'
import type { UndoHistory } from './history'

interface Props {
  history: UndoHistory
  canUndo: boolean
  canRedo: boolean
}

/** Undo / redo of the facilitator's own actions, for those who do not use the keyboard. */
export function UndoButtons({ history, canUndo, canRedo }: Props) {
  const { t } = useTranslation()
  return (
    <span className="undo-buttons">
      <button
        type="button"
        className="button button--small"
        disabled={!canUndo}
        title={t('board.undoHint')}
        onClick={() => history.undo()}
      >
        ↶ {t('board.undo')}
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={!canRedo}
        title={t('board.redoHint')}
        onClick={() => history.redo()}
      >
        ↷ {t('board.redo')}
      </button>
    </span>
  )
}
