import type { TFunction } from 'i18next'
import { BoardModelError } from '../../model'

/** A command's refusal in the interface's words (`writes.error.<code>`), or a generic one. */
export function errorText(t: TFunction, error: unknown): string {
  const code =
    error instanceof BoardModelError ? error.code : error instanceof Error ? error.message : ''
  return t(`writes.error.${code}`, { defaultValue: t('writes.error.generic') })
}
