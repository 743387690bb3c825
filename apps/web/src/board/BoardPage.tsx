import { useTranslation } from 'react-i18next'
import { FacilitatorBoard } from './FacilitatorBoard'
import { useFacilitatorAccess } from './useFacilitatorAccess'
import './board.css'

/** `/w/<id>`: the facilitator's board, once the browser holds the facilitator key. */
export default function BoardPage({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation()
  const access = useFacilitatorAccess(workshopId)
  if (access.status === 'ready') {
    return (
      <FacilitatorBoard
        workshopId={workshopId}
        token={access.token}
        screenToken={access.screenToken}
        code={access.code}
      />
    )
  }
  return (
    <main className="board-message">
      {access.status === 'loading' ? <p>{t('app.loading')}</p> : null}
      {access.status === 'noKey' ? <p>{t('board.noKey')}</p> : null}
      {access.status === 'badKey' ? <p role="alert">{t('board.badKey')}</p> : null}
      {access.status === 'error' ? (
        <p role="alert">
          {t('board.accessError')}{' '}
          <button type="button" className="button" onClick={access.retry}>
            {t('board.retry')}
          </button>
        </p>
      ) : null}
    </main>
  )
}
