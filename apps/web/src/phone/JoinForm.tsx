import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { joinWorkshop } from '../api/client'
import { type PhoneSession, savePhoneSession } from '../api/storage'
import { MAX_NAME_LENGTH, type RoomPreview } from '../model'
import { LanguageSwitch } from '../shared/LanguageSwitch'
import { joinErrorKey } from './joinErrorKey'
import { useJoinCheck } from './useJoinCheck'

/**
 * The first screen: the code is checked first (a code that opens nothing is
 * refused here, the pseudonym step never shown), then the optional
 * pseudonym: anonymous is the default and takes one tap.
 */
export function JoinForm({
  code,
  onJoined,
}: {
  code: string
  onJoined: (s: PhoneSession, room?: RoomPreview) => void
}) {
  const { t } = useTranslation()
  const check = useJoinCheck(code)
  return (
    <main className="phone__join" data-step={check.status}>
      <header className="phone__bar">
        <span className="brand">{t('app.name')}</span>
        <LanguageSwitch />
      </header>
      <h1>{t('join.title')}</h1>
      <p className="join__code">
        <span className="visually-hidden">{t('join.codeLabel')} </span>
        {code}
      </p>
      {check.status === 'checking' ? (
        <p className="hint" role="status">
          {t('phoneFlow.checking')}
        </p>
      ) : null}
      {check.status === 'refused' ? (
        <div className="stack join__refused">
          <p className="error" role="alert">
            {t(check.key)}
          </p>
          {check.retry ? (
            <button type="button" className="button button--large" onClick={check.retry}>
              {t('phoneFlow.retry')}
            </button>
          ) : null}
          <a className="button button--primary button--large" href="/">
            {t('phoneFlow.otherCode')}
          </a>
        </div>
      ) : null}
      {check.status === 'ok' ? (
        <NameStep code={code} title={check.title} onJoined={onJoined} />
      ) : null}
    </main>
  )
}

function NameStep({
  code,
  title,
  onJoined,
}: {
  code: string
  title: string
  onJoined: (s: PhoneSession, room?: RoomPreview) => void
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
      const { room, ...joined } = await joinWorkshop(code, trimmed || undefined)
      const session = { code, ...joined, name: trimmed || null }
      savePhoneSession(session)
      onJoined(session, room)
    } catch (caught) {
      setError(joinErrorKey(caught))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={submit} className="stack">
      <p className="join__workshop">{title}</p>
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
  )
}
