import { useTranslation } from 'react-i18next'
import { QrCode } from '../../shared/QrCode'
import { useJoinUrl } from '../../shared/useJoinUrl'

export function JoinCard({ code }: { code: string | null }) {
  const { t } = useTranslation()
  const url = useJoinUrl(code)
  if (!code || !url) return <p className="hint">{t('board.codeUnknown')}</p>
  return (
    <section className="join-card" aria-labelledby="join-card-title">
      <h2 id="join-card-title" className="panel-title">
        {t('board.joinTitle')}
      </h2>
      <QrCode value={url} size={168} label={t('board.qrLabel', { url })} />
      <p className="join-card__code" data-testid="join-code">
        {code}
      </p>
      <p className="join-card__url">{url.replace(/^https?:\/\//, '')}</p>
    </section>
  )
}
