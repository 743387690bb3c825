import { useTranslation } from 'react-i18next'

/**
 * The page shown when this browser cannot open the board: it says what to
 * do with what the person may actually have (the link copied at creation, an
 * invitation from the other facilitator), and sends participants to the code.
 */
export function AccessHelp({ reason }: { reason: 'noKey' | 'badKey' | 'replaced' | 'expired' }) {
  const { t } = useTranslation()
  return (
    <section className="access-help card" aria-labelledby="access-help-title">
      <h1 id="access-help-title">
        {reason === 'replaced' ? t('access.replacedTitle') : t('access.helpTitle')}
      </h1>
      <p role={reason === 'noKey' ? undefined : 'alert'}>
        {reason === 'noKey' ? t('access.helpNoKey') : null}
        {reason === 'badKey' ? t('access.helpBadKey') : null}
        {reason === 'replaced' ? t('access.replacedText') : null}
        {reason === 'expired' ? t('access.helpExpired') : null}
      </p>
      <ul className="access-help__ways">
        <li>{t('access.helpOwnLink')}</li>
        <li>{t('access.helpInvite')}</li>
        <li>{t('access.helpParticipant')}</li>
      </ul>
      <a className="button" href="/">
        {t('access.home')}
      </a>
    </section>
  )
}
