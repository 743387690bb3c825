import { type ReactNode, useEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { applyWorkshopLanguage } from '../i18n'
import { ROOMS, readBoard } from '../model'
import { ConnectionBadge } from '../shared/ConnectionBadge'
import { LanguageSwitch } from '../shared/LanguageSwitch'
import { SummaryView } from '../shared/SummaryView'
import { useConnectionStatus, useDocState } from '../sync/hooks'
import type { Room } from '../sync/room'
import { useRooms } from '../sync/useRooms'
import '../phone/phone.css'
import './results.css'
import { useResultsToken } from './useResultsToken'

/**
 * `/r/<id>#token=…`: the results link a facilitator shares. Reads the board
 * room with a read-only token (the server refuses its writes and every other
 * room) and shows the final summary. DOM only, like the phone.
 */
export default function ResultsPage({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation()
  const token = useResultsToken(workshopId)
  const specs = useMemo(
    () => (token ? [{ name: ROOMS.board(workshopId), token, prefetch: true }] : null),
    [workshopId, token],
  )
  const rooms = useRooms(specs)
  if (!token)
    return (
      <Shell>
        <p className="card card--alert">{t('phoneFlow.noToken')}</p>
      </Shell>
    )
  if (!rooms) return <p className="phone__loading">{t('app.loading')}</p>
  return <Results board={rooms[0]!} />
}

function Results({ board }: { board: Room }) {
  const { t } = useTranslation()
  const state = useDocState(board.doc, readBoard)
  const status = useConnectionStatus([board])
  const loaded = state.meta.schemaVersion > 0
  useEffect(() => {
    if (loaded) applyWorkshopLanguage(state.meta.language)
  }, [loaded, state.meta.language])
  return (
    <Shell status={status}>
      {status === 'refused' ? (
        <p className="card card--alert" role="alert">
          {t('phoneFlow.linkRefused')}
        </p>
      ) : null}
      {!loaded ? (
        status === 'refused' ? null : (
          <p className="phone__loading">{t('phone.loadingBoard')}</p>
        )
      ) : (
        <>
          <h1 className="results__title">{state.meta.title}</h1>
          {state.meta.phase === 'closed' ? null : (
            <p className="phase results__provisional">{t('phoneFlow.provisional')}</p>
          )}
          <SummaryView board={state} />
        </>
      )}
    </Shell>
  )
}

function Shell({
  status,
  children,
}: {
  status?: Parameters<typeof ConnectionBadge>[0]['status']
  children: ReactNode
}) {
  const { t } = useTranslation()
  return (
    <div className="results">
      <header className="phone__bar">
        <span className="brand">{t('app.name')}</span>
        {status ? <ConnectionBadge status={status} /> : null}
        <LanguageSwitch />
      </header>
      <main className="results__main">{children}</main>
    </div>
  )
}
