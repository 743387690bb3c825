import { type ReactNode, useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'

interface Props {
  title: string
  onClose: () => void
  children: ReactNode
  className?: string
}

/**
 * A native modal `<dialog>` for the facilitator's writes (new note, note
 * text, workshop settings): the page behind is inert, Escape closes, focus
 * goes to the first field and returns where it was on close.
 */
export function WritesDialog({ title, onClose, children, className }: Props) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const element = ref.current
    if (!element) return
    const before = document.activeElement as HTMLElement | null
    element.showModal()
    element.querySelector<HTMLElement>('textarea, input, select')?.focus()
    return () => {
      element.close()
      before?.focus?.()
    }
  }, [])
  return (
    <dialog
      ref={ref}
      className={`writes-dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <header className="writes-dialog__head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button button--small" onClick={onClose}>
          {t('writes.close')}
        </button>
      </header>
      <div className="writes-dialog__body">{children}</div>
    </dialog>
  )
}
