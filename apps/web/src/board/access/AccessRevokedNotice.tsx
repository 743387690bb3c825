import { useTranslation } from 'react-i18next'
import type { Room } from '../../sync/room'
import { useRoomRefusal } from '../../sync/useRoomToken'
import { useFacilitatorSession } from './session'

/** Refusals that mean "another device rotated the facilitator key". */
const REPLACED = new Set(['token-revoked', 'key-replaced'])

/**
 * Covers the board once the server has shut this browser's facilitator
 * session because the key was rotated elsewhere: nothing typed here reaches
 * the room any more, and the person is told why and what to do.
 */
export function AccessRevokedNotice({ rooms }: { rooms: readonly Room[] }) {
  const { t } = useTranslation()
  const { rotating } = useFacilitatorSession()
  const refusal = useRoomRefusal(rooms)
  if (rotating || !refusal || !REPLACED.has(refusal)) return null
  return (
    <div className="access-revoked" role="alertdialog" aria-labelledby="access-revoked-title">
      <div className="access-revoked__card card">
        <h2 id="access-revoked-title">{t('access.replacedTitle')}</h2>
        <p>{t('access.replacedText')}</p>
        <p>{t('access.replacedWhat')}</p>
        <a className="button" href="/">
          {t('access.home')}
        </a>
      </div>
    </div>
  )
}
