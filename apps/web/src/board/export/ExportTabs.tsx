import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExportId, ExportItem } from './formats'

interface Props {
  items: readonly ExportItem[]
  selected: ExportId
  onSelect: (id: ExportId) => void
}

export const tabId = (id: ExportId) => `export-tab-${id}`
export const panelId = (id: ExportId) => `export-panel-${id}`

/**
 * The formats as a vertical tab list (WAI-ARIA tabs): one tab stop, arrows
 * move and select, Home and End jump to the ends.
 */
export function ExportTabs({ items, selected, onSelect }: Props) {
  const { t } = useTranslation()
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = items.findIndex((item) => item.id === selected)
    const last = items.length - 1
    const next =
      event.key === 'ArrowDown' || event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowUp' || event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null
    if (next === null) return
    event.preventDefault()
    const id = items[next]!.id
    onSelect(id)
    document.getElementById(tabId(id))?.focus()
  }
  return (
    <div
      role="tablist"
      aria-orientation="vertical"
      aria-label={t('export.formats')}
      className="export-tabs"
      onKeyDown={onKeyDown}
    >
      {items.map((item) => (
        <button
          key={item.id}
          id={tabId(item.id)}
          type="button"
          role="tab"
          aria-selected={item.id === selected}
          aria-controls={panelId(item.id)}
          aria-labelledby={`${tabId(item.id)}-label`}
          aria-describedby={`${tabId(item.id)}-hint`}
          tabIndex={item.id === selected ? 0 : -1}
          className="export-tabs__tab"
          onClick={() => onSelect(item.id)}
        >
          <span id={`${tabId(item.id)}-label`} className="export-tabs__label">
            {t(`export.items.${item.id}.label`)}
          </span>
          <span id={`${tabId(item.id)}-hint`} className="export-tabs__hint">
            {t(`export.items.${item.id}.hint`)}
          </span>
        </button>
      ))}
    </div>
  )
}
