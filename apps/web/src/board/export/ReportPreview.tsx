import type { RefObject } from 'react'
import { useTranslation } from 'react-i18next'

interface Props {
  url: string
  frame: RefObject<HTMLIFrameElement | null>
}

/**
 * The printable report in a sandboxed frame. The page carries no script (and
 * a CSP forbidding them); the sandbox allows none either. `allow-same-origin`
 * lets this page call the frame's print(), `allow-modals` lets it show the
 * print dialog.
 */
export function ReportFrame({ url, frame }: Props) {
  const { t } = useTranslation()
  return (
    <iframe
      ref={frame}
      className="export-report"
      src={url}
      title={t('export.reportFrame')}
      sandbox="allow-same-origin allow-modals"
      onLoad={(event) => forwardEscape(event.currentTarget)}
    />
  )
}

/**
 * Keys pressed inside the frame never reach the dialog: Escape is passed on
 * to the frame element, where it bubbles to the dialog like any other key.
 */
function forwardEscape(frame: HTMLIFrameElement): void {
  frame.contentWindow?.addEventListener('keydown', (event) => {
    if (event.key === 'Escape')
      frame.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
  })
}

/** Prints the report alone; the browser's print dialog offers "Save as PDF". */
export function PrintReportButton({ frame }: { frame: RefObject<HTMLIFrameElement | null> }) {
  const { t } = useTranslation()
  return (
    <button
      type="button"
      className="button button--small"
      onClick={() => frame.current?.contentWindow?.print()}
    >
      {t('export.print')}
    </button>
  )
}
