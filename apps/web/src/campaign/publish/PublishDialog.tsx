import { type FormEvent, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api/client'
import { publishVersion } from './publishApi'
import type { PublishedVersion } from './types'

/**
 * The confirmation before freezing a version: what publishing means, the
 * number it will get, an optional name and note. A modal `<dialog>`: the
 * rest of the page is inert while it is open, Escape cancels.
 */
export function PublishDialog({
  campaignId,
  credential,
  next,
  onClose,
  onPublished,
}: {
  campaignId: string
  credential: string
  /** The number the new version will get. */
  next: number
  onClose: () => void
  onPublished: (version: PublishedVersion) => void
}) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  const [by, setBy] = useState(() => localStorage.getItem(NAME_KEY) ?? '')
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const version = await publishVersion(campaignId, credential, { by, note })
      // The name is offered again next time on this device (never sent elsewhere).
      localStorage.setItem(NAME_KEY, by.trim())
      onPublished(version)
    } catch (caught) {
      const code = caught instanceof ApiError ? caught.code : 'network'
      setError(code === 'unchanged' ? 'unchanged' : 'other')
      setBusy(false)
    }
  }

  return (
    <dialog
      ref={ref}
      className="publish__dialog"
      aria-labelledby="publish-dialog-title"
      onCancel={(e) => {
        e.preventDefault()
        if (!busy) onClose()
      }}
    >
      <form onSubmit={(e) => void submit(e)}>
        <h2 id="publish-dialog-title">{t('campaignPublish.dialog.title', { version: next })}</h2>
        <p>{t('campaignPublish.dialog.body', { version: next })}</p>
        <label htmlFor="publish-by">{t('campaignPublish.dialog.by')}</label>
        <input
          id="publish-by"
          value={by}
          maxLength={80}
          autoComplete="name"
          onChange={(e) => setBy(e.target.value)}
        />
        <label htmlFor="publish-note">{t('campaignPublish.dialog.note')}</label>
        <input
          id="publish-note"
          value={note}
          maxLength={500}
          onChange={(e) => setNote(e.target.value)}
        />
        {error ? (
          <p className="error" role="alert">
            {t(`campaignPublish.error.${error}`)}
          </p>
        ) : null}
        <div className="publish__dialog-actions">
          <button type="button" className="button" disabled={busy} onClick={onClose}>
            {t('campaignPublish.dialog.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy
              ? t('campaignPublish.dialog.busy')
              : t('campaignPublish.dialog.confirm', { version: next })}
          </button>
        </div>
      </form>
    </dialog>
  )
}

const NAME_KEY = 'atelier.publisherName'
