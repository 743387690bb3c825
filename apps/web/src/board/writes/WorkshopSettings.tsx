import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import {
  type BoardState,
  MAX_DIMENSION_PROMPT,
  MAX_DIMENSION_TITLE,
  MAX_DIMENSIONS,
} from '../../model'
import { addWorkshopDimension, editWorkshopTitle } from '../actions/editWorkshop'
import { DimensionRow } from './DimensionRow'
import { errorText } from './errorText'
import { TemplateSave } from './TemplateSave'
import { WritesDialog } from './WritesDialog'

interface Props {
  boardDoc: Y.Doc
  state: BoardState
  workshopId: string
  token: string
  onClose: () => void
}

/**
 * Workshop settings, before and during the session: title, dimensions and
 * their questions (phones and the projector follow live), save as template.
 * Fields save when left (Enter in a one-line field), like a form that is
 * always saved.
 */
export function WorkshopSettings({ boardDoc, state, workshopId, token, onClose }: Props) {
  const { t } = useTranslation()
  const ids = { title: useId(), newTitle: useId(), newPrompt: useId() }
  const [error, setError] = useState<string | null>(null)
  const [draft, setDraft] = useState({ title: '', prompt: '' })
  const order = state.dimensions.map((d) => d.id)
  const content = (id: string) => ({
    notes: Object.values(state.notes).filter((n) => n.dimension === id).length,
    clusters: Object.values(state.clusters).filter((c) => c.dimension === id).length,
  })
  const add = (event: FormEvent) => {
    event.preventDefault()
    try {
      addWorkshopDimension(boardDoc, draft.title, draft.prompt)
      setDraft({ title: '', prompt: '' })
      setError(null)
    } catch (caught) {
      setError(errorText(t, caught))
    }
  }
  return (
    <WritesDialog
      title={t('writes.settings.title')}
      onClose={onClose}
      className="workshop-settings"
    >
      <label htmlFor={ids.title}>{t('writes.settings.workshopTitle')}</label>
      <input
        id={ids.title}
        className="workshop-settings__title"
        key={state.meta.title}
        defaultValue={state.meta.title}
        maxLength={200}
        onBlur={(e) => {
          if (e.target.value.trim() === state.meta.title) return
          try {
            editWorkshopTitle(boardDoc, e.target.value)
            setError(null)
          } catch (caught) {
            setError(errorText(t, caught))
          }
        }}
        onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
      />
      <h3>{t('writes.settings.dimensions')}</h3>
      <p className="hint">{t('writes.settings.live')}</p>
      <ol className="dimension-list">
        {state.dimensions.map((dimension, position) => (
          <DimensionRow
            key={dimension.id}
            boardDoc={boardDoc}
            dimension={dimension}
            order={order}
            content={content(dimension.id)}
            position={position}
          />
        ))}
      </ol>
      <form className="writes-form dimension-add" onSubmit={add}>
        <h3>{t('writes.settings.add')}</h3>
        <label htmlFor={ids.newTitle}>{t('writes.settings.newTitle')}</label>
        <input
          id={ids.newTitle}
          value={draft.title}
          maxLength={MAX_DIMENSION_TITLE}
          onChange={(e) => setDraft({ ...draft, title: e.target.value })}
        />
        <label htmlFor={ids.newPrompt}>{t('writes.settings.prompt')}</label>
        <textarea
          id={ids.newPrompt}
          value={draft.prompt}
          rows={2}
          maxLength={MAX_DIMENSION_PROMPT}
          onChange={(e) => setDraft({ ...draft, prompt: e.target.value })}
        />
        <div className="writes-form__actions">
          <button
            type="submit"
            className="button"
            disabled={draft.title.trim() === '' || order.length >= MAX_DIMENSIONS}
          >
            {t('writes.settings.addButton')}
          </button>
        </div>
      </form>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <TemplateSave workshopId={workshopId} token={token} title={state.meta.title} />
    </WritesDialog>
  )
}
