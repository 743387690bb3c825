import { useTranslation } from 'react-i18next'
import type { CampaignOverview, Synthesis } from './types'

/** Title, level and territory, and the totals a congress quotes. */
export function CampaignHeader({
  overview,
  synthesis,
}: {
  overview: CampaignOverview
  synthesis: Synthesis
}) {
  const { t } = useTranslation()
  const { totals } = synthesis
  return (
    <section className="campaign__header" aria-labelledby="campaign-title">
      <p className="campaign__level">
        {t(`campaign.level.${overview.level}`)}
        {overview.territory ? ` · ${overview.territory}` : ''}
        {overview.role === 'co-organiser' ? ` · ${t('campaign.coOrganiser')}` : ''}
      </p>
      <h1 id="campaign-title" className="campaign__title">
        {overview.title}
      </h1>
      <p className="campaign__totals" data-testid="campaign-totals">
        {t('campaign.totals', {
          workshops: totals.workshops,
          participants: totals.participants,
          items: totals.items,
          groups: totals.groups,
        })}
      </p>
    </section>
  )
}
