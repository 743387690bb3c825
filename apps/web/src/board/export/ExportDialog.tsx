import { type KeyboardEvent, type RefObject, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CanvasHandle } from '../canvas/BoardCanvas'
import type { BoardStore } from '../store/boardStore'
import { ExportPanel } from './ExportPanel'
import { ExportTabs, panelId, tabId } from './ExportTabs'
import { EXPORT_ITEMS, type ExportId } from './formats'
import { ExportSession } from './summaryApi'
import './export.css'

interface Props {
  workshopId: string
  store: BoardStore
  canvas: RefObject<CanvasHandle | null>
  onClose: () => void
}

const FOCUSABLE = 'a[href], button:not([disabled]), iframe, [tabindex]:not([tabindex="-1"])'

/**
 * The export dialog: a native modal `<dialog>` (the page behind is inert,
 * Escape closes it), labelled by its title. Tab and Shift+Tab wrap around
 * inside it; the browser's own modal inertness keeps focus off the page behind.
 */
export default function ExportDialog({ workshopId, store, canvas, onClose }: Props) {
  const { t } = useTranslation()
  const dialog = useRef<HTMLDialogElement>(null)
  const session = useMemo(() => new ExportSession(workshopId), [workshopId])
  const [selected, setSelected] = useState<ExportId>('report')
  const item = EXPORT_ITEMS.find((i) => i.id === selected)!
  const empty = store.noteIds.length === 0

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    element.showModal()
    document.getElementById(tabId('report'))?.focus()
    return () => element.close()
  }, [])

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    // Escape from inside the report's frame (forwarded by ReportFrame); elsewhere the dialog's cancel handles it.
    if (event.key === 'Escape' && event.target instanceof HTMLIFrameElement) return onClose()
    if (event.key !== 'Tab') return
    const all = [...(dialog.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])]
    const first = all[0]
    const last = all[all.length - 1]
    if (!first || !last) return
    const edge = event.shiftKey ? first : last
    if (document.activeElement !== edge) return
    event.preventDefault()
    ;(event.shiftKey ? last : first).focus()
  }

  return (
    <dialog
      ref={dialog}
      className="export-dialog"
      aria-labelledby="export-dialog-title"
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        // Escape: let React unmount the dialog rather than the browser hide it.
        event.preventDefault()
        onClose()
      }}
    >
      <header className="export-dialog__head">
        <h2 id="export-dialog-title" className="export-dialog__title">
          {t('export.title')}
        </h2>
        <button type="button" className="button button--small" onClick={onClose}>
          {t('export.close')}
        </button>
      </header>
      {empty ? (
        <p className="export-dialog__notice" role="status">
          {t('export.empty')}
        </p>
      ) : null}
      <div className="export-dialog__body">
        <ExportTabs items={EXPORT_ITEMS} selected={selected} onSelect={setSelected} />
        <section
          key={item.id}
          id={panelId(item.id)}
          role="tabpanel"
          aria-labelledby={tabId(item.id)}
          className="export-panel"
          data-export={item.id}
        >
          <ExportPanel item={item} session={session} store={store} canvas={canvas} />
        </section>
      </div>
    </dialog>
  )
}
