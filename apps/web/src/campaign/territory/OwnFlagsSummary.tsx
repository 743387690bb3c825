import { useTranslation } from 'react-i18next'
import type { TerritoryFlag } from './types'

/**
 * At the top of the feedback page: every flag this workshop filed, with its
 * status, each linking to its recommendation below (a flag stays listed even
 * if its recommendation has since left the draft).
 */
export function OwnFlagsSummary({
  flags,
  itemIds,
}: {
  flags: TerritoryFlag[]
  /** The items on the page now: a flag on any other is shown without a link. */
  itemIds: Set<string>
}) {
  const { t } = useTranslation()
  if (flags.length === 0) return null
  return (
    <section
      className="card territory__own-flags"
      aria-labelledby="own-flags"
      data-testid="own-flags"
    >
      <h2 id="own-flags">{t('campaignTerritory.flags.title', { count: flags.length })}</h2>
      <ul>
        {flags.map((flag) => (
          <li key={flag.id} data-status={flag.status}>
            {itemIds.has(flag.itemId) ? (
              <a href={`#item-${flag.itemId}`}>{flag.itemTitle || flag.groupTitle}</a>
            ) : (
              <span>{flag.itemTitle || flag.groupTitle}</span>
            )}{' '}
            <span className={`territory__pill territory__pill--${flag.status}`}>
              {flag.status === 'open'
                ? t('campaignTerritory.flags.open')
                : t('campaignTerritory.flags.resolved')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
