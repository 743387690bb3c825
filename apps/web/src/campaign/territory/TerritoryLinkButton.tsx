import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CopyField } from '../../access/CopyField'
import type { CampaignWorkshop } from '../types'
import { useOrganiserFeedback } from './OrganiserFeedback'
import { territoryLink } from './territoryApi'
import './feedback.css'

/**
 * A workshop's "lien de retour", minted on demand and shown in a dialog with
 * a copy button, to send to its facilitator. An imported workshop has no
 * facilitator on this server, so no link.
 */
export function TerritoryLinkButton({ workshop }: { workshop: CampaignWorkshop }) {
  const { t } = useTranslation()
  const feedback = useOrganiserFeedback()
  const dialog = useRef<HTMLDialogElement>(null)
  const [url, setUrl] = useState<string | null>(null)
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle')
  if (!feedback) return null
  if (workshop.joinedHow === 'imported' || workshop.status === 'imported')
    return <span className="hint territory-link-none">{t('campaignTerritory.link.imported')}</span>
  const territory = workshop.territory ?? workshop.title

  function open() {
    if (!feedback) return
    setState('busy')
    territoryLink(feedback.campaignId, feedback.credential, workshop.id).then(
      (link) => {
        setUrl(link.url)
        setState('idle')
        dialog.current?.showModal()
      },
      () => setState('failed'),
    )
  }

  return (
    <>
      <button
        type="button"
        className="button button--small territory-link-button"
        onClick={open}
        disabled={state === 'busy'}
        data-testid="territory-link-button"
      >
        {state === 'busy'
          ? t('campaignTerritory.link.creating')
          : t('campaignTerritory.link.button')}
      </button>
      {state === 'failed' ? (
        <span className="error" role="alert">
          {t('campaignTerritory.link.failed')}
        </span>
      ) : null}
      <dialog ref={dialog} className="territory-link-dialog" aria-labelledby={`tl-${workshop.id}`}>
        <h2 id={`tl-${workshop.id}`}>{t('campaignTerritory.link.title', { territory })}</h2>
        <p className="hint">{t('campaignTerritory.link.hint')}</p>
        {url ? (
          <CopyField
            label={t('campaignTerritory.link.label')}
            value={url}
            openable
            testId="territory-link"
          />
        ) : null}
        <form method="dialog">
          <button type="submit" className="button">
            {t('campaignTerritory.link.close')}
          </button>
        </form>
      </dialog>
    </>
  )
}
