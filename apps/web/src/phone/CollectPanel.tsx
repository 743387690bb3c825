import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { addOwnNote, type Dimension, MAX_NOTE_LENGTH } from '../model'
import { DimensionPicker } from './DimensionPicker'

/** The prompt, a big text box, one tap to send. Written to my own document only. */
export function CollectPanel({
  dimensions,
  doc,
}: {
  dimensions: readonly Dimension[]
  doc: Y.Doc
}) {
  const { t } = useTranslation()
  const textId = useId()
  const textRef = useRef<HTMLTextAreaElement>(null)
  const [chosen, setChosen] = useState<string | null>(null)
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [justSent, setJustSent] = useState(false)
  const dimension = dimensions.find((d) => d.id === chosen) ?? dimensions[0]

  useEffect(() => {
    if (!justSent) return
    const timer = setTimeout(() => setJustSent(false), 2500)
    return () => clearTimeout(timer)
  }, [justSent])

  if (!dimension) return <p className="card">{t('phone.noDimension')}</p>
  const length = [...text.trim()].length

  function send(event: FormEvent) {
    event.preventDefault()
    if (!dimension) return
    try {
      addOwnNote(doc, { text, dimension: dimension.id }, 'phone')
      setText('')
      setError(null)
      setJustSent(true)
      textRef.current?.focus()
    } catch (caught) {
      setError((caught as Error).message)
    }
  }

  return (
    <form className="collect card" onSubmit={send}>
      {dimensions.length > 1 ? (
        <DimensionPicker dimensions={dimensions} value={dimension.id} onChange={setChosen} />
      ) : null}
      <label htmlFor={textId} className="collect__prompt">
        {dimension.prompt || dimension.title}
      </label>
      <textarea
        id={textId}
        ref={textRef}
        className="collect__text"
        value={text}
        onChange={(e) => {
          setText(e.target.value)
          setError(null)
        }}
        rows={4}
        maxLength={MAX_NOTE_LENGTH}
        placeholder={t('collect.placeholder')}
        enterKeyHint="send"
      />
      <div className="collect__footer">
        <span
          className={length > MAX_NOTE_LENGTH - 50 ? 'counter counter--near' : 'counter'}
          aria-live="polite"
        >
          {length > MAX_NOTE_LENGTH - 50
            ? t('collect.remaining', { count: MAX_NOTE_LENGTH - length })
            : ''}
        </span>
        <button
          type="submit"
          className="button button--primary button--large"
          disabled={length === 0}
        >
          {t('collect.send')}
        </button>
      </div>
      <p className="collect__feedback" role="status">
        {error
          ? t(`reason.${error}`, { defaultValue: t('reason.malformed') })
          : justSent
            ? t('collect.added')
            : ''}
      </p>
    </form>
  )
}
