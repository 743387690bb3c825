import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { GroupCard } from './GroupCard'
import { type GroupSort, sortGroups } from './ranking'
import type { Synthesis } from './types'

const SORTS: GroupSort[] = ['dots', 'equal', 'breadth']

/**
 * Per dimension, the proposed groups with their items, ordered by the
 * ranking the organiser picks. The sort is the page's, not the server's: the
 * three rankings stay side by side on every card whatever the order.
 */
export function SynthesisView({ synthesis }: { synthesis: Synthesis }) {
  const { t } = useTranslation()
  const id = useId()
  const [sort, setSort] = useState<GroupSort>('equal')
  return (
    <section className="campaign__synthesis" aria-labelledby={`${id}-title`}>
      <div className="campaign__synthesis-bar">
        <h2 id={`${id}-title`}>{t('campaign.synthesis.title')}</h2>
        <fieldset className="campaign__sort">
          <legend>{t('campaign.sort.label')}</legend>
          {SORTS.map((option) => (
            <button
              key={option}
              type="button"
              className="button button--small"
              aria-pressed={sort === option}
              onClick={() => setSort(option)}
            >
              {t(`campaign.sort.${option}`)}
            </button>
          ))}
        </fieldset>
      </div>
      {synthesis.dimensions.map((dimension) => (
        <section
          key={dimension.id}
          className="campaign__dimension"
          aria-labelledby={`${id}-${dimension.id}`}
          data-dimension={dimension.id}
        >
          <h3 id={`${id}-${dimension.id}`} className="campaign__dimension-title">
            {dimension.title}
          </h3>
          {dimension.groups.length === 0 ? (
            <p className="hint">{t('campaign.synthesis.empty')}</p>
          ) : (
            <ol className="campaign__groups">
              {sortGroups(dimension.groups, sort).map((group) => (
                <li key={group.id}>
                  <GroupCard group={group} />
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
    </section>
  )
}
