import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { applyWorkshopLanguage } from '../i18n'
import { ROOMS } from '../model'
import { ConnectionBadge } from '../shared/ConnectionBadge'
import { LanguageSwitch } from '../shared/LanguageSwitch'
import { useConnectionStatus, useEverSynced } from '../sync/hooks'
import type { Room } from '../sync/room'
import { useAnnounce } from '../sync/usePresence'
import { useRooms } from '../sync/useRooms'
import { ClusterRename } from './ClusterRename'
import { BoardCanvas, type CanvasHandle } from './canvas/BoardCanvas'
import { CanvasController } from './canvas/controller'
import { ListView } from './list/ListView'
import { SidePanel } from './panel/SidePanel'
import { BoardStore } from './store/boardStore'
import { useBoardState } from './store/hooks'
import { Selection } from './store/selection'
import { useLayoutWriter } from './store/useLayoutWriter'
import { Toolbar } from './Toolbar'

interface Props {
  workshopId: string
  token: string
  screenToken: string
  code: string | null
}

export function FacilitatorBoard({ workshopId, token, screenToken, code }: Props) {
  const { t } = useTranslation()
  const specs = useMemo(
    () => [
      { name: ROOMS.board(workshopId), token },
      { name: ROOMS.layout(workshopId), token },
    ],
    [workshopId, token],
  )
  const rooms = useRooms(specs)
  if (!rooms) return <p className="board-message">{t('app.loading')}</p>
  return (
    <Workspace
      board={rooms[0]!}
      layout={rooms[1]!}
      workshopId={workshopId}
      screenToken={screenToken}
      code={code}
    />
  )
}

interface WorkspaceProps {
  board: Room
  layout: Room
  workshopId: string
  screenToken: string
  code: string | null
}

function Workspace({ board, layout, workshopId, screenToken, code }: WorkspaceProps) {
  const { t } = useTranslation()
  const store = useMemo(() => new BoardStore(board.doc, layout.doc), [board, layout])
  useEffect(() => () => store.destroy(), [store])
  const selection = useMemo(() => new Selection(), [])
  const canvas = useRef<CanvasHandle>(null)
  const [renaming, setRenaming] = useState<string | null>(null)
  const [view, setView] = useState<'canvas' | 'list'>('canvas')
  const [lassoMode, setLassoMode] = useState(false)
  const controller = useMemo(
    () =>
      new CanvasController({
        store,
        selection,
        boardDoc: board.doc,
        layoutDoc: layout.doc,
        stage: () => canvas.current?.stage() ?? null,
        onRename: setRenaming,
      }),
    [store, selection, board, layout],
  )
  const status = useConnectionStatus([board, layout])
  const synced = useEverSynced([board, layout])
  useLayoutWriter(store, synced)
  useAnnounce(board, 'facilitator', 'facilitator')
  const state = useBoardState(store)
  const loaded = state.meta.schemaVersion > 0

  useEffect(() => {
    if (loaded) applyWorkshopLanguage(state.meta.language)
  }, [loaded, state.meta.language])

  return (
    <div className="board">
      <header className="board__bar">
        <h1 className="board__title">{state.meta.title || t('app.name')}</h1>
        <ConnectionBadge status={status} />
        <fieldset className="segmented">
          <legend className="visually-hidden">{t('board.viewLabel')}</legend>
          <button type="button" aria-pressed={view === 'canvas'} onClick={() => setView('canvas')}>
            {t('board.canvasView')}
          </button>
          <button type="button" aria-pressed={view === 'list'} onClick={() => setView('list')}>
            {t('board.listView')}
          </button>
        </fieldset>
        <LanguageSwitch />
      </header>
      <div className="board__body">
        <main className="board__main">
          {!loaded ? <p className="board-message">{t('phone.loadingBoard')}</p> : null}
          {loaded && view === 'canvas' ? (
            <>
              <BoardCanvas
                store={store}
                selection={selection}
                controller={controller}
                lassoMode={lassoMode}
                untitled={t('cluster.untitled')}
                label={t('board.canvasLabel')}
                handle={canvas}
              />
              <Toolbar
                canvas={canvas}
                controller={controller}
                selection={selection}
                lassoMode={lassoMode}
                onLassoMode={setLassoMode}
              />
              {renaming ? (
                <ClusterRename
                  key={renaming}
                  clusterId={renaming}
                  store={store}
                  canvas={canvas}
                  onDone={() => setRenaming(null)}
                />
              ) : null}
            </>
          ) : null}
          {loaded && view === 'list' ? <ListView store={store} /> : null}
        </main>
        <SidePanel
          board={board}
          state={state}
          workshopId={workshopId}
          screenToken={screenToken}
          code={code}
        />
      </div>
    </div>
  )
}
