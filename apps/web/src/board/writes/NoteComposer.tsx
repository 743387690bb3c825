import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { type Dimension, MAX_NOTE_LENGTH } from '../../model'
import { addNote } from '../actions/addNote'
import { errorText } from './errorText'
import { WritesDialog } from './WritesDialog'

interface Props {
  boardDoc: Y.Doc
  dimensions: Dimension[]
  onClose: () => void
}

/**
 * The facilitator's note composer (toolbar button or the N key): a spoken
 * remark, a participant without a phone. Stays open after adding, ready for
 * the next one, and says what it did.
 */
export function NoteComposer({ boardDoc, dimensions, onClose }: Props) {
  const { t } = useTranslation()
  const ids = { text: useId(), dimension: useId() }
  const [text, setText] = useState('')
  const [dimension, setDimension] = useState(dimensions[0]?.id ?? '')
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    try {
      addNote(boardDoc, { text, dimension })
      setText('')
      setMessage({ ok: true, text: t('writes.composer.added') })
    } catch (error) {
      setMessage({ ok: false, text: errorText(t, error) })
    }
  }

  return (
    <WritesDialog title={t('writes.composer.title')} onClose={onClose} className="note-composer">
      <form className="writes-form" onSubmit={submit}>
        <label htmlFor={ids.dimension}>{t('writes.dimension')}</label>
        <select id={ids.dimension} value={dimension} onChange={(e) => setDimension(e.target.value)}>
          {dimensions.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
        <label htmlFor={ids.text}>{t('writes.composer.text')}</label>
        <textarea
          id={ids.text}
          value={text}
          rows={4}
          maxLength={MAX_NOTE_LENGTH}
          onChange={(e) => {
            setText(e.target.value)
            setMessage(null)
          }}
          onKeyDown={(e) => {
            // Ctrl/Cmd+Enter adds, as in most note tools; Enter alone makes a new line.
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e)
          }}
        />
        <p className="hint">{t('writes.composer.hint')}</p>
        <div className="writes-form__actions">
          <p role="status" className={message?.ok === false ? 'error' : 'writes-form__ok'}>
            {message?.text ?? ''}
          </p>
          <button type="submit" className="button button--primary">
            {t('writes.composer.add')}
          </button>
        </div>
      </form>
    </WritesDialog>
  )
}
