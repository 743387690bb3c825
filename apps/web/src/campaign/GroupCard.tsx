import { useTranslation } from 'react-i18next'
import { ItemRow } from './ItemRow'
import { formatShare } from './ranking'
import { GroupFlagBadge } from './territory/FlagBadges'
import type { SynthesisGroup } from './types'

/**
 * One proposed group: its title, the three rankings side by side, the
 * minority flag, then its items with their provenance. The organiser's
 * actions on a group (accept, rename, split, merge, move) will live here.
 */
export function GroupCard({ group }: { group: SynthesisGroup }) {
  const { t, i18n } = useTranslation()
  const { ranking } = group
  return (
    <article className="card campaign__group" data-group={group.id}>
      <h4 className="campaign__group-title">{group.title}</h4>
      <GroupFlagBadge itemIds={group.items.map((item) => item.id)} />
      {group.minority ? (
        <p className="campaign__minority" data-testid="minority-flag">
          {t('campaign.group.minority')}
        </p>
      ) : null}
      <dl className="campaign__ranking" data-testid="group-ranking">
        <div>
          <dt>{t('campaign.group.dots')}</dt>
          <dd data-ranking="dots">{ranking.dots}</dd>
        </div>
        <div>
          <dt>{t('campaign.group.equal')}</dt>
          <dd data-ranking="equal">{formatShare(ranking.equalWorkshopScore, i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('campaign.group.breadth')}</dt>
          <dd data-ranking="breadth">
            {t('campaign.group.territories', { count: ranking.breadth })}
          </dd>
        </div>
      </dl>
      {group.recommendation ? (
        <p className="campaign__recommendation">{group.recommendation}</p>
      ) : null}
      <ul className="campaign__items">
        {group.items.map((item) => (
          <ItemRow key={item.id} item={item} />
        ))}
      </ul>
    </article>
  )
}
