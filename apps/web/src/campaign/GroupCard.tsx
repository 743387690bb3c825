import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCampaignEdit } from './edit/CampaignEditContext'
import { GroupActions } from './edit/GroupActions'
import { GroupTitle } from './edit/GroupTitle'
import { groupFields } from './edit/groupView'
import { RecommendationField } from './edit/RecommendationField'
import { ItemRow } from './ItemRow'
import { formatShare } from './ranking'
import { GroupFlagBadge } from './territory/FlagBadges'
import type { SynthesisGroup } from './types'

/**
 * One group: its title, the three rankings side by side, the minority flag,
 * then its items with their provenance. With the campaign's working
 * document open (edit/), the organiser accepts, renames, writes its
 * recommendation, merges, splits and moves its items from here.
 */
export function GroupCard({ group }: { group: SynthesisGroup }) {
  const { t, i18n } = useTranslation()
  const { ranking } = group
  const edit = useCampaignEdit()
  const place = edit?.dimensionOf(group.id)
  const fields = edit ? groupFields(edit.doc, group) : null
  const [ticked, setTicked] = useState<string[]>([])
  // Items that left the group since (a refetch, another organiser) are no longer ticked.
  const selected = ticked.filter((id) => group.items.some((item) => item.id === id))
  return (
    <article
      className="card campaign__group"
      data-group={group.id}
      data-accepted={fields?.accepted ?? group.accepted}
    >
      {edit && place && fields ? (
        <GroupTitle edit={edit} group={group} dimension={place.id} fields={fields} />
      ) : (
        <h4 className="campaign__group-title">{group.title}</h4>
      )}
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
      {edit && place && fields ? (
        <RecommendationField
          edit={edit}
          group={group}
          dimension={place.id}
          value={fields.recommendation}
        />
      ) : group.recommendation ? (
        <p className="campaign__recommendation">{group.recommendation}</p>
      ) : null}
      {edit && place ? (
        <GroupActions
          edit={edit}
          group={group}
          dimension={place.id}
          siblings={place.groups.filter((g) => g.id !== group.id)}
          selected={selected}
          clearSelection={() => setTicked([])}
        />
      ) : null}
      <ul className="campaign__items">
        {group.items.map((item) => (
          <ItemRow
            key={item.id}
            item={item}
            select={
              edit
                ? {
                    checked: selected.includes(item.id),
                    onChange: (on) =>
                      setTicked(
                        on ? [...selected, item.id] : selected.filter((i) => i !== item.id),
                      ),
                  }
                : undefined
            }
          />
        ))}
      </ul>
    </article>
  )
}
