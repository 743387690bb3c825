import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { errorMessage } from './errorMessage'
import { saveBlob } from './saveBlob'

interface DownloadProps {
  /** Fetches (or builds) the file at click time. */
  fetch: () => Promise<{ blob: Blob; filename: string }>
  disabled?: boolean
}

/** Downloads a file under its own name; failures are said next to the button. */
export function DownloadButton({ fetch, disabled = false }: DownloadProps) {
  const { t } = useTranslation()
  const button = useRef<HTMLButtonElement>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const run = async () => {
    setBusy(true)
    setError(null)
    try {
      const { blob, filename } = await fetch()
      // Inside the open modal dialog: the page behind it is inert.
      saveBlob(blob, filename, button.current?.parentElement ?? document.body)
    } catch (caught) {
      setError(caught)
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      {error ? (
        <span role="alert" className="export-panel__error">
          {errorMessage(error, t)}
        </span>
      ) : null}
      <button
        ref={button}
        type="button"
        className="button button--primary button--small"
        disabled={disabled || busy}
        onClick={run}
      >
        {busy ? t('export.downloading') : t('export.download')}
      </button>
    </>
  )
}

/** Copies a text format; the outcome is announced politely. */
export function CopyButton({ text }: { text: string }) {
  const { t } = useTranslation()
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null)
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
      setOutcome('copied')
    } catch {
      setOutcome('failed')
    }
  }
  return (
    <>
      <span role="status" className="export-panel__status">
        {outcome === 'copied' ? t('export.copied') : null}
        {outcome === 'failed' ? t('export.copyFailed') : null}
      </span>
      <button type="button" className="button button--small" onClick={copy}>
        {t('export.copy')}
      </button>
    </>
  )
}
