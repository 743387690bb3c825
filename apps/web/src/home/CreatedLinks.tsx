import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { CopyField } from '../access/CopyField'
import type { CreatedWorkshop } from '../api/client'

/**
 * Shown once a workshop exists, before the board opens: the facilitator link
 * is the only way back in from another machine (the key is stored hashed on
 * the server and lives only in this browser otherwise), so it is shown in
 * full, with a copy button and the warning that it is a secret.
 */
export function CreatedLinks({ created, title }: { created: CreatedWorkshop; title: string }) {
  const { t } = useTranslation()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    heading.current?.focus()
    heading.current?.scrollIntoView({ block: 'start' })
  }, [])
  return (
    <section className="card stack created-links" aria-labelledby="created-links-title">
      <h2 id="created-links-title" ref={heading} tabIndex={-1}>
        {t('access.createdTitle', { title })}
      </h2>
      <p className="hint">{t('access.createdIntro')}</p>
      <CopyField
        label={t('access.facilitatorLink')}
        value={created.facilitatorUrl}
        warning={t('access.secretWarning')}
        testId="facilitator-link"
      />
      <a className="button button--primary button--large" href={created.facilitatorUrl}>
        {t('access.openBoard')}
      </a>
      <CopyField
        label={t('access.screenLink')}
        value={created.screenUrl}
        openable
        testId="screen-link"
      />
      <p className="hint">{t('access.screenHint')}</p>
      <CopyField label={t('access.inviteLink')} value={created.inviteUrl} testId="invite-link" />
      <p className="hint">{t('access.inviteHint')}</p>
      <div className="created-links__join">
        <p className="hint">{t('access.joinCode')}</p>
        <p className="created-links__code" data-testid="created-code">
          {created.code}
        </p>
      </div>
      <CopyField label={t('access.joinLink')} value={created.joinUrl} testId="join-link" />
    </section>
  )
}
