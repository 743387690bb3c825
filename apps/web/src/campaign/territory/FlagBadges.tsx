import { useTranslation } from 'react-i18next'
import { useOrganiserFeedback } from './OrganiserFeedback'

/** "⚑ Signalé" on an item with an open flag; links to the flag in the list. */
export function ItemFlagBadge({ itemId }: { itemId: string }) {
  const { t } = useTranslation()
  const feedback = useOrganiserFeedback()
  const flag = feedback?.flags.find((f) => f.itemId === itemId && f.status === 'open')
  if (!flag) return null
  return (
    <a
      className="flag-badge"
      href={`#flag-${flag.id}`}
      title={flag.comment}
      data-testid="item-flag"
    >
      <span aria-hidden="true">⚑ </span>
      {t('campaignTerritory.organiser.itemBadge')}
    </a>
  )
}

/** How many of a group's items carry an open flag, on the group's card. */
export function GroupFlagBadge({ itemIds }: { itemIds: string[] }) {
  const { t } = useTranslation()
  const feedback = useOrganiserFeedback()
  const ids = new Set(itemIds)
  const count = feedback?.flags.filter((f) => f.status === 'open' && ids.has(f.itemId)).length ?? 0
  if (count === 0) return null
  return (
    <p className="flag-badge flag-badge--group" data-testid="group-flags">
      <span aria-hidden="true">⚑ </span>
      {t('campaignTerritory.organiser.badge', { count })}
    </p>
  )
}
