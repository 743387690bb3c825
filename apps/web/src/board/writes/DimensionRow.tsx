import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { type Dimension, MAX_DIMENSION_PROMPT, MAX_DIMENSION_TITLE } from '../../model'
import { editDimension, moveDimension, removeWorkshopDimension } from '../actions/editWorkshop'
import { errorText } from './errorText'

interface Props {
  boardDoc: Y.Doc
  dimension: Dimension
  order: string[]
  /** Notes (hidden included) and clusters in it: a dimension is removed only when empty. */
  content: { notes: number; clusters: number }
  position: number
}

/** One dimension in the settings: title and question saved on leaving the field, order, removal. */
export function DimensionRow({ boardDoc, dimension, order, content, position }: Props) {
  const { t } = useTranslation()
  const ids = { title: useId(), prompt: useId() }
  const [error, setError] = useState<string | null>(null)
  const save = (patch: { title?: string; prompt?: string }) => {
    try {
      editDimension(boardDoc, dimension.id, patch)
      setError(null)
    } catch (caught) {
      setError(errorText(t, caught))
    }
  }
  const notEmpty = content.notes > 0 || content.clusters > 0
  const name = dimension.title
  return (
    <li className="dimension-row" data-dimension-id={dimension.id}>
      <div className="dimension-row__fields">
        <label htmlFor={ids.title}>
          {t('writes.settings.dimensionTitle', { n: position + 1 })}
        </label>
        {/* Two lines: congress titles are long. A title is one line: Enter saves. */}
        <textarea
          id={ids.title}
          className="dimension-row__title"
          defaultValue={dimension.title}
          key={`t-${dimension.title}`}
          rows={2}
          maxLength={MAX_DIMENSION_TITLE}
          onBlur={(e) => e.target.value !== dimension.title && save({ title: e.target.value })}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return
            e.preventDefault()
            e.currentTarget.blur()
          }}
        />
        <label htmlFor={ids.prompt}>{t('writes.settings.prompt')}</label>
        <textarea
          id={ids.prompt}
          defaultValue={dimension.prompt}
          key={`p-${dimension.prompt}`}
          rows={3}
          maxLength={MAX_DIMENSION_PROMPT}
          onBlur={(e) => e.target.value !== dimension.prompt && save({ prompt: e.target.value })}
        />
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div className="dimension-row__actions">
        <button
          type="button"
          className="button button--small"
          aria-label={t('writes.settings.up', { name })}
          disabled={position === 0}
          onClick={() => moveDimension(boardDoc, order, dimension.id, -1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={t('writes.settings.down', { name })}
          disabled={position === order.length - 1}
          onClick={() => moveDimension(boardDoc, order, dimension.id, 1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="button button--small button--quiet"
          aria-label={t('writes.settings.removeNamed', { name })}
          aria-describedby={notEmpty ? `${ids.title}-why` : undefined}
          disabled={notEmpty || order.length <= 1}
          onClick={() => {
            try {
              removeWorkshopDimension(boardDoc, dimension.id)
            } catch (caught) {
              setError(errorText(t, caught))
            }
          }}
        >
          {t('writes.settings.remove')}
        </button>
        {notEmpty ? (
          <p className="hint" id={`${ids.title}-why`}>
            {t('writes.settings.notEmpty', { count: content.notes, clusters: content.clusters })}
          </p>
        ) : null}
      </div>
    </li>
  )
}
