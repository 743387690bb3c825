import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { LanguageSwitch } from '../shared/LanguageSwitch'
import { CampaignHeader } from './CampaignHeader'
import { ContributeSection } from './ContributeSection'
import { ExportButtons } from './ExportButtons'
import { SynthesisView } from './SynthesisView'
import { FlagsPanel } from './territory/FlagsPanel'
import { useCampaignData } from './useCampaignData'
import { useOrganiserCredential } from './useOrganiserCredential'
import { WorkshopsSection } from './WorkshopsSection'
import '../phone/phone.css'
import './campaign.css'

/**
 * `/c/<id>#key=…` (or `#token=…` for a co-organiser): the organiser's view of
 * a campaign. Light DOM, no canvas. Read-only over the synthesis for now; the
 * organiser's group editing (merge, split, move, write, over a Yjs working
 * document) and publishing are later steps and will sit in `SynthesisView`'s
 * group cards and beside `ExportButtons`.
 */
export default function CampaignPage({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation()
  const credential = useOrganiserCredential(campaignId)
  const data = useCampaignData(campaignId, credential)
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
    <Shell>
      {error ? (
        <p className="card card--alert campaign__stale" role="alert">
          {t(errorKey(error))} {t('campaign.error.stale')}
        </p>
      ) : null}
      <CampaignHeader overview={overview} synthesis={synthesis} />
      <div className="campaign__top">
        <WorkshopsSection overview={overview} />
        <ExportButtons campaignId={campaignId} credential={credential} />
      </div>
      <FlagsPanel campaignId={campaignId} credential={credential} />
      <SynthesisView synthesis={synthesis} />
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

function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  return (
    <div className="campaign">
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
