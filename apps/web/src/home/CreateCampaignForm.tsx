import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CopyField } from '../access/CopyField'
import { type CreatedCampaign, createCampaign } from '../campaign/campaignApi'
import { TextField } from '../shared/TextField'
import { AdminKeyField, creationRefusalKey, useAdminKeyRequired } from './AdminKeyField'

/** Expected territories, one a line or separated by commas or semicolons. */
function territoryList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\n,;]/)
        .map((t) => t.trim())
        .filter((t) => t !== ''),
    ),
  ]
}

/**
 * "Créer une campagne": a regional (or national) set of workshops. The
 * organiser link is shown once, in full: the key is stored hashed on the
 * server and nothing else opens the campaign.
 */
export function CreateCampaignForm() {
  const { t, i18n } = useTranslation()
  const id = useId()
  const [title, setTitle] = useState('')
  const [level, setLevel] = useState<'regional' | 'national'>('regional')
  const [territory, setTerritory] = useState('')
  const [expected, setExpected] = useState('')
  const [busy, setBusy] = useState(false)
  const adminKeyRequired = useAdminKeyRequired()
  const [adminKey, setAdminKey] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [created, setCreated] = useState<CreatedCampaign | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      setCreated(
        await createCampaign(
          {
            title: title.trim(),
            level,
            territory: territory.trim() || undefined,
            language: i18n.language === 'en' ? 'en' : 'fr',
            expectedTerritories: territoryList(expected),
          },
          adminKey.trim() || undefined,
        ),
      )
    } catch (caught) {
      setError(creationRefusalKey(caught, 'campaign.create.failed'))
    } finally {
      setBusy(false)
    }
  }

  if (created) {
    return (
      <section className="card stack created-links" aria-labelledby={`${id}-done`}>
        <h2 id={`${id}-done`}>{t('campaign.create.createdTitle', { title: title.trim() })}</h2>
        <p className="hint">{t('campaign.create.createdIntro')}</p>
        <CopyField
          label={t('campaign.create.organiserLink')}
          value={created.organiserUrl}
          warning={t('campaign.create.secretWarning')}
          testId="organiser-link"
        />
        <a className="button button--primary button--large" href={created.organiserUrl}>
          {t('campaign.create.open')}
        </a>
      </section>
    )
  }

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('campaign.create.title')}</h2>
      <p className="hint">{t('campaign.create.intro')}</p>
      <TextField
        id={`${id}-name`}
        label={t('campaign.create.name')}
        value={title}
        onChange={setTitle}
        required
      />
      <label htmlFor={`${id}-level`}>{t('campaign.create.level')}</label>
      <select
        id={`${id}-level`}
        value={level}
        onChange={(e) => setLevel(e.target.value as 'regional' | 'national')}
      >
        <option value="regional">{t('campaign.level.regional')}</option>
        <option value="national">{t('campaign.level.national')}</option>
      </select>
      <TextField
        id={`${id}-territory`}
        label={t('campaign.create.territory')}
        value={territory}
        onChange={setTerritory}
      />
      <label htmlFor={`${id}-expected`}>{t('campaign.create.expected')}</label>
      <textarea
        id={`${id}-expected`}
        value={expected}
        onChange={(e) => setExpected(e.target.value)}
        rows={3}
        aria-describedby={`${id}-expected-hint`}
      />
      <p id={`${id}-expected-hint`} className="hint">
        {t('campaign.create.expectedHint')}
      </p>
      {adminKeyRequired ? (
        <AdminKeyField id={`${id}-admin`} value={adminKey} onChange={setAdminKey} />
      ) : null}
      <button
        type="submit"
        className="button button--primary button--large"
        disabled={busy || !title.trim()}
      >
        {t('campaign.create.submit')}
      </button>
      {error ? (
        <p className="error" role="alert">
          {t(error)}
        </p>
      ) : null}
    </form>
  )
}
