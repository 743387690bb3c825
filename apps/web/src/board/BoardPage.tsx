import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { rotateFacilitatorKey } from '../api/client'
import { AccessHelp } from './access/AccessHelp'
import { type FacilitatorSession, FacilitatorSessionContext } from './access/session'
import { FacilitatorBoard } from './FacilitatorBoard'
import { type FacilitatorAccess, useFacilitatorAccess } from './useFacilitatorAccess'
import './board.css'
import '../access/access.css'

/** `/w/<id>`: the facilitator's board, once the browser holds the facilitator key. */
export default function BoardPage({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation()
  const access = useFacilitatorAccess(workshopId)
  if (access.status === 'ready') return <ReadyBoard workshopId={workshopId} access={access} />
  return (
    <main className="board-message">
      {access.status === 'loading' ? <p>{t('app.loading')}</p> : null}
      {access.status === 'noKey' ||
      access.status === 'badKey' ||
      access.status === 'replaced' ||
      access.status === 'expired' ? (
        <AccessHelp reason={access.status} />
      ) : null}
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

function ReadyBoard({
  workshopId,
  access,
}: {
  workshopId: string
  access: Extract<FacilitatorAccess, { status: 'ready' }>
}) {
  const [rotating, setRotating] = useState(false)
  const { key, token, screenToken, code, replaceKey } = access
  const session = useMemo<FacilitatorSession>(
    () => ({
      workshopId,
      key,
      token,
      screenToken,
      code,
      rotating,
      async rotate() {
        setRotating(true)
        try {
          // The key (or invitation), not the session token: only a key holder may rotate.
          const rotated = await rotateFacilitatorKey(workshopId, key)
          replaceKey(rotated.facilitatorKey, rotated.token)
          return rotated.inviteUrl
        } finally {
          setRotating(false)
        }
      },
    }),
    [workshopId, key, token, screenToken, code, rotating, replaceKey],
  )
  return (
    <FacilitatorSessionContext.Provider value={session}>
      <FacilitatorBoard
        workshopId={workshopId}
        token={token}
        screenToken={screenToken}
        code={code}
      />
    </FacilitatorSessionContext.Provider>
  )
}
