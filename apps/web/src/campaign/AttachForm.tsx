import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { readHashParams } from '../app/route'
import { attachWorkshop } from './campaignApi'
import { refusalKey } from './refusal'

interface Props {
  campaignId: string
  credential: string
  onChange: () => void
}

/**
 * Attaches a workshop run on this server: its facilitator agrees by giving
 * its id and facilitator key. A pasted facilitator link is read too (the id
 * from its path, the key from its fragment), since that is what people have.
 */
export function AttachForm({ campaignId, credential, onChange }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const [workshopId, setWorkshopId] = useState('')
  const [key, setKey] = useState('')
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null)

  function readLink(value: string) {
    const match = /\/w\/([A-Za-z0-9_-]+)(?:[^#]*)#(.*)$/.exec(value.trim())
    if (!match) return setWorkshopId(value)
    setWorkshopId(match[1]!)
    const fromLink = readHashParams(match[2]!).get('key') ?? readHashParams(match[2]!).get('invite')
    if (fromLink) setKey(fromLink)
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setResult(null)
    try {
      await attachWorkshop(campaignId, credential, workshopId.trim(), key.trim())
      setResult({ ok: true, message: 'campaign.contribute.attached' })
      setWorkshopId('')
      setKey('')
      onChange()
    } catch (caught) {
      setResult({ ok: false, message: refusalKey(caught) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('campaign.contribute.attachTitle')}</h3>
      <p className="hint">{t('campaign.contribute.attachHint')}</p>
      <label htmlFor={`${id}-workshop`}>{t('campaign.contribute.workshopId')}</label>
      <input
        id={`${id}-workshop`}
        value={workshopId}
        onChange={(e) => readLink(e.target.value)}
        required
        autoComplete="off"
      />
      <label htmlFor={`${id}-key`}>{t('campaign.contribute.facilitatorKey')}</label>
      <input
        id={`${id}-key`}
        type="password"
        value={key}
        onChange={(e) => setKey(e.target.value)}
        required
        autoComplete="off"
      />
      <button
        type="submit"
        className="button button--primary"
        disabled={busy || !workshopId.trim() || !key.trim()}
      >
        {t('campaign.contribute.attach')}
      </button>
      {result ? (
        <p className={result.ok ? 'campaign__ok' : 'error'} role={result.ok ? 'status' : 'alert'}>
          {t(result.message)}
        </p>
      ) : null}
    </form>
  )
}
