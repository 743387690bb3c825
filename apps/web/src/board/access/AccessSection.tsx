import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CopyField } from '../../access/CopyField'
import { createInvite } from '../../api/client'
import { JoiningToggle } from './JoiningToggle'
import { boardLink, isInvitation, projectorLink } from './links'
import { useFacilitatorSession } from './session'

type Rotation = 'idle' | 'confirming' | 'busy' | 'done' | 'failed'

/**
 * The side panel's "Accès": the links again (this browser's facilitator link,
 * the projector, a co-facilitator invitation), and "log out every other
 * device", which mints a new key; this browser carries on with it. First,
 * the toggle that closes joining to new phones.
 */
export function AccessSection() {
  const { t } = useTranslation()
  const session = useFacilitatorSession()
  const [invite, setInvite] = useState<string | null>(null)
  const [inviteFailed, setInviteFailed] = useState(false)
  const [rotation, setRotation] = useState<Rotation>('idle')
  const origin = location.origin
  const mine = boardLink(origin, session.workshopId, session.key)

  const newInvite = () => {
    setInviteFailed(false)
    createInvite(session.workshopId, session.token).then(setInvite, () => setInviteFailed(true))
  }
  const rotate = () => {
    setRotation('busy')
    session.rotate().then(
      (inviteUrl) => {
        setInvite(inviteUrl)
        setRotation('done')
      },
      () => setRotation('failed'),
    )
  }

  return (
    <section className="access" aria-labelledby="access-title" data-testid="access-section">
      <h2 id="access-title" className="panel-title">
        {t('access.title')}
      </h2>
      <JoiningToggle workshopId={session.workshopId} token={session.token} />
      <CopyField
        label={isInvitation(session.key) ? t('access.yourInvitation') : t('access.facilitatorLink')}
        value={mine}
        warning={t('access.secretWarning')}
        testId="access-facilitator-link"
      />
      <CopyField
        label={t('access.screenLink')}
        value={projectorLink(origin, session.workshopId, session.screenToken, session.code)}
        openable
        testId="access-screen-link"
      />
      {invite ? (
        <CopyField label={t('access.inviteLink')} value={invite} testId="access-invite-link" />
      ) : (
        <button type="button" className="button button--small" onClick={newInvite}>
          {t('access.newInvite')}
        </button>
      )}
      {inviteFailed ? (
        <p className="error" role="alert">
          {t('access.failed')}
        </p>
      ) : null}
      {rotation === 'idle' || rotation === 'done' || rotation === 'failed' ? (
        <button
          type="button"
          className="button button--small button--block access__rotate"
          onClick={() => setRotation('confirming')}
        >
          {t('access.rotate')}
        </button>
      ) : null}
      {rotation === 'confirming' || rotation === 'busy' ? (
        <div className="access__confirm" role="alertdialog" aria-labelledby="access-confirm-text">
          <p id="access-confirm-text">{t('access.rotateConfirm')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--small button--danger"
              disabled={rotation === 'busy'}
              onClick={rotate}
            >
              {t('access.rotateYes')}
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={rotation === 'busy'}
              onClick={() => setRotation('idle')}
            >
              {t('access.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {rotation === 'done' ? (
        <p className="access__done" role="status">
          {t('access.rotated')}
        </p>
      ) : null}
      {rotation === 'failed' ? (
        <p className="error" role="alert">
          {t('access.failed')}
        </p>
      ) : null}
    </section>
  )
}
