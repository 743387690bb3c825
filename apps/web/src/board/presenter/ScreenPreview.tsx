import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useElementSize } from '../../shared/useElementSize'

/** The projector is laid out for this screen; the preview scales it down whole. */
const SCREEN = { width: 1920, height: 1080 }

/**
 * What the room sees, small: the projector page itself in a scaled,
 * non-interactive frame, so the preview can never disagree with the screen.
 */
export function ScreenPreview({ src }: { src: string }) {
  const { t } = useTranslation()
  const box = useRef<HTMLDivElement>(null)
  const { width } = useElementSize(box)
  const scale = width > 0 ? width / SCREEN.width : 0
  return (
    <div
      ref={box}
      className="screen-preview"
      style={{ height: Math.round(SCREEN.height * scale) || undefined }}
    >
      {scale > 0 ? (
        <iframe
          title={t('presenter.control.preview')}
          src={src}
          tabIndex={-1}
          width={SCREEN.width}
          height={SCREEN.height}
          style={{ transform: `scale(${scale})` }}
          data-testid="screen-preview"
        />
      ) : null}
    </div>
  )
}
