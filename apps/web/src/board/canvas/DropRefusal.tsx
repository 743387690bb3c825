import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'

/** How long the refusal stays up before it dismisses itself (it can be closed at once). */
const SHOW_MS = 6000

/** Says why a drop was refused (the notes are already back in their place). */
export function DropRefusal({ dimension, onDone }: { dimension: string; onDone: () => void }) {
  const { t } = useTranslation()
  const done = useRef(onDone)
  done.current = onDone
  useEffect(() => {
    const timer = setTimeout(() => done.current(), SHOW_MS)
    return () => clearTimeout(timer)
  }, [dimension])
  return (
    <div className="drop-refusal" role="alert">
      <p>{t('canvas.refusedOtherDimension', { dimension })}</p>
      <button
        type="button"
        className="button button--small button--quiet"
        aria-label={t('canvas.dismiss')}
        onClick={onDone}
      >
        ✕
      </button>
    </div>
  )
}
