import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { saveBlob } from '../board/export/saveBlob'
import { fetchSynthesisFile, SYNTHESIS_FILES, type SynthesisFile } from './campaignApi'

const LABEL_KEYS: Record<SynthesisFile, string> = {
  'synthesis.json': 'campaign.export.json',
  'synthesis.md': 'campaign.export.md',
  'synthesis.csv': 'campaign.export.csv',
  'synthesis.workshops.csv': 'campaign.export.workshopsCsv',
  'synthesis.docx': 'campaign.export.docx',
  'synthesis.html': 'campaign.export.html',
}

/**
 * The synthesis files, fetched with the bearer (a plain link cannot carry it)
 * and saved under the name the server proposes. Each click fetches anew, so
 * the file is the synthesis as it is now. Publishing a frozen version will sit here.
 */
export function ExportButtons({
  campaignId,
  credential,
}: {
  campaignId: string
  credential: string
}) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState<SynthesisFile | null>(null)
  const [failed, setFailed] = useState(false)
  async function download(file: SynthesisFile) {
    setBusy(file)
    setFailed(false)
    try {
      const { blob, filename } = await fetchSynthesisFile(campaignId, credential, file)
      saveBlob(blob, filename)
    } catch {
      setFailed(true)
    } finally {
      setBusy(null)
    }
  }
  return (
    <section className="card campaign__exports" aria-labelledby="campaign-exports">
      <h2 id="campaign-exports">{t('campaign.export.title')}</h2>
      <div className="campaign__export-buttons">
        {SYNTHESIS_FILES.map((file) => (
          <button
            key={file}
            type="button"
            className="button"
            disabled={busy !== null}
            onClick={() => void download(file)}
          >
            {t(LABEL_KEYS[file])}
          </button>
        ))}
      </div>
      {failed ? (
        <p className="error" role="alert">
          {t('campaign.export.failed')}
        </p>
      ) : null}
    </section>
  )
}
