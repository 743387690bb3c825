import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type CreatedWorkshop, createWorkshop } from '../api/client'
import { rememberFacilitatedWorkshop, saveFacilitatorKey } from '../api/storage'
import type { Language } from '../i18n'
import { CreatedLinks } from './CreatedLinks'
import { type TemplateChoice, TemplatePicker } from './TemplatePicker'

/**
 * For facilitators. The key is stored on this browser, then the links are
 * shown (facilitator, projector, invitation, join) before the board opens.
 */
export function CreateWorkshopForm() {
  const { t, i18n } = useTranslation()
  const id = useId()
  const [title, setTitle] = useState('')
  const [territory, setTerritory] = useState('')
  const [template, setTemplate] = useState<TemplateChoice>('congress')
  const [language, setLanguage] = useState<Language>(i18n.language === 'en' ? 'en' : 'fr')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState(false)
  const [created, setCreated] = useState<CreatedWorkshop | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setError(false)
    try {
      const created = await createWorkshop({
        title: title.trim(),
        territory: territory.trim() || undefined,
        ...(template.startsWith('saved:')
          ? { templateId: template.slice('saved:'.length) }
          : { template: template as 'congress' | 'blank' }),
        language,
      })
      saveFacilitatorKey(created.id, created.facilitatorKey)
      rememberFacilitatedWorkshop({
        id: created.id,
        title: title.trim(),
        code: created.code,
        createdAt: Date.now(),
      })
      setCreated(created)
    } catch {
      setError(true)
      setBusy(false)
    }
  }

  if (created) return <CreatedLinks created={created} title={title.trim()} />

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('home.createTitle')}</h2>
      <label htmlFor={`${id}-name`}>{t('home.workshopTitle')}</label>
      <input
        id={`${id}-name`}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        required
        maxLength={200}
      />
      <label htmlFor={`${id}-territory`}>{t('home.territory')}</label>
      <input
        id={`${id}-territory`}
        value={territory}
        onChange={(e) => setTerritory(e.target.value)}
        maxLength={200}
      />
      <TemplatePicker value={template} onChange={setTemplate} />
      <label htmlFor={`${id}-language`}>{t('home.language')}</label>
      <select
        id={`${id}-language`}
        value={language}
        onChange={(e) => setLanguage(e.target.value as Language)}
      >
        <option value="fr">{t('language.name.fr')}</option>
        <option value="en">{t('language.name.en')}</option>
      </select>
      <button
        type="submit"
        className="button button--primary button--large"
        disabled={busy || !title.trim()}
      >
        {busy ? t('home.creating') : t('home.create')}
      </button>
      {error ? (
        <p className="error" role="alert">
          {t('home.createFailed')}
        </p>
      ) : null}
    </form>
  )
}
