import { mergeGroups, moveItems, splitItems } from '@atelier/synthesis/campaign-doc'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SynthesisGroup } from '../types'
import type { CampaignEdit } from './CampaignEditContext'
import { groupRef } from './groupView'

/**
 * Merge another group of the dimension into this one; with items ticked,
 * take them out into a new group (split) or move them to another group.
 * Every action is one command, one undo step.
 */
export function GroupActions({
  edit,
  group,
  dimension,
  siblings,
  selected,
  clearSelection,
}: {
  edit: CampaignEdit
  group: SynthesisGroup
  dimension: string
  /** The other groups of the same dimension. */
  siblings: SynthesisGroup[]
  selected: readonly string[]
  clearSelection: () => void
}) {
  const { t } = useTranslation()
  const id = useId()
  const [mergeWith, setMergeWith] = useState('')
  const [moveTo, setMoveTo] = useState('')
  const byId = (groupId: string) => siblings.find((g) => g.id === groupId)
  const done = () => {
    edit.undo.stopCapturing()
    clearSelection()
  }
  // Two groups may share a title: their territories tell them apart.
  const options = siblings.map((g) => (
    <option key={g.id} value={g.id}>
      {g.territories.length > 0 ? `${g.title} (${g.territories.join(', ')})` : g.title}
    </option>
  ))
  const disabled = !edit.synced
  return (
    <div className="campaign-edit__actions">
      <div className="campaign-edit__action">
        <label htmlFor={`${id}-merge`}>{t('campaignEdit.merge.label')}</label>
        <select
          id={`${id}-merge`}
          value={mergeWith}
          disabled={disabled || siblings.length === 0}
          data-testid="merge-select"
          onChange={(event) => setMergeWith(event.currentTarget.value)}
        >
          <option value="">{t('campaignEdit.choose')}</option>
          {options}
        </select>
        <button
          type="button"
          className="button button--small"
          disabled={disabled || !byId(mergeWith)}
          data-testid="merge-button"
          onClick={() => {
            const other = byId(mergeWith)
            if (!other) return
            mergeGroups(
              edit.doc,
              groupRef(group, dimension),
              [groupRef(other, dimension)],
              edit.origin,
            )
            setMergeWith('')
            done()
          }}
        >
          {t('campaignEdit.merge.button')}
        </button>
      </div>
      {selected.length > 0 ? (
        <div
          className="campaign-edit__action campaign-edit__selection"
          data-testid="selection-actions"
        >
          <span>{t('campaignEdit.selection.count', { count: selected.length })}</span>
          <button
            type="button"
            className="button button--small"
            disabled={disabled || selected.length === group.items.length}
            data-testid="split-button"
            onClick={() => {
              const first = group.items.find((item) => item.id === selected[0])
              splitItems(
                edit.doc,
                groupRef(group, dimension),
                selected,
                first?.title ?? group.title,
                edit.origin,
              )
              done()
            }}
          >
            {t('campaignEdit.split.button')}
          </button>
          <label htmlFor={`${id}-move`}>{t('campaignEdit.move.label')}</label>
          <select
            id={`${id}-move`}
            value={moveTo}
            disabled={disabled || siblings.length === 0}
            data-testid="move-select"
            onChange={(event) => setMoveTo(event.currentTarget.value)}
          >
            <option value="">{t('campaignEdit.choose')}</option>
            {options}
          </select>
          <button
            type="button"
            className="button button--small"
            disabled={disabled || !byId(moveTo)}
            data-testid="move-button"
            onClick={() => {
              const target = byId(moveTo)
              if (!target) return
              moveItems(
                edit.doc,
                groupRef(group, dimension),
                selected,
                groupRef(target, dimension),
                edit.origin,
              )
              setMoveTo('')
              done()
            }}
          >
            {t('campaignEdit.move.button')}
          </button>
        </div>
      ) : (
        <p className="hint campaign-edit__hint">{t('campaignEdit.selection.hint')}</p>
      )}
    </div>
  )
}
