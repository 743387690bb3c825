import { useEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { BoardCanvas } from '../board/canvas/BoardCanvas'
import { useBoardState } from '../board/store/hooks'
import { Selection } from '../board/store/selection'
import { useBoardStore } from '../board/store/useBoardStore'
import { applyWorkshopLanguage } from '../i18n'
import { ROOMS } from '../model'
import { TimerDisplay } from '../shared/TimerDisplay'
import { useConnectionStatus } from '../sync/hooks'
import type { Room } from '../sync/room'
import { useAnnounce, useConnectedParticipants } from '../sync/usePresence'
import { useRooms } from '../sync/useRooms'
import { armChime, playChime } from './chime'
import { JoinPanel } from './JoinPanel'
import { ScreenResults } from './ScreenResults'
import { ScreenTranscript } from './ScreenTranscript'
import { useScreenAccess } from './useScreenAccess'
import './screen.css'

/** `/w/<id>/screen`: the projector. Read-only, large, no chrome, no cursor. */
export default function ScreenPage({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation()
  const access = useScreenAccess(workshopId)
  const specs = useMemo(
    () =>
      access
        ? [
            { name: ROOMS.board(workshopId), token: access.token },
            { name: ROOMS.layout(workshopId), token: access.token },
          ]
        : null,
    [workshopId, access],
  )
  const rooms = useRooms(specs)
  if (!access) return <p className="screen-message">{t('screen.noToken')}</p>
  if (!rooms) return <p className="screen-message">{t('app.loading')}</p>
  return <Projector board={rooms[0]!} layout={rooms[1]!} code={access.code} />
}

function Projector({ board, layout, code }: { board: Room; layout: Room; code: string | null }) {
  const { t } = useTranslation()
  const store = useBoardStore(board, layout)
  useEffect(() => () => store.destroy(), [store])
  const selection = useMemo(() => new Selection(), [])
  const state = useBoardState(store)
  const people = useConnectedParticipants(board)
  const status = useConnectionStatus([board, layout])
  useAnnounce(board, 'screen', 'screen')
  const loaded = state.meta.schemaVersion > 0
  const { phase, silent, showTallies } = state.meta
  // Silent mode hides every text, whatever the phase: counts only until the reveal.
  const hideNotes = loaded && silent
  const notes = Object.keys(state.notes).length
  // The cluster the facilitator puts forward, if any: the projector zooms onto it.
  const focus = state.meta.focus ? (store.cluster(state.meta.focus)?.rect ?? null) : null

  useEffect(() => armChime(), [])

  useEffect(() => {
    if (loaded) applyWorkshopLanguage(state.meta.language)
  }, [loaded, state.meta.language])

  const collecting = phase === 'collect'
  return (
    <div className={`screen ${collecting ? 'screen--collect' : ''}`} data-status={status}>
      {collecting ? <JoinPanel code={code} people={people} notes={notes} /> : null}
      <div className="screen__main">
        <header className="screen__bar">
          <h1 className="screen__title">{state.meta.title}</h1>
          <p className="screen__phase">{t(`phase.${phase}.name`)}</p>
          <TimerDisplay timer={state.meta.timer} className="screen__timer" onExpire={playChime} />
          {!collecting ? (
            <p className="screen__counts">
              {t('screen.peopleShort', { count: people })} ·{' '}
              {t('screen.notesShort', { count: notes })}
              {code ? <span className="screen__code"> · {code}</span> : null}
            </p>
          ) : null}
          {status !== 'connected' ? (
            <p className="screen__offline">{t(`connection.${status}`)}</p>
          ) : null}
        </header>
        {loaded ? (
          <p className="screen__todo" data-testid="screen-todo">
            {t(`screen.todo.${phase}`)}
          </p>
        ) : null}
        {hideNotes ? (
          <div className="screen__silent">
            <p className="screen__silent-count" data-testid="screen-silent-count">
              {notes}
            </p>
            <p>{t('screen.silent', { count: notes })}</p>
          </div>
        ) : null}
        {loaded && !hideNotes ? (
          <div className="screen__stage">
            <BoardCanvas
              store={store}
              selection={selection}
              controller={null}
              untitled={t('cluster.untitled')}
              label={t('board.canvasLabel')}
              autoFit
              fitTo={focus}
            />
            {showTallies ? <ScreenResults board={state} /> : null}
          </div>
        ) : null}
        {loaded ? <ScreenTranscript board={state} hideNotes={hideNotes} /> : null}
      </div>
    </div>
  )
}
