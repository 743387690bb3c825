import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CopyField } from '../../access/CopyField'
import { mintScreenLink } from './screenApi'
import './screen-link.css'

/**
 * "Écran du congrès" on the organiser's page: mints the screen's read-only
 * link (the projection and its live updates, nothing else) and shows it to
 * copy or open on the projector's computer.
 */
export function ScreenLinkButton({
  campaignId,
  credential,
}: {
  campaignId: string
  credential: string
}) {
  const { t } = useTranslation()
  const [url, setUrl] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState(false)
  async function mint() {
    setBusy(true)
    setFailed(false)
    try {
      setUrl((await mintScreenLink(campaignId, credential)).url)
    } catch {
      setFailed(true)
    } finally {
      setBusy(false)
    }
  }
  return (
    <section className="card campaign__screen-link" aria-labelledby="congress-screen-link">
      <h2 id="congress-screen-link">{t('congressScreen.link.title')}</h2>
      <p className="hint">{t('congressScreen.link.hint')}</p>
      {url ? (
        <CopyField
          label={t('congressScreen.link.label')}
          value={url}
          warning={t('congressScreen.link.warning')}
          openable
          testId="congress-screen-link"
        />
      ) : (
        <button type="button" className="button" disabled={busy} onClick={() => void mint()}>
          {t('congressScreen.link.mint')}
        </button>
      )}
      {failed ? (
        <p className="error" role="alert">
          {t('congressScreen.link.failed')}
        </p>
      ) : null}
    </section>
  )
}
