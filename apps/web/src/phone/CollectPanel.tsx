import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { addOwnNote, type Dimension, MAX_NOTE_LENGTH } from '../model'
import { DimensionPicker } from './DimensionPicker'
import { useSendKey } from './sendKey'

/**
 * The prompt, a big text box, one tap to send. Written to my own document
 * only. The keyboard's send key (Enter) sends, as `enterKeyHint` promises
 * (see `useSendKey`); a new line is Shift+Enter, or the "new line" button
 * on a phone keyboard that has no Shift+Enter.
 */
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

  // The box's own value: a soft keyboard may still be composing the last
  // word, which the DOM has and the last render may not.
  const submit = () => {
    const value = textRef.current?.value ?? text
    if (!dimension || [...value.trim()].length === 0) return
    try {
      addOwnNote(doc, { text: value, dimension: dimension.id }, 'phone')
      setText('')
      setError(null)
      setJustSent(true)
      textRef.current?.focus()
    } catch (caught) {
      setError((caught as Error).message)
    }
  }
  const onKeyDown = useSendKey(textRef, submit, dimension !== undefined)

  if (!dimension) return <p className="card">{t('phone.noDimension')}</p>
  const length = [...text.trim()].length

  function send(event: FormEvent) {
    event.preventDefault()
    submit()
  }

  function insertNewline() {
    const box = textRef.current
    if (!box) return
    const { selectionStart: start, selectionEnd: end } = box
    if (box.value.length - (end - start) + 1 > MAX_NOTE_LENGTH) return
    // Written into the box at once, caret after the new line, before the next
    // key arrives (placing the caret a frame later let a fast typist's first
    // letter land before the line break); the state then follows the box.
    // setRangeText rather than flushSync: Preact, the phone's renderer, does
    // not render synchronously inside flushSync.
    box.focus()
    box.setRangeText('\n', start, end, 'end')
    setText(box.value)
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
        onKeyDown={onKeyDown}
        aria-describedby={`${textId}-hint`}
      />
      <p id={`${textId}-hint`} className="hint collect__hint">
        {t('phoneFlow.enterHint')}
      </p>
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
          type="button"
          className="button collect__newline"
          // Keeps the focus (and the phone's keyboard) in the text box.
          onPointerDown={(e) => e.preventDefault()}
          onClick={insertNewline}
        >
          <span aria-hidden="true">↵ </span>
          {t('phoneFlow.newline')}
        </button>
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
