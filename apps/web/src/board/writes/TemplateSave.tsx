import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type SavedTemplate, saveAsTemplate, templateFileUrl } from '../actions/saveAsTemplate'
import { errorText } from './errorText'

/** "Save as template": the dimensions and questions, kept on this server and downloadable as JSON. */
export function TemplateSave(props: { workshopId: string; token: string; title: string }) {
  const { t } = useTranslation()
  const nameId = useId()
  const [name, setName] = useState(props.title)
  const [busy, setBusy] = useState(false)
  const [saved, setSaved] = useState<SavedTemplate | null>(null)
  const [error, setError] = useState<string | null>(null)
  const save = async () => {
    setBusy(true)
    setError(null)
    try {
      setSaved(await saveAsTemplate(props.workshopId, props.token, name.trim() || props.title))
    } catch (caught) {
      setError(errorText(t, caught))
    } finally {
      setBusy(false)
    }
  }
  return (
    <section className="template-save" aria-labelledby={`${nameId}-h`}>
      <h3 id={`${nameId}-h`}>{t('writes.template.title')}</h3>
      <p className="hint">{t('writes.template.hint')}</p>
      <label htmlFor={nameId}>{t('writes.template.name')}</label>
      <div className="template-save__row">
        <input id={nameId} value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
        <button type="button" className="button button--primary" disabled={busy} onClick={save}>
          {t('writes.template.save')}
        </button>
      </div>
      <p role="status" className="template-save__status">
        {saved ? (
          <>
            {t('writes.template.saved', { name: saved.name })}{' '}
            <a href={templateFileUrl(saved.id)} download>
              {t('writes.template.download')}
            </a>
          </>
        ) : null}
      </p>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  )
}
