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
    />
  )
}

/** Print the report alone (the browser offers "Save as PDF"), or open it in a tab. */
export function ReportActions({ url, frame }: Props) {
  const { t } = useTranslation()
  return (
    <>
      <a className="button button--small" href={url} target="_blank" rel="noopener">
        {t('export.openTab')}
      </a>
      <button
        type="button"
        className="button button--small"
        onClick={() => frame.current?.contentWindow?.print()}
      >
        {t('export.print')}
      </button>
    </>
  )
}
