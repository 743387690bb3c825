import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { saveBlob } from '../../board/export/saveBlob'
import { SYNTHESIS_FILES, type SynthesisFile } from '../campaignApi'
import { ChangesPanel } from './ChangesPanel'
import { fetchChanges, fetchVersionFile } from './publishApi'
import type { PublishedVersion, VersionChanges } from './types'

const LABEL_KEYS: Record<SynthesisFile, string> = {
  'synthesis.json': 'campaign.export.json',
  'synthesis.md': 'campaign.export.md',
  'synthesis.csv': 'campaign.export.csv',
  'synthesis.workshops.csv': 'campaign.export.workshopsCsv',
  'synthesis.docx': 'campaign.export.docx',
  'synthesis.html': 'campaign.export.html',
}

/**
 * One published version: number, date, who, the start of its hash, its
 * figures, its frozen exports and, on demand, what it changed since the one
 * before (fetched once: a version never changes).
 */
export function VersionRow({
  campaignId,
  credential,
  version: v,
}: {
  campaignId: string
  credential: string
  version: PublishedVersion
}) {
  const { t, i18n } = useTranslation()
  const [changes, setChanges] = useState<VersionChanges | null>(null)
  const [failed, setFailed] = useState(false)
  const [busy, setBusy] = useState<SynthesisFile | null>(null)
  const when = new Date(v.publishedAt).toLocaleString(i18n.language, {
    dateStyle: 'long',
    timeStyle: 'short',
  })
  async function download(file: SynthesisFile) {
    setBusy(file)
    setFailed(false)
    try {
      const { blob, filename } = await fetchVersionFile(campaignId, credential, v.version, file)
      saveBlob(blob, filename)
    } catch {
      setFailed(true)
    } finally {
      setBusy(null)
    }
  }
  function toggled(open: boolean) {
    if (!open || changes) return
    fetchChanges(campaignId, credential, v.version).then(setChanges, () => setFailed(true))
  }
  return (
    <li className="publish__version" data-version={v.version}>
      <h3 className="publish__version-title">
        {t('campaignPublish.version', { version: v.version })}
      </h3>
      <p className="publish__meta">
        {t('campaignPublish.publishedAt', { date: when })}
        {v.publishedBy ? ` ${t('campaignPublish.by', { name: v.publishedBy })}` : ''}
        {` (${t(`campaignPublish.role.${v.role}`)})`}
        {' · '}
        <span title={t('campaignPublish.hashTitle')} data-testid="version-hash">
          {t('campaignPublish.hash')} <code>{v.contentHash.slice(0, 12)}</code>
        </span>
      </p>
      {v.note ? <p className="publish__note">{v.note}</p> : null}
      <p className="hint">
        {t('campaignPublish.counts', {
          workshops: v.totals.workshops,
          groups: v.totals.groups,
          items: v.totals.items,
          dots: v.totals.dots,
        })}
      </p>
      <fieldset className="publish__downloads">
        <legend>{t('campaignPublish.downloads', { version: v.version })}</legend>
        {SYNTHESIS_FILES.map((file) => (
          <button
            key={file}
            type="button"
            className="button publish__download"
            disabled={busy !== null}
            onClick={() => void download(file)}
          >
            {t(LABEL_KEYS[file])}
          </button>
        ))}
      </fieldset>
      <details
        className="publish__details"
        onToggle={(e) => toggled((e.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>
          {v.version === 1
            ? t('campaignPublish.showFirst')
            : t('campaignPublish.showChanges', { version: v.version - 1 })}
        </summary>
        {changes ? (
          <ChangesPanel changes={changes.changes} />
        ) : (
          <p className="hint">{t('campaignPublish.loading')}</p>
        )}
      </details>
      {failed ? (
        <p className="error" role="alert">
          {t('campaignPublish.error.load')}
        </p>
      ) : null}
    </li>
  )
}
