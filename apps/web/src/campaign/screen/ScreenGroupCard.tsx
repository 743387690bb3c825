import { useTranslation } from 'react-i18next'
import type { ScreenGroup } from './types'

/** "Lyon, Villeurbanne et Vénissieux" in the page's language. */
function territoryList(territories: string[], language: string): string {
  try {
    return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(territories)
  } catch {
    return territories.join(', ')
  }
}

/**
 * One regional recommendation on the congress screen: its rank, its title,
 * its text (or, before the organisers wrote one, the strongest workshop's,
 * said so with its territory), and the territories it comes from.
 */
export function ScreenGroupCard({ group }: { group: ScreenGroup }) {
  const { t, i18n } = useTranslation()
  return (
    <li className="congress-group" data-testid="congress-group" data-group={group.id}>
      <span className="congress-group__rank" aria-hidden="true">
        {group.rank}
      </span>
      <div className="congress-group__body">
        <h2 className="congress-group__title">{group.title || t('congressScreen.untitled')}</h2>
        {group.recommendation ? (
          <p className="congress-group__text" data-testid="congress-recommendation">
            {group.recommendation}
            {group.recommendationFrom === 'workshop' ? (
              <span className="congress-group__from">
                {' — '}
                {group.recommendationTerritory
                  ? t('congressScreen.standIn', { territory: group.recommendationTerritory })
                  : t('congressScreen.standInAnywhere')}
              </span>
            ) : null}
          </p>
        ) : null}
        <p className="congress-group__territories" data-testid="congress-territories">
          {t('congressScreen.territories', {
            count: group.territories.length,
            list: territoryList(group.territories, i18n.language),
          })}
          {group.minority ? (
            <span className="congress-group__minority">{` · ${t('congressScreen.minority')}`}</span>
          ) : null}
        </p>
      </div>
    </li>
  )
}
