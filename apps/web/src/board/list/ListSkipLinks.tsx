import { useTranslation } from 'react-i18next'
import type { Dimension } from '../../model'

/** Ids the skip links jump to. */
export const listTargets = {
  actions: 'list-actions',
  dimension: (id: string) => `list-dimension-${id}`,
  groups: (id: string) => `list-groups-${id}`,
  loose: (id: string) => `list-loose-${id}`,
}

// Focus moves without touching the URL: the facilitator page keeps its state
// out of the address bar, and a hash would scroll the whole page.
function jump(id: string) {
  const target = document.getElementById(id)
  if (!target) return
  target.focus({ preventScroll: true })
  target.scrollIntoView({ block: 'start' })
}

/** Skip links at the top of the list view: the actions, then each dimension's groups and loose notes. */
export function ListSkipLinks({ dimensions }: { dimensions: Dimension[] }) {
  const { t } = useTranslation()
  // The dimension's name is part of each link's name (hidden: it is written just before).
  const link = (id: string, label: string, dimension?: string) => (
    <a
      href={`#${id}`}
      onClick={(e) => {
        e.preventDefault()
        jump(id)
      }}
    >
      {label}
      {dimension ? <span className="visually-hidden"> : {dimension}</span> : null}
    </a>
  )
  return (
    <nav className="list-view__skip" aria-label={t('writes.list.skipLabel')}>
      <ul>
        <li>{link(listTargets.actions, t('writes.list.skipActions'))}</li>
        {dimensions.map((d) => (
          <li key={d.id}>
            <span className="list-view__skip-dimension" aria-hidden="true">
              {d.title}
            </span>
            {link(listTargets.groups(d.id), t('writes.list.skipGroups'), d.title)}
            {link(listTargets.loose(d.id), t('writes.list.skipLoose'), d.title)}
          </li>
        ))}
      </ul>
    </nav>
  )
}
