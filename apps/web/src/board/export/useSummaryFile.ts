import { useEffect, useState } from 'react'
import type { SummaryFile } from './formats'
import type { ExportSession, FetchedFile } from './summaryApi'

export type FileState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; file: FetchedFile; text: string }

/** A summary file for a preview: fetched once per dialog, decoded as UTF-8 (a BOM is dropped). */
export function useSummaryFile(
  session: ExportSession,
  file: SummaryFile,
): { state: FileState; retry: () => void } {
  const [attempt, setAttempt] = useState(0)
  const [state, setState] = useState<FileState>({ status: 'loading' })
  useEffect(() => {
    let live = true
    setState({ status: 'loading' })
    session.preview(file).then(
      async (fetched) => {
        const text = await fetched.blob.text()
        if (live) setState({ status: 'ready', file: fetched, text })
      },
      (error: unknown) => {
        if (live) setState({ status: 'error', error })
      },
    )
    return () => {
      live = false
    }
  }, [session, file, attempt])
  return { state, retry: () => setAttempt((n) => n + 1) }
}
