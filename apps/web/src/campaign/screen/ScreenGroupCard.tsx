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
export function ScreenGroupCard({ group, measuring }: { group: ScreenGroup; measuring?: boolean }) {
  const { t, i18n } = useTranslation()
  // The measuring copy carries no test ids: only the shown groups are the screen's.
  const id = (name: string) => (measuring ? undefined : name)
  return (
    <li className="congress-group" data-testid={id('congress-group')} data-group={group.id}>
      <span className="congress-group__rank" aria-hidden="true">
        {group.rank}
      </span>
      <div className="congress-group__body">
        <h2 className="congress-group__title">{group.title || t('congressScreen.untitled')}</h2>
        {group.recommendation ? (
          <p className="congress-group__text" data-testid={id('congress-recommendation')}>
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
        <p className="congress-group__territories" data-testid={id('congress-territories')}>
          {t('congressScreen.territories', {
            count: group.territories.length,
            list: territoryList(group.territories, i18n.language),
          })}
          <span className="congress-group__dots" data-testid={id('congress-dots')}>
            {` · ${t('congressScreen.dots', { count: group.dots })}`}
          </span>
          {group.minority ? (
            <span className="congress-group__minority">{` · ${t('congressScreen.minority')}`}</span>
          ) : null}
        </p>
      </div>
    </li>
  )
}
