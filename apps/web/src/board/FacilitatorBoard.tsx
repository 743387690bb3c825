import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { applyWorkshopLanguage } from '../i18n'
import { ROOMS, readPrivateTallies, readVoteProgress } from '../model'
import { ConnectionBadge } from '../shared/ConnectionBadge'
import { LanguageSwitch } from '../shared/LanguageSwitch'
import { useConnectionStatus, useDocState, useEverSynced } from '../sync/hooks'
import type { Room } from '../sync/room'
import { useAnnounce } from '../sync/usePresence'
import { useRooms } from '../sync/useRooms'
import { useRoomToken } from '../sync/useRoomToken'
import { AccessRevokedNotice } from './access/AccessRevokedNotice'
import { groupSelection, toggleHidden, useShortcuts } from './actions'
import { ClusterRename } from './ClusterRename'
import { BoardCanvas, type CanvasHandle } from './canvas/BoardCanvas'
import { CanvasController, FACILITATOR } from './canvas/controller'
import { DropRefusal } from './canvas/DropRefusal'
import { NoteMenu, type NoteMenuState } from './canvas/NoteMenu'
import { ExportButton } from './export/ExportButton'
import { FacilitationDrawers } from './FacilitationDrawers'
import { MAX_FIT_SCALE } from './geometry/initialFit'
import { ListView } from './list/ListView'
import { SidePanel } from './panel/SidePanel'
import { useFollowMe } from './presenter/useFollowMe'
import { usePresentation } from './presenter/usePresentation'
import { SearchBar } from './search/SearchBar'
import { useBoardState } from './store/hooks'
import { Selection } from './store/selection'
import { useBoardStore } from './store/useBoardStore'
import { useLayoutWriter } from './store/useLayoutWriter'
import { computeSuggestions, type Suggestions } from './suggest/proposals'
import { Toolbar } from './Toolbar'
import './facilitation.css'
import { UndoButtons } from './undo/UndoButtons'
import { useUndoHistory } from './undo/useUndoHistory'
import { useFacilitatorWrites } from './writes/useFacilitatorWrites'

interface Props {
  workshopId: string
  token: string
  screenToken: string
  code: string | null
}

export function FacilitatorBoard({ workshopId, token, screenToken, code }: Props) {
  const { t } = useTranslation()
  // Rooms open once with the first token; a new one (after a key rotation) is
  // swapped into the open providers, so the board does not reload.
  const [firstToken] = useState(token)
  const specs = useMemo(
    () => [
      // The two big ones come first as compressed copies (sync/prefetchState.ts).
      { name: ROOMS.board(workshopId), token: firstToken, prefetch: true },
      { name: ROOMS.layout(workshopId), token: firstToken, prefetch: true },
      // Live vote counts: the server writes them here for the facilitator only.
      { name: ROOMS.private(workshopId), token: firstToken },
    ],
    [workshopId, firstToken],
  )
  const rooms = useRooms(specs)
  useRoomToken(rooms, token)
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

/** Actions with a keyboard shortcut on the board (they work on the selection). */
const SHORTCUT_ACTIONS = [groupSelection, toggleHidden] as const

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
  // Observes the documents from an effect, so StrictMode's double mount cannot leave a dead store in use.
  // With the private room: the facilitator reads authors, names, hidden and silent-mode texts.
  const store = useBoardStore(board, layout, privateRoom)
  // Plain objects without Yjs resources: lazily created state, stable for the page's life.
  const [selection] = useState(() => new Selection())
  const [matches] = useState(() => new Selection())
  const canvas = useRef<CanvasHandle>(null)
  const [renaming, setRenaming] = useState<string | null>(null)
  const [view, setView] = useState<'canvas' | 'list'>('canvas')
  const [lassoMode, setLassoMode] = useState(false)
  const lassoRef = useRef(lassoMode)
  lassoRef.current = lassoMode
  const [openCluster, setOpenCluster] = useState<string | null>(null)
  const [suggestions, setSuggestions] = useState<Suggestions | null>(null)
  const [noteMenu, setNoteMenu] = useState<NoteMenuState | null>(null)
  const [refusal, setRefusal] = useState<string | null>(null)
  // A cluster made with Mod+G is named at once, as with the Group button.
  const [onShortcut] = useState(() => (id: string, result: unknown) => {
    if (id === groupSelection.id && typeof result === 'string') setRenaming(result)
  })
  const controller = useMemo(
    () =>
      new CanvasController({
        store,
        selection,
        stage: () => canvas.current?.stage() ?? null,
        onRename: setRenaming,
        onOpenCluster: setOpenCluster,
        onNoteMenu: (noteId, x, y) => setNoteMenu({ noteId, x, y }),
        onDropRefused: (plan) => setRefusal(plan.dimension),
        selectionMode: () => lassoRef.current,
      }),
    [store, selection],
  )
  const ctx = controller.ctx
  useShortcuts(ctx, SHORTCUT_ACTIONS, onShortcut)
  const status = useConnectionStatus([board, layout])
  const synced = useEverSynced([board, layout])
  useLayoutWriter(store, synced)
  useAnnounce(board, 'facilitator', 'facilitator')
  const state = useBoardState(store)
  const loaded = state.meta.schemaVersion > 0
  const live = useDocState(privateRoom.doc, readPrivateTallies)
  const progress = useDocState(privateRoom.doc, readVoteProgress)
  const undo = useUndoHistory(board.doc, layout.doc, FACILITATOR)
  const writes = useFacilitatorWrites({
    boardDoc: board.doc,
    state,
    workshopId,
    token,
    enabled: loaded,
  })
  // Right-click "edit" on a note of a larger selection merges the selection.
  const editFromMenu = (noteId: string) =>
    writes.editNotes(selection.has(noteId) && selection.size > 1 ? selection.list() : [noteId])
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
        {undo.history ? (
          <UndoButtons history={undo.history} canUndo={undo.canUndo} canRedo={undo.canRedo} />
        ) : null}
        <button
          type="button"
          className="button button--small"
          aria-pressed={suggestions !== null}
          disabled={!loaded}
          onClick={() => setSuggestions(suggestions ? null : computeSuggestions(state))}
        >
          {t('suggest.button')}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={!loaded}
          aria-keyshortcuts="N"
          title={t('writes.composer.shortcut')}
          onClick={writes.openComposer}
        >
          {t('writes.composer.button')}
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
                matches={matches}
                onViewportChange={onViewportChange}
              />
              <SearchBar
                store={store}
                dimensions={state.dimensions}
                matches={matches}
                onZoom={(ids) => {
                  const rect = controller.boundsOf(ids)
                  if (rect) canvas.current?.fitRect(rect, 0, MAX_FIT_SCALE)
                }}
              />
              <Toolbar
                canvas={canvas}
                ctx={ctx}
                lassoMode={lassoMode}
                onLassoMode={setLassoMode}
                onRename={setRenaming}
              />
              {refusal ? (
                <DropRefusal
                  dimension={state.dimensions.find((d) => d.id === refusal)?.title ?? ''}
                  onDone={() => setRefusal(null)}
                />
              ) : null}
              {noteMenu ? (
                <NoteMenu
                  menu={noteMenu}
                  controller={controller}
                  onEdit={editFromMenu}
                  onClose={() => setNoteMenu(null)}
                />
              ) : null}
              {renaming ? (
                <ClusterRename
                  key={renaming}
                  clusterId={renaming}
                  ctx={ctx}
                  canvas={canvas}
                  onDone={() => setRenaming(null)}
                />
              ) : null}
            </>
          ) : null}
          {loaded && view === 'list' ? (
            <ListView
              store={store}
              ctx={ctx}
              live={live}
              onOpenCluster={setOpenCluster}
              selection={selection}
              onEditNotes={writes.editNotes}
            />
          ) : null}
          {loaded ? (
            <FacilitationDrawers
              board={state}
              boardDoc={board.doc}
              layoutDoc={layout.doc}
              ctx={ctx}
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
          progress={progress}
          onOpenSettings={writes.openSettings}
        />
      </div>
      <AccessRevokedNotice rooms={[board, layout, privateRoom]} />
      {writes.element}
    </div>
  )
}
