import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type CreatedWorkshop, createWorkshop } from '../api/client'
import { rememberFacilitatedWorkshop, saveFacilitatorKey } from '../api/storage'
import type { Language } from '../i18n'
import { TextField } from '../shared/TextField'
import { AdminKeyField, creationRefusalKey, useAdminKeyRequired } from './AdminKeyField'
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
  const adminKeyRequired = useAdminKeyRequired()
  const [adminKey, setAdminKey] = useState('')
  /** The message key of the last refusal (admin key, rate limit, anything else). */
  const [error, setError] = useState<string | null>(null)
  const [created, setCreated] = useState<CreatedWorkshop | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const created = await createWorkshop(
        {
          title: title.trim(),
          territory: territory.trim() || undefined,
          ...(template.startsWith('saved:')
            ? { templateId: template.slice('saved:'.length) }
            : { template: template as 'congress' | 'blank' }),
          language,
        },
        adminKey.trim() || undefined,
      )
      saveFacilitatorKey(created.id, created.facilitatorKey)
      rememberFacilitatedWorkshop({
        id: created.id,
        title: title.trim(),
        code: created.code,
        createdAt: Date.now(),
      })
      setCreated(created)
    } catch (caught) {
      setError(creationRefusalKey(caught, 'home.createFailed'))
      setBusy(false)
    }
  }

  if (created) return <CreatedLinks created={created} title={title.trim()} />

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('home.createTitle')}</h2>
      <TextField
        id={`${id}-name`}
        label={t('home.workshopTitle')}
        value={title}
        onChange={setTitle}
        required
      />
      <TextField
        id={`${id}-territory`}
        label={t('home.territory')}
        value={territory}
        onChange={setTerritory}
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
      {adminKeyRequired ? (
        <AdminKeyField id={`${id}-admin`} value={adminKey} onChange={setAdminKey} />
      ) : null}
      <button
        type="submit"
        className="button button--primary button--large"
        disabled={busy || !title.trim()}
      >
        {busy ? t('home.creating') : t('home.create')}
      </button>
      {error ? (
        <p className="error" role="alert">
          {t(error)}
        </p>
      ) : null}
    </form>
  )
}
