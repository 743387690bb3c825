import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { BoardCanvas } from '../../board/canvas/BoardCanvas'
import type { BoardStore } from '../../board/store/boardStore'
import { Selection } from '../../board/store/selection'
import type { WorldRect } from '../../model'

/**
 * The board itself, read-only: the whole board (while clustering), or the
 * region the facilitator is looking at ("follow me"), fitted to this screen.
 */
export function CanvasView({ store, region }: { store: BoardStore; region: WorldRect | null }) {
  const { t } = useTranslation()
  // Nobody selects on the projector: an empty selection that never changes.
  const selection = useMemo(() => new Selection(), [])
  return (
    <div className="canvas-view" data-testid={region ? 'follow-view' : 'board-view'}>
      <BoardCanvas
        store={store}
        selection={selection}
        controller={null}
        untitled={t('cluster.untitled')}
        label={t('board.canvasLabel')}
        autoFit
        fitTo={region}
      />
    </div>
  )
}
