import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExportItem } from './formats'

interface Props {
  item: ExportItem
  actions: ReactNode
  children: ReactNode
}

/** A format's panel: its name and what it is for, its actions, then its preview. */
export function PanelLayout({ item, actions, children }: Props) {
  const { t } = useTranslation()
  return (
    <>
      <div className="export-panel__head">
        <div>
          <h3 className="export-panel__title">{t(`export.items.${item.id}.label`)}</h3>
          <p className="export-panel__hint">{t(`export.items.${item.id}.hint`)}</p>
        </div>
        <div className="export-panel__actions">{actions}</div>
      </div>
      <div className="export-panel__body">{children}</div>
    </>
  )
}
