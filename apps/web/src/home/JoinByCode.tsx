import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'

export function JoinByCode() {
  const { t } = useTranslation()
  const id = useId()
  const [code, setCode] = useState('')
  const clean = code.replace(/[^A-Za-z0-9]/g, '').toUpperCase()

  function submit(event: FormEvent) {
    event.preventDefault()
    if (clean) location.assign(`/j/${clean}`)
  }

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('home.joinTitle')}</h2>
      <label htmlFor={id}>{t('home.codeLabel')}</label>
      <input
        id={id}
        className="code-input"
        value={code}
        onChange={(e) => setCode(e.target.value)}
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
        inputMode="text"
        placeholder="K7M4QX"
      />
      <button type="submit" className="button button--primary button--large" disabled={!clean}>
        {t('home.join')}
      </button>
    </form>
  )
}
