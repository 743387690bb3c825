import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { resultsLink } from '../../api/client'

/**
 * "Share the results": mints a read-only results link (`/r/<id>#token=…`)
 * the facilitator can send to people who were not in the room. The token
 * opens the board room for reading only, so the link can travel.
 */
export function ShareResults({ workshopId, token }: { workshopId: string; token: string }) {
  const { t } = useTranslation()
  const id = useId()
  const [url, setUrl] = useState<string | null>(null)
  const [state, setState] = useState<'idle' | 'busy' | 'failed' | 'copied'>('idle')

  function create() {
    setState('busy')
    resultsLink(workshopId, token).then(
      (link) => {
        setUrl(link.url)
        setState('idle')
      },
      () => setState('failed'),
    )
  }

  function copy() {
    if (!url) return
    navigator.clipboard?.writeText(url).then(
      () => setState('copied'),
      () => {},
    )
  }

  return (
    <section className="share-results" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="panel-title">
        {t('phoneFlow.share.title')}
      </h2>
      <p className="hint">{t('phoneFlow.share.hint')}</p>
      {url ? (
        <div className="stack">
          <label htmlFor={id}>{t('phoneFlow.share.label')}</label>
          <input id={id} readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
          <button type="button" className="button button--block" onClick={copy}>
            {state === 'copied' ? t('phoneFlow.share.copied') : t('phoneFlow.share.copy')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="button button--block"
          onClick={create}
          disabled={state === 'busy'}
        >
          {state === 'busy' ? t('phoneFlow.share.creating') : t('phoneFlow.share.create')}
        </button>
      )}
      {state === 'failed' ? (
        <p className="error" role="alert">
          {t('phoneFlow.share.failed')}
        </p>
      ) : null}
    </section>
  )
}
