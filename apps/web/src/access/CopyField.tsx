import { useId, useRef, useState } from 'react'
import './access.css'
import { useTranslation } from 'react-i18next'

interface Props {
  label: string
  value: string
  /** Shown under the field, e.g. the warning that the link is a secret. */
  warning?: string
  /** Adds an "Open" link beside the copy button (the projector link). */
  openable?: boolean
  testId?: string
}

type Copied = 'idle' | 'copied' | 'manual'

/**
 * A link shown in full with a copy button. The clipboard API needs a secure
 * context (https or localhost) and may be refused: then the text is selected
 * and the person is told to copy it by hand, never left with a dead button.
 */
export function CopyField({ label, value, warning, openable, testId }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const [copied, setCopied] = useState<Copied>('idle')

  const selectAll = () => {
    input.current?.focus()
    input.current?.select()
  }
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard')
      await navigator.clipboard.writeText(value)
      setCopied('copied')
    } catch {
      selectAll()
      setCopied('manual')
    }
  }

  return (
    <div className="copy-field" data-testid={testId}>
      <label htmlFor={id}>{label}</label>
      <div className="copy-field__row">
        <input
          id={id}
          ref={input}
          className="copy-field__value"
          value={value}
          readOnly
          onFocus={(e) => e.currentTarget.select()}
          aria-describedby={warning ? `${id}-warning` : undefined}
        />
        <button type="button" className="button button--small" onClick={copy}>
          {copied === 'copied' ? t('access.copied') : t('access.copy')}
        </button>
        {openable ? (
          <a className="button button--small" href={value} target="_blank" rel="noopener">
            {t('access.open')}
          </a>
        ) : null}
      </div>
      {warning ? (
        <p id={`${id}-warning`} className="copy-field__warning">
          {warning}
        </p>
      ) : null}
      <p className="hint copy-field__status" aria-live="polite">
        {copied === 'copied' ? t('access.copiedHint') : null}
        {copied === 'manual' ? t('access.copyManually') : null}
      </p>
    </div>
  )
}
