import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { CopyButton, DownloadButton } from './actions'
import { CsvTablePreview } from './CsvTablePreview'
import { errorMessage } from './errorMessage'
import type { ExportItem, SummaryFile } from './formats'
import { PanelLayout } from './PanelLayout'
import { PrintReportButton, ReportFrame } from './ReportPreview'
import type { ExportSession } from './summaryApi'
import { useObjectUrl } from './useObjectUrl'
import { useSummaryFile } from './useSummaryFile'

interface Props {
  item: ExportItem
  file: SummaryFile
  session: ExportSession
}

/** A server-rendered format with a preview: the report, a text, or a table. */
export function FilePreview({ item, file, session }: Props) {
  const { t } = useTranslation()
  const { state, retry } = useSummaryFile(session, file)
  const ready = state.status === 'ready' ? state : null
  const frame = useRef<HTMLIFrameElement>(null)
  const reportUrl = useObjectUrl(item.preview === 'report' && ready ? ready.file.blob : null)
  const actions = (
    <>
      {item.copy && ready ? <CopyButton text={ready.text} /> : null}
      {reportUrl ? <PrintReportButton frame={frame} /> : null}
      <DownloadButton fetch={() => session.download(file)} />
    </>
  )
  return (
    <PanelLayout item={item} actions={actions}>
      {state.status === 'loading' ? (
        <p className="export-panel__message" role="status">
          {t('export.loading')}
        </p>
      ) : null}
      {state.status === 'error' ? (
        <div className="export-panel__message export-panel__message--error" role="alert">
          <p>{errorMessage(state.error, t)}</p>
          <button type="button" className="button button--small" onClick={retry}>
            {t('export.retry')}
          </button>
        </div>
      ) : null}
      {reportUrl ? <ReportFrame url={reportUrl} frame={frame} /> : null}
      {ready && item.preview === 'text' ? (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        <pre className="export-text" tabIndex={0}>
          {ready.text}
        </pre>
      ) : null}
      {ready && item.preview === 'table' ? <CsvTablePreview text={ready.text} /> : null}
    </PanelLayout>
  )
}
