import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CreatedWorkshop } from '../api/client'
import { CreatedLinks } from '../home/CreatedLinks'
import { TextField } from '../shared/TextField'
import { addCampaignWorkshop } from './campaignApi'
import { refusalKey } from './refusal'

interface Props {
  campaignId: string
  credential: string
  onChange: () => void
}

/**
 * A workshop created inside the campaign (it gets the campaign's dimensions).
 * Its facilitator link is shown once, as on the home page: it is the only
 * way into that board (the organiser key opens no workshop).
 */
export function AddWorkshopForm({ campaignId, credential, onChange }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const [title, setTitle] = useState('')
  const [territory, setTerritory] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [created, setCreated] = useState<{ links: CreatedWorkshop; title: string } | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const links = await addCampaignWorkshop(campaignId, credential, {
        title: title.trim(),
        territory: territory.trim() || undefined,
      })
      setCreated({ links, title: title.trim() })
      setTitle('')
      setTerritory('')
      onChange()
    } catch (caught) {
      setError(refusalKey(caught))
    } finally {
      setBusy(false)
    }
  }

  if (created) {
    return (
      <div className="stack">
        <CreatedLinks created={created.links} title={created.title} />
        <button type="button" className="button" onClick={() => setCreated(null)}>
          {t('campaign.contribute.another')}
        </button>
      </div>
    )
  }
  return (
    <form className="card stack" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('campaign.contribute.addTitle')}</h3>
      <p className="hint">{t('campaign.contribute.addHint')}</p>
      <TextField
        id={`${id}-name`}
        label={t('campaign.contribute.workshopTitle')}
        value={title}
        onChange={setTitle}
        required
      />
      <TextField
        id={`${id}-territory`}
        label={t('campaign.contribute.territory')}
        value={territory}
        onChange={setTerritory}
      />
      <button type="submit" className="button button--primary" disabled={busy || !title.trim()}>
        {t('campaign.contribute.add')}
      </button>
      {error ? (
        <p className="error" role="alert">
          {t(error)}
        </p>
      ) : null}
    </form>
  )
}
