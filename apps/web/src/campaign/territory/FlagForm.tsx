import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api/client'
import { fileFlag } from './territoryApi'

/** The server's cap (docs/api.md): the field stops there too. */
export const MAX_COMMENT = 1000

const KNOWN = ['already-flagged', 'rate-limited', 'unknown-item', 'invalid-request']

interface Props {
  campaignId: string
  token: string
  itemId: string
  onCancel: () => void
  onFiled: () => void
}

/** "Nous ne reconnaissons pas notre contribution", with a comment for the organisers. */
export function FlagForm({ campaignId, token, itemId, onCancel, onFiled }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!comment.trim() || busy) return
    setBusy(true)
    setError(null)
    try {
      await fileFlag(campaignId, token, itemId, comment)
      onFiled()
    } catch (caught) {
      const code = caught instanceof ApiError ? caught.code : 'other'
      setError(KNOWN.includes(code) ? code : 'other')
      // Already flagged elsewhere (another tab): show it.
      if (code === 'already-flagged') onFiled()
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="territory__flag-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="territory__flag-title">
        {t('campaignTerritory.flag.title')}
      </p>
      <label htmlFor={`${id}-comment`}>{t('campaignTerritory.flag.label')}</label>
      <textarea
        id={`${id}-comment`}
        rows={4}
        maxLength={MAX_COMMENT}
        value={comment}
        placeholder={t('campaignTerritory.flag.placeholder')}
        onChange={(e) => setComment(e.target.value)}
        // biome-ignore lint/a11y/noAutofocus: the person just asked to write it
        autoFocus
      />
      <p className="hint" aria-live="polite">
        {t('campaignTerritory.flag.remaining', { count: MAX_COMMENT - comment.length })}
      </p>
      {error ? (
        <p className="error" role="alert">
          {t(`campaignTerritory.flag.error.${error}`)}
        </p>
      ) : null}
      <div className="territory__flag-actions">
        <button type="submit" className="button button--primary" disabled={busy || !comment.trim()}>
          {busy ? t('campaignTerritory.flag.sending') : t('campaignTerritory.flag.send')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('campaignTerritory.flag.cancel')}
        </button>
      </div>
    </form>
  )
}
