import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { checkJoinCode } from '../api/client'
import { joinErrorKey } from '../phone/joinErrorKey'

/** The home page's code box: a code that opens nothing is refused here, before any page change. */
export function JoinByCode() {
  const { t } = useTranslation()
  const id = useId()
  const [code, setCode] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const clean = code.replace(/[^A-Za-z0-9]/g, '').toUpperCase()

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!clean) return
    setBusy(true)
    setError(null)
    try {
      await checkJoinCode(clean)
      location.assign(`/j/${clean}`)
    } catch (caught) {
      setError(joinErrorKey(caught))
      setBusy(false)
    }
  }

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('home.joinTitle')}</h2>
      <label htmlFor={id}>{t('home.codeLabel')}</label>
      <input
        id={id}
        className="code-input"
        value={code}
        onChange={(e) => {
          setCode(e.target.value)
          setError(null)
        }}
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
        inputMode="text"
        placeholder="K7M4QX"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <button
        type="submit"
        className="button button--primary button--large"
        disabled={!clean || busy}
      >
        {busy ? t('phoneFlow.checking') : t('home.join')}
      </button>
      {error ? (
        <p id={`${id}-error`} className="error" role="alert">
          {t(error)}
        </p>
      ) : null}
    </form>
  )
}
