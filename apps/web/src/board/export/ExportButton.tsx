import { lazy, type RefObject, Suspense, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CanvasHandle } from '../canvas/BoardCanvas'
import type { BoardStore } from '../store/boardStore'

// The dialog and its previews load on first use: the board opens as fast as before.
const ExportDialog = lazy(() => import('./ExportDialog'))

interface Props {
  workshopId: string
  store: BoardStore
  canvas: RefObject<CanvasHandle | null>
}

/** "Export": opens the export dialog; focus comes back here when it closes. */
export function ExportButton({ workshopId, store, canvas }: Props) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const opener = useRef<HTMLButtonElement>(null)
  const wasOpen = useRef(false)
  // After the dialog has unmounted (the page is no longer inert), focus comes back here.
  useEffect(() => {
    if (wasOpen.current && !open) opener.current?.focus()
    wasOpen.current = open
  }, [open])
  return (
    <>
      <button
        ref={opener}
        type="button"
        className="button button--small"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('export.open')}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <ExportDialog
            workshopId={workshopId}
            store={store}
            canvas={canvas}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      ) : null}
    </>
  )
}
