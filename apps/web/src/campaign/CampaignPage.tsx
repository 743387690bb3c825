import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { LanguageSwitch } from '../shared/LanguageSwitch'
import { CampaignHeader } from './CampaignHeader'
import { ContributeSection } from './ContributeSection'
import { ExportButtons } from './ExportButtons'
import { CampaignEditing } from './edit/CampaignEditing'
import { useCampaignDoc } from './edit/useCampaignDoc'
import { PublishSection } from './publish/PublishSection'
import { SynthesisView } from './SynthesisView'
import { ScreenLinkButton } from './screen/ScreenLinkButton'
import { FlagsPanel } from './territory/FlagsPanel'
import { useCampaignData } from './useCampaignData'
import { useOrganiserCredential } from './useOrganiserCredential'
import { WorkshopsSection } from './WorkshopsSection'
import '../phone/phone.css'
import './campaign.css'

/**
 * `/c/<id>#key=…` (or `#token=…` for a co-organiser): the organiser's view of
 * a campaign. Light DOM, no canvas. The organisers edit the groups over the
 * campaign's Yjs working document (edit/, `CampaignEditing`); publishing is
 * a later step and will sit beside `ExportButtons`.
 */
export default function CampaignPage({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation()
  const credential = useOrganiserCredential(campaignId)
  const data = useCampaignData(campaignId, credential)
  const doc = useCampaignDoc(campaignId, credential, data.refresh)
  if (!credential) {
    return (
      <Shell>
        <p className="card card--alert" role="alert">
          {t('campaign.error.noKey')}
        </p>
      </Shell>
    )
  }
  const { overview, synthesis, error } = data
  if (!overview || !synthesis) {
    return (
      <Shell>
        {error ? (
          <p className="card card--alert" role="alert">
            {t(errorKey(error))}
          </p>
        ) : (
          <p className="page-loading">{t('app.loading')}</p>
        )}
      </Shell>
    )
  }
  return (
    <Shell stream={data.stream}>
      {error ? (
        <p className="card card--alert campaign__stale" role="alert">
          {t(errorKey(error))} {t('campaign.error.stale')}
        </p>
      ) : null}
      <CampaignHeader overview={overview} synthesis={synthesis} />
      <div className="campaign__top">
        <WorkshopsSection overview={overview} />
        <div className="campaign__side">
          <ExportButtons campaignId={campaignId} credential={credential} />
          <ScreenLinkButton campaignId={campaignId} credential={credential} />
        </div>
      </div>
      <FlagsPanel campaignId={campaignId} credential={credential} />
      <PublishSection campaignId={campaignId} credential={credential} synthesis={synthesis} />
      <CampaignEditing doc={doc} synthesis={synthesis}>
        <SynthesisView synthesis={synthesis} />
      </CampaignEditing>
      <ContributeSection campaignId={campaignId} credential={credential} onChange={data.refresh} />
    </Shell>
  )
}

/** The message for a refusal of the campaign routes (docs/api.md "Who"). */
function errorKey(code: string): string {
  switch (code) {
    case 'missing-key':
      return 'campaign.error.noKey'
    case 'bad-key':
      return 'campaign.error.badKey'
    case 'token-expired':
      return 'campaign.error.expired'
    case 'token-revoked':
      return 'campaign.error.revoked'
    case 'unknown-campaign':
      return 'campaign.error.unknown'
    case 'network':
      return 'campaign.error.network'
    default:
      return 'campaign.error.other'
  }
}

function Shell({ children, stream }: { children: ReactNode; stream?: string }) {
  const { t } = useTranslation()
  return (
    // data-stream: whether changes are pushed (`live`) or polled; the e2e reads it.
    <div className="campaign" data-stream={stream}>
      <header className="phone__bar">
        <a className="brand" href="/">
          {t('app.name')}
        </a>
        <LanguageSwitch />
      </header>
      <main className="campaign__main">{children}</main>
    </div>
  )
}
