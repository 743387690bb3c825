import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError, joinWorkshop } from '../api/client'
import { type PhoneSession, savePhoneSession } from '../api/storage'
import { MAX_NAME_LENGTH } from '../model'
import { LanguageSwitch } from '../shared/LanguageSwitch'

/** Pseudonym is optional: anonymous is the default and takes one tap. */
export function JoinForm({
  code,
  onJoined,
}: {
  code: string
  onJoined: (s: PhoneSession) => void
}) {
  const { t } = useTranslation()
  const nameId = useId()
  const [name, setName] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const trimmed = name.trim()
      const joined = await joinWorkshop(code, trimmed || undefined)
      const session = { code, ...joined, name: trimmed || null }
      savePhoneSession(session)
      onJoined(session)
    } catch (caught) {
      setError(joinErrorKey(caught))
    } finally {
      setBusy(false)
    }
  }

  return (
    <main className="phone__join">
      <header className="phone__bar">
        <span className="brand">{t('app.name')}</span>
        <LanguageSwitch />
      </header>
      <h1>{t('join.title')}</h1>
      <p className="join__code">
        <span className="visually-hidden">{t('join.codeLabel')} </span>
        {code}
      </p>
      <form onSubmit={submit} className="stack">
        <label htmlFor={nameId}>{t('join.nameLabel')}</label>
        <input
          id={nameId}
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={MAX_NAME_LENGTH}
          autoComplete="nickname"
          placeholder={t('join.namePlaceholder')}
        />
        <p className="hint">{t('join.nameHint')}</p>
        <button type="submit" className="button button--primary button--large" disabled={busy}>
          {busy ? t('join.joining') : t('join.submit')}
        </button>
        {error ? (
          <p className="error" role="alert">
            {t(error)}
          </p>
        ) : null}
      </form>
    </main>
  )
}

/** The message for a failed join: the server's reason when it gave one. */
export function joinErrorKey(caught: unknown): string {
  if (!(caught instanceof ApiError) || caught.status === 0) return 'join.network'
  if (caught.code === 'workshop-closed') return 'join.closed'
  if (caught.code === 'workshop-full') return 'join.full'
  return caught.status === 404 ? 'join.unknownCode' : 'join.failed'
}
