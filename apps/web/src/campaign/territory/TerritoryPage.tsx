import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { LanguageSwitch } from '../../shared/LanguageSwitch'
import { OwnFlagsSummary } from './OwnFlagsSummary'
import { TerritoryItemCard } from './TerritoryItemCard'
import { useTerritoryCredential } from './useTerritoryCredential'
import { useTerritoryView } from './useTerritoryView'
import '../../phone/phone.css'
import './territory.css'

/**
 * `/c/<id>/t#key=<token>`: a contributing workshop's feedback link, opened
 * by its facilitator, often on a phone. Read-only over the draft: per
 * dimension, our recommendations and where each went (the group, its
 * regional recommendation as drafted, the other territories in it), with a
 * "Signaler" button on each and our flags' status.
 */
export default function TerritoryPage({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation()
  const token = useTerritoryCredential(campaignId)
  const { view, error, refresh } = useTerritoryView(campaignId, token)
  if (!token)
    return (
      <Shell>
        <p className="card card--alert" role="alert">
          {t('campaignTerritory.error.noKey')}
        </p>
      </Shell>
    )
  if (!view)
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
  const count = view.dimensions.reduce((n, d) => n + d.items.length, 0)
  const territory = view.workshop.territory ?? view.workshop.title
  return (
    <Shell>
      <header className="territory__header">
        <p className="territory__level">
          {t('campaignTerritory.page.level', { campaign: view.campaign.title })}
        </p>
        <h1 className="territory__title">{t('campaignTerritory.page.title', { territory })}</h1>
        <p className="territory__intro">{t('campaignTerritory.page.intro')}</p>
        <p className="hint territory__draft">
          {t('campaignTerritory.page.summary', { count })} · {t('campaignTerritory.page.draft')}{' '}
          <button type="button" className="button button--small" onClick={() => void refresh()}>
            {t('campaignTerritory.page.reload')}
          </button>
        </p>
        {error ? (
          <p className="error" role="alert">
            {t(errorKey(error))}
          </p>
        ) : null}
      </header>
      <OwnFlagsSummary
        flags={view.flags}
        itemIds={new Set(view.dimensions.flatMap((d) => d.items.map((i) => i.id)))}
      />
      {view.dimensions.map((dimension) => (
        <section
          key={dimension.id}
          className="territory__dimension"
          data-dimension={dimension.id}
          aria-labelledby={`territory-${dimension.id}`}
        >
          <h2 id={`territory-${dimension.id}`} className="territory__dimension-title">
            {dimension.title}
          </h2>
          {dimension.items.length === 0 ? (
            <p className="hint">{t('campaignTerritory.dimension.none')}</p>
          ) : (
            <ol className="territory__items">
              {dimension.items.map((item) => (
                <li key={item.id}>
                  <TerritoryItemCard
                    campaignId={campaignId}
                    token={token}
                    level={view.campaign.level}
                    item={item}
                    flag={
                      view.flags.find((f) => f.itemId === item.id && f.status === 'open') ??
                      view.flags.findLast((f) => f.itemId === item.id)
                    }
                    onChange={() => void refresh()}
                  />
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
    </Shell>
  )
}

/** The message for a refusal of the territory routes (docs/api.md). */
function errorKey(code: string): string {
  switch (code) {
    case 'missing-key':
      return 'campaignTerritory.error.noKey'
    case 'bad-key':
      return 'campaignTerritory.error.badKey'
    case 'token-expired':
      return 'campaignTerritory.error.expired'
    case 'token-revoked':
      return 'campaignTerritory.error.revoked'
    case 'unknown-campaign':
      return 'campaignTerritory.error.unknown'
    case 'network':
      return 'campaignTerritory.error.network'
    default:
      return 'campaignTerritory.error.other'
  }
}

function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  return (
    <div className="territory">
      <header className="phone__bar">
        <a className="brand" href="/">
          {t('app.name')}
        </a>
        <LanguageSwitch />
      </header>
      <main className="territory__main">{children}</main>
    </div>
  )
}
