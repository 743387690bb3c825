import { useEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { forgetPhoneSession, type PhoneSession } from '../api/storage'
import { applyWorkshopLanguage } from '../i18n'
import { ROOMS, type RoomPreview, readBoard, readParticipant, setName } from '../model'
import { ConnectionBadge } from '../shared/ConnectionBadge'
import { LanguageSwitch } from '../shared/LanguageSwitch'
import { SummaryView } from '../shared/SummaryView'
import { TimerDisplay } from '../shared/TimerDisplay'
import { useConnectionStatus, useDocState } from '../sync/hooks'
import type { Room } from '../sync/room'
import { useRooms } from '../sync/useRooms'
import { CollectPanel } from './CollectPanel'
import { MyNotes } from './MyNotes'
import { PhaseBanner } from './PhaseBanner'
import { PhoneRanking } from './PhoneRanking'
import { VotePanel } from './VotePanel'

/**
 * The phone once joined. Both documents are kept in IndexedDB: the board so
 * an offline reload still shows the prompt, my own doc so nothing typed
 * offline is lost; the provider sends what is pending when the network returns.
 */
export function PhoneWorkspace({
  session,
  preview,
  onLeave,
}: {
  session: PhoneSession
  /** The room as the join answered it: shown until the board's own copy has loaded. */
  preview?: RoomPreview
  onLeave: () => void
}) {
  const { t } = useTranslation()
  const specs = useMemo(
    () => [
      {
        name: ROOMS.board(session.workshopId),
        token: session.token,
        persistAs: `atelier:${session.workshopId}`,
        // A compressed copy while the socket opens: a third of the bytes on the hall's Wi-Fi.
        prefetch: true,
      },
      {
        name: ROOMS.participant(session.workshopId, session.participantId),
        token: session.token,
        persistAs: `atelier:${session.workshopId}:${session.participantId}`,
      },
    ],
    [session],
  )
  const rooms = useRooms(specs)
  if (!rooms) return <p className="phone__loading">{t('phone.loading')}</p>
  return (
    <Workspace
      session={session}
      preview={preview}
      board={rooms[0]!}
      mine={rooms[1]!}
      onLeave={() => {
        forgetPhoneSession(session.code)
        onLeave()
      }}
    />
  )
}

interface WorkspaceProps {
  session: PhoneSession
  preview: RoomPreview | undefined
  board: Room
  mine: Room
  onLeave: () => void
}

function Workspace({ session, preview, board, mine, onLeave }: WorkspaceProps) {
  const { t } = useTranslation()
  const loadedBoard = useDocState(board.doc, readBoard)
  const own = useDocState(mine.doc, readParticipant)
  const status = useConnectionStatus([board, mine])
  const loaded = loadedBoard.meta.schemaVersion > 0
  // Until the board's copy arrives (1.6 MB at 8,000 notes), the join's
  // preview: the phase and the themes, so a note can be written and sent
  // meanwhile; no note of the board yet, so mine read "sent", not "on the board".
  const state = loaded || !preview ? loadedBoard : { ...loadedBoard, ...preview }
  const shown = loaded || preview !== undefined

  useEffect(() => {
    if (shown) applyWorkshopLanguage(state.meta.language)
  }, [shown, state.meta.language])

  // The pseudonym typed at join time goes into my profile, so the
  // facilitator's participant list shows it (the join API alone does not
  // reach the board). Once the local copy is loaded, and only if unset, so a
  // reload never overwrites a later change.
  useEffect(() => {
    let live = true
    void mine.whenLocalLoaded.then(() => {
      if (live && session.name && readParticipant(mine.doc).name === null)
        setName(mine.doc, session.name, 'phone')
    })
    return () => {
      live = false
    }
  }, [mine, session.name])

  return (
    <main className="phone__main">
      <header className="phone__bar">
        <span className="brand">{t('app.name')}</span>
        <ConnectionBadge status={status} />
        <LanguageSwitch />
      </header>
      {state.meta.title ? <h1 className="phone__title">{state.meta.title}</h1> : null}
      {status === 'refused' ? (
        <section className="card card--alert" role="alert">
          <p>{t('phone.refused')}</p>
          <button type="button" className="button" onClick={onLeave}>
            {t('phone.rejoin')}
          </button>
        </section>
      ) : null}
      {!shown ? (
        <p className="phone__loading">{t('phone.loadingBoard')}</p>
      ) : (
        <>
          <PhaseBanner meta={state.meta} />
          <TimerDisplay timer={state.meta.timer} />
          {state.meta.phase === 'collect' && !state.meta.locked ? (
            <CollectPanel dimensions={state.dimensions} doc={mine.doc} />
          ) : null}
          {state.meta.phase === 'closed' ? <SummaryView board={state} /> : null}
          {state.meta.showTallies && state.meta.phase !== 'closed' ? (
            <PhoneRanking board={state} />
          ) : null}
          {state.meta.phase === 'vote' ? (
            <VotePanel board={state} own={own} doc={mine.doc} />
          ) : null}
          <MyNotes
            room={mine}
            session={session}
            own={own}
            board={state}
            editable={state.meta.phase === 'collect' && !state.meta.locked}
          />
        </>
      )}
    </main>
  )
}
