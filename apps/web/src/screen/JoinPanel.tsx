import { useTranslation } from 'react-i18next'
import { QrCode } from '../shared/QrCode'
import { useJoinUrl } from '../shared/useJoinUrl'

/** While collecting, the way in stays on screen: QR code, address, code, and the room filling up. */
export function JoinPanel({
  code,
  people,
  notes,
}: {
  code: string | null
  people: number
  notes: number
}) {
  const { t } = useTranslation()
  const url = useJoinUrl(code)
  return (
    <aside className="join-panel">
      <h2>{t('screen.join')}</h2>
      {url ? <QrCode value={url} size={340} label={t('board.qrLabel', { url })} /> : null}
      {url ? (
        <p className="join-panel__url">{url.replace(/^https?:\/\//, '').replace(/\/j\/.*$/, '')}</p>
      ) : null}
      {code ? (
        <p className="join-panel__code">
          <span className="join-panel__code-label">{t('screen.code')}</span>
          <span data-testid="screen-code">{code}</span>
        </p>
      ) : null}
      <dl className="join-panel__counts">
        <div>
          <dd data-testid="screen-people">{people}</dd>
          <dt>{t('screen.people', { count: people })}</dt>
        </div>
        <div>
          <dd data-testid="screen-notes">{notes}</dd>
          <dt>{t('screen.notes', { count: notes })}</dt>
        </div>
      </dl>
    </aside>
  )
}
