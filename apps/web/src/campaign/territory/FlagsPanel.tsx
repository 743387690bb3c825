import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useFlagsPolling, useOrganiserFeedback } from './OrganiserFeedback'
import { resolveFlag } from './territoryApi'
import type { TerritoryFlag } from './types'
import './feedback.css'

/**
 * The territories' flags on the organiser page: the open ones first, "à
 * traiter avant publication", each with an optional reply and "Marquer comme
 * traité"; the handled ones folded below. It also runs the page's flags
 * poll (the badges and link buttons read the same store).
 */
export function FlagsPanel({ campaignId, credential }: { campaignId: string; credential: string }) {
  const { t } = useTranslation()
  useFlagsPolling(campaignId, credential)
  const feedback = useOrganiserFeedback()
  if (!feedback) return null
  const open = feedback.flags.filter((f) => f.status === 'open')
  const resolved = feedback.flags.filter((f) => f.status === 'resolved')
  return (
    <section
      className={`card flags-panel${open.length > 0 ? ' flags-panel--open' : ''}`}
      aria-labelledby="flags-title"
      data-testid="flags-panel"
    >
      <h2 id="flags-title">
        {t('campaignTerritory.organiser.title')}
        {open.length > 0 ? (
          <span className="flags-panel__count" data-testid="flags-to-handle">
            {t('campaignTerritory.organiser.toHandle', { count: open.length })}
          </span>
        ) : null}
      </h2>
      {feedback.flags.length === 0 ? (
        <p className="hint">{t('campaignTerritory.organiser.none')}</p>
      ) : null}
      {open.length > 0 ? (
        <ul className="flags-panel__list">
          {open.map((flag) => (
            <OpenFlag key={flag.id} flag={flag} />
          ))}
        </ul>
      ) : null}
      {resolved.length > 0 ? (
        <details className="flags-panel__resolved">
          <summary>
            {t('campaignTerritory.organiser.resolvedTitle', { count: resolved.length })}
          </summary>
          <ul className="flags-panel__list">
            {resolved.map((flag) => (
              <li key={flag.id} id={`flag-${flag.id}`} className="flags-panel__flag">
                <FlagText flag={flag} />
                {flag.reply ? (
                  <p>
                    <strong>{t('campaignTerritory.organiser.reply')}</strong> {flag.reply}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  )
}

function FlagText({ flag }: { flag: TerritoryFlag }) {
  const { t } = useTranslation()
  return (
    <>
      <p className="flags-panel__who">
        <span aria-hidden="true">⚑ </span>
        {t('campaignTerritory.organiser.flagged', { territory: flag.territory ?? '—' })}
      </p>
      <p className="hint">
        {t('campaignTerritory.organiser.item', { item: flag.itemTitle, group: flag.groupTitle })}
      </p>
      <blockquote className="flags-panel__comment">{flag.comment}</blockquote>
    </>
  )
}

function OpenFlag({ flag }: { flag: TerritoryFlag }) {
  const { t } = useTranslation()
  const feedback = useOrganiserFeedback()
  const id = useId()
  const [reply, setReply] = useState('')
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle')
  if (!feedback) return null
  const { campaignId, credential, refresh } = feedback

  function resolve() {
    setState('busy')
    resolveFlag(campaignId, credential, flag.id, reply).then(
      () => {
        setState('idle')
        refresh()
      },
      () => {
        setState('failed')
        refresh()
      },
    )
  }

  return (
    <li id={`flag-${flag.id}`} className="flags-panel__flag" data-flag={flag.id}>
      <FlagText flag={flag} />
      <label htmlFor={`${id}-reply`}>{t('campaignTerritory.organiser.replyLabel')}</label>
      <textarea
        id={`${id}-reply`}
        rows={2}
        maxLength={1000}
        value={reply}
        onChange={(e) => setReply(e.target.value)}
      />
      {state === 'failed' ? (
        <p className="error" role="alert">
          {t('campaignTerritory.organiser.failed')}
        </p>
      ) : null}
      <button
        type="button"
        className="button button--primary"
        onClick={resolve}
        disabled={state === 'busy'}
      >
        {state === 'busy'
          ? t('campaignTerritory.organiser.resolving')
          : t('campaignTerritory.organiser.resolve')}
      </button>
    </li>
  )
}
