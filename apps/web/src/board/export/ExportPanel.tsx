import type { RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { CanvasHandle } from '../canvas/BoardCanvas'
import type { BoardStore } from '../store/boardStore'
import { DownloadButton } from './actions'
import { FilePreview } from './FilePreview'
import type { ExportItem } from './formats'
import { PanelLayout } from './PanelLayout'
import { PngPanel } from './PngPanel'
import type { ExportSession } from './summaryApi'

interface Props {
  item: ExportItem
  session: ExportSession
  store: BoardStore
  canvas: RefObject<CanvasHandle | null>
}

/** The selected format: its preview and its actions. */
export function ExportPanel({ item, session, store, canvas }: Props) {
  const { t } = useTranslation()
  if (item.preview === 'png')
    return <PngPanel item={item} session={session} store={store} canvas={canvas} />
  const file = item.file
  if (!file) return null
  if (item.preview === 'none') {
    // DOCX: nothing a browser can preview; say what is in it.
    return (
      <PanelLayout item={item} actions={<DownloadButton fetch={() => session.download(file)} />}>
        <p className="export-panel__description">{t('export.docxBody')}</p>
      </PanelLayout>
    )
  }
  return <FilePreview item={item} file={file} session={session} />
}
