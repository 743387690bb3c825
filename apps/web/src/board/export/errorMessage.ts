import type { TFunction } from 'i18next'
import { ExportError } from './summaryApi'

/** What went wrong with an export, in the words of the facilitator's language. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (!(error instanceof ExportError)) return t('export.errors.failed', { status: '—' })
  if (error.status === -1) return t('export.errors.noKey')
  if (error.status === 0) return t('export.errors.network')
  if (error.status === 401 || error.status === 403) return t('export.errors.auth')
  return t('export.errors.failed', { status: error.status })
}
