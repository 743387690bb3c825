import { type RefObject, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CanvasHandle } from '../canvas/BoardCanvas'
import type { BoardStore } from '../store/boardStore'
import { DownloadButton } from './actions'
import { type BoardImage, boardBounds, hiddenNoteIds, renderBoardPng } from './boardPng'
import type { ExportItem } from './formats'
import { PanelLayout } from './PanelLayout'
import type { ExportSession } from './summaryApi'
import { useObjectUrl } from './useObjectUrl'

interface Props {
  item: ExportItem
  session: ExportSession
  store: BoardStore
  canvas: RefObject<CanvasHandle | null>
}

type State =
  | { status: 'noCanvas' | 'empty' | 'rendering' | 'failed' }
  | { status: 'ready'; image: BoardImage }

/** The whole board as a PNG, drawn when the tab opens, with a thumbnail. */
export function PngPanel({ item, session, store, canvas }: Props) {
  const { t, i18n } = useTranslation()
  const [state, setState] = useState<State>({ status: 'rendering' })
  const image = state.status === 'ready' ? state.image : null
  const url = useObjectUrl(image?.blob ?? null)

  useEffect(() => {
    const stage = canvas.current?.stage() ?? null
    if (!stage) return setState({ status: 'noCanvas' })
    const bounds = boardBounds(store)
    if (!bounds) return setState({ status: 'empty' })
    let live = true
    // Let "Rendering…" paint before the (synchronous, large) draw.
    const timer = setTimeout(() => {
      renderBoardPng(stage, bounds, hiddenNoteIds(store)).then(
        (rendered) => live && setState({ status: 'ready', image: rendered }),
        () => live && setState({ status: 'failed' }),
      )
    }, 30)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [canvas, store])

  const download = async () => {
    if (!image) throw new Error('no image')
    // Named like the server's files: "<title>-<date>-board.png".
    const base = await session
      .preview('summary.json')
      .then((f) => f.filename.replace(/\.json$/, ''))
      .catch(() => 'atelier')
    return { blob: image.blob, filename: `${base}-board.png` }
  }

  const number = new Intl.NumberFormat(i18n.language)
  return (
    <PanelLayout item={item} actions={<DownloadButton fetch={download} disabled={!image} />}>
      {state.status === 'rendering' ? (
        <p className="export-panel__message" role="status">
          {t('export.pngRendering')}
        </p>
      ) : null}
      {state.status === 'noCanvas' ? (
        <p className="export-panel__message">{t('export.pngNoCanvas')}</p>
      ) : null}
      {state.status === 'empty' ? (
        <p className="export-panel__message">{t('export.pngEmpty')}</p>
      ) : null}
      {state.status === 'failed' ? (
        <p className="export-panel__message export-panel__message--error" role="alert">
          {t('export.pngFailed')}
        </p>
      ) : null}
      {image && url ? (
        <figure className="export-png">
          <img src={url} alt={t('export.pngAlt')} />
          <figcaption data-testid="png-size">
            {t('export.pngSize', {
              width: number.format(image.width),
              height: number.format(image.height),
            })}
          </figcaption>
        </figure>
      ) : null}
    </PanelLayout>
  )
}
