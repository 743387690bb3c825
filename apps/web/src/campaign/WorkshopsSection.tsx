import { useTranslation } from 'react-i18next'
import { TerritoryLinkButton } from './territory/TerritoryLinkButton'
import type { CampaignOverview } from './types'

/**
 * The contributing workshops (territory, date, participants, voters, dots,
 * status) and the expected territories nothing came from yet.
 */
export function WorkshopsSection({ overview }: { overview: CampaignOverview }) {
  const { t, i18n } = useTranslation()
  const date = (iso: string | null) =>
    iso ? new Date(`${iso.slice(0, 10)}T12:00:00`).toLocaleDateString(i18n.language) : '—'
  return (
    <section className="card campaign__workshops" aria-labelledby="campaign-workshops">
      <h2 id="campaign-workshops">
        {t('campaign.workshops.title', { count: overview.workshops.length })}
      </h2>
      {overview.workshops.length === 0 ? (
        <p className="hint">{t('campaign.workshops.none')}</p>
      ) : (
        <div className="campaign__table-wrap">
          <table className="campaign__table" data-testid="campaign-workshops">
            <thead>
              <tr>
                <th scope="col">{t('campaign.workshops.territory')}</th>
                <th scope="col">{t('campaign.workshops.date')}</th>
                <th scope="col" className="num">
                  {t('campaign.workshops.participants')}
                </th>
                <th scope="col" className="num">
                  {t('campaign.workshops.voters')}
                </th>
                <th scope="col" className="num">
                  {t('campaign.workshops.dots')}
                </th>
                <th scope="col">{t('campaign.workshops.status')}</th>
              </tr>
            </thead>
            <tbody>
              {overview.workshops.map((w) => (
                <tr key={w.id} data-workshop={w.id}>
                  <th scope="row">
                    <span className="campaign__territory">{w.territory ?? '—'}</span>
                    <span className="hint campaign__workshop-title">{w.title}</span>
                    <TerritoryLinkButton workshop={w} />
                  </th>
                  <td data-label={t('campaign.workshops.date')}>{date(w.date)}</td>
                  <td className="num" data-label={t('campaign.workshops.participants')}>
                    {w.participants}
                  </td>
                  <td className="num" data-label={t('campaign.workshops.voters')}>
                    {w.voters}
                  </td>
                  <td
                    className="num"
                    data-label={t('campaign.workshops.dots')}
                    data-testid="workshop-dots"
                  >
                    {w.dots}
                  </td>
                  <td data-label={t('campaign.workshops.status')}>
                    <span className={`campaign__status campaign__status--${w.status}`}>
                      {t(`campaign.status.${w.status}`)}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {overview.missingTerritories.length > 0 ? (
        <p className="campaign__missing" data-testid="missing-territories">
          <strong>{t('campaign.workshops.missing')}</strong>{' '}
          {overview.missingTerritories.join(', ')}
        </p>
      ) : overview.expectedTerritories.length > 0 ? (
        <p className="hint" data-testid="missing-territories">
          {t('campaign.workshops.allPresent')}
        </p>
      ) : null}
    </section>
  )
}
