import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { workshopCampaignLinks } from './territoryApi'
import type { WorkshopCampaignLink } from './types'

/**
 * On the facilitator's side panel, when the workshop is in a campaign: "Voir
 * où vont nos recommandations", the workshop's feedback link. Nothing at all
 * for a workshop in no campaign (or while the server is unreachable).
 */
export function FacilitatorCampaignLinks({
  workshopId,
  token,
}: {
  workshopId: string
  token: string
}) {
  const { t } = useTranslation()
  const [links, setLinks] = useState<WorkshopCampaignLink[]>([])
  useEffect(() => {
    let live = true
    workshopCampaignLinks(workshopId, token).then(
      (found) => live && setLinks(found),
      () => {},
    )
    return () => {
      live = false
    }
  }, [workshopId, token])
  if (links.length === 0) return null
  return (
    <section className="campaign-links" aria-labelledby="campaign-links-title">
      <h2 id="campaign-links-title" className="panel-title">
        {t('campaignTerritory.facilitator.title')}
      </h2>
      {links.map((link) => (
        <div key={link.campaignId} className="stack" data-testid="campaign-feedback-link">
          <p className="hint">
            {t('campaignTerritory.facilitator.inCampaign', { campaign: link.campaignTitle })}
          </p>
          <a className="button button--block" href={link.url} target="_blank" rel="noopener">
            {t('campaignTerritory.facilitator.see')}
          </a>
        </div>
      ))}
    </section>
  )
}
