import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api/client'
import { withdrawFlag } from './territoryApi'
import type { TerritoryFlag } from './types'

interface Props {
  campaignId: string
  token: string
  flag: TerritoryFlag
  onChange: () => void
}

/** Our flag on an item: waiting or handled, our comment, the organisers' answer; withdraw while open. */
export function FlagStatusBox({ campaignId, token, flag, onChange }: Props) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const open = flag.status === 'open'

  async function withdraw() {
    setBusy(true)
    setError(null)
    try {
      await withdrawFlag(campaignId, token, flag.id)
    } catch (caught) {
      const code = caught instanceof ApiError ? caught.code : 'other'
      setError(['rate-limited', 'already-resolved'].includes(code) ? code : 'other')
    } finally {
      setBusy(false)
      onChange()
    }
  }

  return (
    <div
      className={`territory__flag-status territory__flag-status--${flag.status}`}
      data-testid="flag-status"
      data-status={flag.status}
    >
      <p className="territory__flag-state">
        <span aria-hidden="true">⚑ </span>
        {open ? t('campaignTerritory.flag.open') : t('campaignTerritory.flag.resolved')}
      </p>
      <p>
        <strong>{t('campaignTerritory.flag.yourComment')}</strong> {flag.comment}
      </p>
      {flag.reply ? (
        <p data-testid="flag-reply">
          <strong>{t('campaignTerritory.flag.reply')}</strong> {flag.reply}
        </p>
      ) : null}
      {error ? (
        <p className="error" role="alert">
          {t(`campaignTerritory.flag.error.${error}`)}
        </p>
      ) : null}
      {open ? (
        <button type="button" className="button button--small" onClick={withdraw} disabled={busy}>
          {t('campaignTerritory.flag.withdraw')}
        </button>
      ) : null}
    </div>
  )
}
