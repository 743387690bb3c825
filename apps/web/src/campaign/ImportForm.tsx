import { type ChangeEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ImportRefused, importContribution } from './campaignApi'
import { refusalKey } from './refusal'

interface Props {
  campaignId: string
  credential: string
  onChange: () => void
}

type Outcome =
  | { ok: true; kind: 'summary' | 'synthesis'; name: string }
  | { ok: false; message: string; issues: string[]; name: string }

/**
 * Imports a workshop's `summary.json` (run offline or on another server) or a
 * regional `synthesis.json`. The file is sent as read; the server checks it
 * and its refusal lists every reason, shown as is (they name the fields).
 */
export function ImportForm({ campaignId, credential, onChange }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget
    const file = input.files?.[0]
    if (!file) return
    setBusy(true)
    setOutcome(null)
    try {
      const imported = await importContribution(campaignId, credential, await file.text())
      setOutcome({ ok: true, kind: imported.kind, name: file.name })
      onChange()
    } catch (caught) {
      setOutcome({
        ok: false,
        message: refusalKey(caught),
        issues: caught instanceof ImportRefused ? caught.issues : [],
        name: file.name,
      })
    } finally {
      setBusy(false)
      input.value = ''
    }
  }

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('campaign.contribute.importTitle')}</h3>
      <p className="hint">{t('campaign.contribute.importHint')}</p>
      <label htmlFor={`${id}-file`}>{t('campaign.contribute.importFile')}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".json,application/json"
        disabled={busy}
        onChange={(e) => void pick(e)}
      />
      {outcome?.ok ? (
        <p className="campaign__ok" role="status">
          {t(`campaign.contribute.imported.${outcome.kind}`, { name: outcome.name })}
        </p>
      ) : null}
      {outcome && !outcome.ok ? (
        <div className="error" role="alert" data-testid="import-refused">
          <p>{t(outcome.message, { name: outcome.name })}</p>
          {outcome.issues.length > 0 ? (
            <ul className="campaign__issues">
              {outcome.issues.map((issue) => (
                <li key={issue}>{issue}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  )
}
