import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BoardStore } from '../board/store/boardStore'
import { useBoardState } from '../board/store/hooks'
import { applyWorkshopLanguage } from '../i18n'
import { type BoardState, readPresentation } from '../model'
import { HyphenateContext, useHyphenator } from '../shared/hyphenation/useHyphenate'
import { TimerDisplay } from '../shared/TimerDisplay'
import { useConnectionStatus, useDocState } from '../sync/hooks'
import type { Room } from '../sync/room'
import { useAnnounce, useConnectedParticipants } from '../sync/usePresence'
import { armChime, chimeArmed, playChime } from './chime'
import { JoinPanel } from './JoinPanel'
import { CanvasView } from './presenter/CanvasView'
import { ClusterView } from './presenter/ClusterView'
import { CollectWall } from './presenter/CollectWall'
import { chooseView, type ScreenView } from './presenter/chooseView'
import { DraftView } from './presenter/DraftView'
import { RankingView } from './presenter/RankingView'
import { RecommendationsView } from './presenter/RecommendationsView'
import { SelectionView } from './presenter/SelectionView'
import { SilentCounts } from './presenter/SilentCounts'
import { VoteView } from './presenter/VoteView'
import { ScreenTranscript } from './ScreenTranscript'

interface Props {
  board: Room
  layout: Room
  store: BoardStore
  code: string | null
}

/**
 * The projector once its rooms are open: the bar (title, phase, the timer,
 * large while it runs), the way in while collecting, and one presenter view
 * chosen from the phase and what the facilitator shows (the layout doc's
 * `presentation`).
 */
export function Projector({ board, layout, store, code }: Props) {
  const { t } = useTranslation()
  const state = useBoardState(store)
  const presentation = useDocState(layout.doc, readPresentation)
  const people = useConnectedParticipants(board)
  const status = useConnectionStatus([board, layout])
  useAnnounce(board, 'screen', 'screen')
  const hyphenate = useHyphenator(state.meta.language)
  const loaded = state.meta.schemaVersion > 0
  const { phase } = state.meta
  const notes = Object.values(state.notes).filter((n) => !n.hidden).length
  const view = chooseView(state, presentation)
  // The cluster whose recommendation was typed last: the list opens on it once typing is over.
  const [latest, setLatest] = useState<string | null>(null)
  const drafting = presentation.draft?.clusterId ?? null
  useEffect(() => {
    if (drafting) setLatest(drafting)
  }, [drafting])

  // Browsers allow sound only after a gesture: until someone clicks the projector, say so while a countdown is set.
  const [armed, setArmed] = useState(chimeArmed)
  useEffect(() => armChime(() => setArmed(true)), [])
  const counting = state.meta.timer.endsAt !== null || state.meta.timer.remainingMs !== null

  useEffect(() => {
    if (loaded) applyWorkshopLanguage(state.meta.language)
  }, [loaded, state.meta.language])

  // People arrive late: the way in stays on screen for the whole collection.
  const collecting = phase === 'collect'
  return (
    <div
      className={`screen ${collecting ? 'screen--collect' : ''}`}
      data-status={status}
      data-view={loaded ? view.kind : 'loading'}
    >
      {collecting ? <JoinPanel code={code} people={people} notes={notes} /> : null}
      <div className="screen__main">
        <header className="screen__bar">
          <h1 className="screen__title">{state.meta.title}</h1>
          <p className="screen__phase">{t(`phase.${phase}.name`)}</p>
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
          {counting && !armed ? (
            <p className="screen__sound-hint" data-testid="sound-hint">
              {t('presenter.soundHint')}
            </p>
          ) : null}
          <TimerDisplay timer={state.meta.timer} className="screen__timer" onExpire={playChime} />
        </header>
        {loaded ? (
          <p className="screen__todo" data-testid="screen-todo">
            {t(`screen.todo.${phase}`)}
          </p>
        ) : null}
        <div className="screen__view">
          {loaded ? (
            <HyphenateContext.Provider value={hyphenate}>
              <PresenterView view={view} store={store} board={state} latest={latest} />
            </HyphenateContext.Provider>
          ) : null}
        </div>
        {loaded ? <ScreenTranscript board={state} hideNotes={state.meta.silent} /> : null}
      </div>
    </div>
  )
}

interface ViewProps {
  view: ScreenView
  store: BoardStore
  board: BoardState
  /** The cluster whose recommendation was typed last, if any. */
  latest: string | null
}

function PresenterView({ view, store, board, latest }: ViewProps) {
  switch (view.kind) {
    case 'silent':
      return <SilentCounts board={board} />
    case 'wall':
      return <CollectWall board={board} />
    case 'board':
      return <CanvasView store={store} region={null} />
    case 'follow':
      return <CanvasView store={store} region={view.rect} />
    case 'cluster':
      return <ClusterView board={board} clusterId={view.clusterId} />
    case 'selection':
      return <SelectionView board={board} noteIds={view.noteIds} clusterIds={view.clusterIds} />
    case 'vote':
      return <VoteView board={board} />
    case 'ranking':
      return <RankingView board={board} />
    case 'draft':
      return <DraftView board={board} clusterId={view.clusterId} text={view.text} />
    case 'recommendations':
      return <RecommendationsView board={board} latest={latest} />
  }
}
