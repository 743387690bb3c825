import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { applyWorkshopLanguage } from '../i18n'
import { ROOMS, readPrivateTallies } from '../model'
import { ConnectionBadge } from '../shared/ConnectionBadge'
import { LanguageSwitch } from '../shared/LanguageSwitch'
import { useConnectionStatus, useDocState, useEverSynced } from '../sync/hooks'
import type { Room } from '../sync/room'
import { useAnnounce } from '../sync/usePresence'
import { useRooms } from '../sync/useRooms'
import { ClusterRename } from './ClusterRename'
import { BoardCanvas, type CanvasHandle } from './canvas/BoardCanvas'
import { CanvasController, FACILITATOR } from './canvas/controller'
import { NoteMenu, type NoteMenuState } from './canvas/NoteMenu'
import { ExportButton } from './export/ExportButton'
import { FacilitationDrawers } from './FacilitationDrawers'
import { ListView } from './list/ListView'
import { SidePanel } from './panel/SidePanel'
import { useFollowMe } from './presenter/useFollowMe'
import { usePresentation } from './presenter/usePresentation'
import { BoardStore } from './store/boardStore'
import { useBoardState } from './store/hooks'
import { Selection } from './store/selection'
import { useLayoutWriter } from './store/useLayoutWriter'
import { computeSuggestions, type Suggestions } from './suggest/proposals'
import { Toolbar } from './Toolbar'
import './facilitation.css'
import { UndoButtons } from './undo/UndoButtons'
import { useUndoHistory } from './undo/useUndoHistory'

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
      // Live vote counts: the server writes them here for the facilitator only.
      { name: ROOMS.private(workshopId), token },
    ],
    [workshopId, token],
  )
  const rooms = useRooms(specs)
  if (!rooms) return <p className="board-message">{t('app.loading')}</p>
  return (
    <Workspace
      board={rooms[0]!}
      layout={rooms[1]!}
      privateRoom={rooms[2]!}
      token={token}
      workshopId={workshopId}
      screenToken={screenToken}
      code={code}
    />
  )
}

interface WorkspaceProps {
  board: Room
  layout: Room
  privateRoom: Room
  token: string
  workshopId: string
  screenToken: string
  code: string | null
}

function Workspace(props: WorkspaceProps) {
  const { board, layout, privateRoom, token, workshopId, screenToken, code } = props
  const { t } = useTranslation()
  const store = useMemo(() => new BoardStore(board.doc, layout.doc), [board, layout])
  useEffect(() => () => store.destroy(), [store])
  const selection = useMemo(() => new Selection(), [])
  const canvas = useRef<CanvasHandle>(null)
  const [renaming, setRenaming] = useState<string | null>(null)
  const [view, setView] = useState<'canvas' | 'list'>('canvas')
  const [lassoMode, setLassoMode] = useState(false)
  const [openCluster, setOpenCluster] = useState<string | null>(null)
  const [suggestions, setSuggestions] = useState<Suggestions | null>(null)
  const [noteMenu, setNoteMenu] = useState<NoteMenuState | null>(null)
  const controller = useMemo(
    () =>
      new CanvasController({
        store,
        selection,
        boardDoc: board.doc,
        layoutDoc: layout.doc,
        stage: () => canvas.current?.stage() ?? null,
        onRename: setRenaming,
        onOpenCluster: setOpenCluster,
        onNoteMenu: (noteId, x, y) => setNoteMenu({ noteId, x, y }),
      }),
    [store, selection, board, layout],
  )
  const status = useConnectionStatus([board, layout])
  const synced = useEverSynced([board, layout])
  useLayoutWriter(store, synced)
  useAnnounce(board, 'facilitator', 'facilitator')
  const state = useBoardState(store)
  const loaded = state.meta.schemaVersion > 0
  const live = useDocState(privateRoom.doc, readPrivateTallies)
  const undo = useUndoHistory(board.doc, layout.doc, FACILITATOR)
  // "Follow me": the projector shows what this canvas shows.
  const following = usePresentation(layout.doc).mode === 'follow' && view === 'canvas'
  const onViewportChange = useFollowMe(layout.doc, canvas, following)

  useEffect(() => {
    if (loaded) applyWorkshopLanguage(state.meta.language)
  }, [loaded, state.meta.language])

  return (
    <div className="board">
      <header className="board__bar">
        <h1 className="board__title">{state.meta.title || t('app.name')}</h1>
        <ConnectionBadge status={status} />
        <ExportButton workshopId={workshopId} store={store} canvas={canvas} />
        <fieldset className="segmented">
          <legend className="visually-hidden">{t('board.viewLabel')}</legend>
          <button type="button" aria-pressed={view === 'canvas'} onClick={() => setView('canvas')}>
            {t('board.canvasView')}
          </button>
          <button type="button" aria-pressed={view === 'list'} onClick={() => setView('list')}>
            {t('board.listView')}
          </button>
        </fieldset>
        <UndoButtons history={undo.history} canUndo={undo.canUndo} canRedo={undo.canRedo} />
        <button
          type="button"
          className="button button--small"
          aria-pressed={suggestions !== null}
          disabled={!loaded}
          onClick={() => setSuggestions(suggestions ? null : computeSuggestions(state))}
        >
          {t('suggest.button')}
        </button>
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
                onViewportChange={onViewportChange}
              />
              <Toolbar
                canvas={canvas}
                controller={controller}
                selection={selection}
                lassoMode={lassoMode}
                onLassoMode={setLassoMode}
              />
              {noteMenu ? (
                <NoteMenu
                  menu={noteMenu}
                  controller={controller}
                  onClose={() => setNoteMenu(null)}
                />
              ) : null}
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
          {loaded && view === 'list' ? (
            <ListView store={store} live={live} onOpenCluster={setOpenCluster} />
          ) : null}
          {loaded ? (
            <FacilitationDrawers
              board={state}
              boardDoc={board.doc}
              layoutDoc={layout.doc}
              selection={selection}
              live={live}
              suggestions={suggestions}
              onCloseSuggestions={() => setSuggestions(null)}
              onShowNotes={(ids) => {
                setView('canvas')
                const rect = controller.boundsOf(ids)
                // The suggestion drawer covers the canvas's left 360 px.
                if (rect) canvas.current?.fitRect(rect, 360)
              }}
              openCluster={openCluster}
              onOpenCluster={setOpenCluster}
            />
          ) : null}
        </main>
        <SidePanel
          board={board}
          layoutDoc={layout.doc}
          selection={selection}
          state={state}
          workshopId={workshopId}
          screenToken={screenToken}
          code={code}
          token={token}
          live={live}
        />
      </div>
    </div>
  )
}
