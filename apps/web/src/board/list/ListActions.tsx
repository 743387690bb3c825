import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  type ActionContext,
  deleteNotes,
  groupSelection,
  moveNotesToCluster,
  toggleHidden,
} from '../actions'
import { useBoardState, useSelectionKey } from '../store/hooks'
import { listTargets } from './ListSkipLinks'

interface Props {
  ctx: ActionContext
  onEdit: (noteIds: string[]) => void
}

/**
 * What the canvas does with a selection, for the list view: group (with a
 * name), edit or merge, take out of groups, hide, delete. The selection is
 * the canvas' own, so what is selected here is selected there.
 */
export function ListActions({ ctx, onEdit }: Props) {
  const { store, selection } = ctx
  const { t } = useTranslation()
  useSelectionKey(selection)
  const board = useBoardState(store)
  const [name, setName] = useState('')
  const [message, setMessage] = useState('')
  const ids = selection.list().filter((id) => board.notes[id])
  const dimensions = new Set(ids.map((id) => board.notes[id]?.dimension))
  const oneDimension = ids.length > 0 && dimensions.size === 1
  // Groups the selection can move into: those of its one theme.
  const [only] = dimensions
  const targets = oneDimension
    ? Object.values(board.clusters).filter((c) => c.dimension === only)
    : []
  const allHidden = ids.length > 0 && ids.every((id) => board.notes[id]?.hidden)
  const group = () => {
    // The canvas' own Group, on the selection (the list's checkboxes are the canvas' selection).
    selection.set(ids)
    if (!groupSelection.perform(ctx, name)) return
    setMessage(
      t('writes.list.grouped', { count: ids.length, name: name.trim() || t('cluster.untitled') }),
    )
    setName('')
  }

  return (
    <section
      id={listTargets.actions}
      tabIndex={-1}
      className="list-view__actions"
      aria-label={t('writes.list.actionsLabel')}
    >
      <p className="list-view__count" aria-live="polite">
        {t('board.selected', { count: ids.length })}
      </p>
      <label className="list-view__group-name">
        <span className="visually-hidden">{t('writes.list.groupName')}</span>
        <input
          value={name}
          placeholder={t('writes.list.groupNamePlaceholder')}
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && oneDimension && group()}
        />
      </label>
      <button
        type="button"
        className="button button--small button--primary"
        disabled={!oneDimension}
        title={ids.length > 0 && !oneDimension ? t('board.groupMixed') : undefined}
        onClick={group}
      >
        {t('board.group')}
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={!oneDimension}
        onClick={() => onEdit(ids)}
      >
        {ids.length > 1 ? t('writes.list.merge') : t('writes.list.edit')}
      </button>
      <label className="list-view__move">
        <span className="visually-hidden">{t('writes.list.moveInto')}</span>
        <select
          value=""
          disabled={!oneDimension || targets.length === 0}
          onChange={(e) => {
            if (e.target.value) moveNotesToCluster.perform(ctx, ids, e.target.value)
          }}
        >
          <option value="">{t('writes.list.moveInto')}</option>
          {targets.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title || t('cluster.untitled')}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button button--small"
        disabled={ids.length === 0}
        onClick={() => moveNotesToCluster.perform(ctx, ids, null)}
      >
        {t('board.ungroup')}
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={ids.length === 0}
        onClick={() => toggleHidden.perform(ctx, ids)}
      >
        {allHidden ? t('board.unhideSelection') : t('board.hideSelection')}
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={ids.length === 0}
        onClick={() => {
          if (!window.confirm(t('board.deleteSelectionConfirm', { count: ids.length }))) return
          deleteNotes.perform(ctx, ids)
        }}
      >
        {t('board.deleteSelection')}
      </button>
      <button
        type="button"
        className="button button--small button--quiet"
        disabled={ids.length === 0}
        onClick={() => selection.clear()}
      >
        {t('writes.list.clear')}
      </button>
      <p className="visually-hidden" role="status">
        {message}
      </p>
    </section>
  )
}
