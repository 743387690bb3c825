import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError, serverInfo } from '../api/client'

/** Whether this server asks for its admin key to create a workshop (`ATELIER_ADMIN_KEY`). */
export function useAdminKeyRequired(): boolean {
  const [required, setRequired] = useState(false)
  useEffect(() => {
    let live = true
    serverInfo().then(
      (info) => live && setRequired(info.adminKeyRequired),
      // Unknown: create without a key; a refusal then says the key is needed.
      () => {},
    )
    return () => {
      live = false
    }
  }, [])
  return required
}

interface Props {
  id: string
  value: string
  onChange: (value: string) => void
}

/** The admin key field, shown only on servers that ask for one. */
export function AdminKeyField({ id, value, onChange }: Props) {
  const { t } = useTranslation()
  return (
    <>
      <label htmlFor={id}>{t('admin.keyLabel')}</label>
      <input
        id={id}
        type="password"
        autoComplete="current-password"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required
        aria-describedby={`${id}-hint`}
      />
      <p id={`${id}-hint`} className="hint">
        {t('admin.keyHint')}
      </p>
    </>
  )
}

/**
 * The message key for a refused creation (a workshop or a campaign): the
 * admin key and the creation rate limit have their own, anything else is
 * `fallback`.
 */
export function creationRefusalKey(error: unknown, fallback: string): string {
  const code = error instanceof ApiError ? error.code : ''
  if (code === 'admin-key-required' || code === 'bad-admin-key') return 'admin.refused'
  if (code === 'rate-limited') return 'admin.rateLimited'
  return fallback
}
