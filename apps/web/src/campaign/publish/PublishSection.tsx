import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Synthesis } from '../types'
import { ChangesPanel } from './ChangesPanel'
import { PublishDialog } from './PublishDialog'
import { usePublications } from './usePublications'
import { VersionRow } from './VersionRow'
import { changeCount } from './words'
import './publish.css'

/**
 * Publishing (issue 10): "Publier cette version" with a confirmation, what
 * the draft changes since the latest published version, and every published
 * version, newest first, with its frozen exports and what it changed.
 */
export function PublishSection({
  campaignId,
  credential,
  synthesis,
}: {
  campaignId: string
  credential: string
  synthesis: Synthesis
}) {
  const { t } = useTranslation()
  const { versions, draft, error, refresh } = usePublications(campaignId, credential, synthesis)
  const [asking, setAsking] = useState(false)
  const [published, setPublished] = useState<number | null>(null)
  const latest = versions?.at(-1)?.version ?? 0
  const unchanged = draft?.unchanged === true
  return (
    <section className="card publish" aria-labelledby="publish-title" data-testid="publish">
      <div className="publish__head">
        <div>
          <h2 id="publish-title">{t('campaignPublish.title')}</h2>
          <p className="hint">{t('campaignPublish.intro')}</p>
        </div>
        <button
          type="button"
          className="button button--primary publish__button"
          disabled={versions === null || unchanged}
          onClick={() => {
            setPublished(null)
            setAsking(true)
          }}
        >
          {t('campaignPublish.publish')}
        </button>
      </div>
      {published !== null ? (
        <p className="campaign__ok" role="status">
          {t('campaignPublish.published', { version: published })}
        </p>
      ) : null}
      {error ? (
        <p className="error" role="alert">
          {t('campaignPublish.error.load')}
        </p>
      ) : null}
      {draft && latest > 0 && unchanged ? (
        <p className="publish__draft publish__draft--same" data-testid="draft-changes">
          {t('campaignPublish.draftSame', { version: latest })}
        </p>
      ) : null}
      {draft && latest > 0 && !unchanged ? (
        <details className="publish__details publish__draft" open data-testid="draft-changes">
          <summary>
            {draft.changes.same
              ? t('campaignPublish.draftMinor', { version: latest })
              : t('campaignPublish.draftSince', {
                  version: latest,
                  count: changeCount(draft.changes),
                })}
          </summary>
          {draft.changes.same ? null : <ChangesPanel changes={draft.changes} />}
        </details>
      ) : null}
      {versions && versions.length === 0 ? (
        <p className="hint">{t('campaignPublish.none')}</p>
      ) : null}
      {versions && versions.length > 0 ? (
        <ol className="publish__versions" reversed>
          {[...versions].reverse().map((v) => (
            <VersionRow
              key={v.version}
              campaignId={campaignId}
              credential={credential}
              version={v}
            />
          ))}
        </ol>
      ) : null}
      {asking ? (
        <PublishDialog
          campaignId={campaignId}
          credential={credential}
          next={latest + 1}
          onClose={() => setAsking(false)}
          onPublished={(version) => {
            setAsking(false)
            setPublished(version.version)
            refresh()
          }}
        />
      ) : null}
    </section>
  )
}
