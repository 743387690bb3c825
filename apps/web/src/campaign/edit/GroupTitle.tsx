import { acceptGroup, renameGroup } from '@atelier/synthesis/campaign-doc'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SynthesisGroup } from '../types'
import type { CampaignEdit } from './CampaignEditContext'
import { type GroupFields, groupRef } from './groupView'

/** The group's title, renamed in place (Enter keeps, Escape cancels), and its accept toggle. */
export function GroupTitle({
  edit,
  group,
  dimension,
  fields,
}: {
  edit: CampaignEdit
  group: SynthesisGroup
  dimension: string
  fields: GroupFields
}) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<string | null>(null)
  const ref = () => groupRef(group, dimension)
  const commit = () => {
    if (draft !== null && draft.trim() !== fields.title) {
      renameGroup(edit.doc, ref(), draft, edit.origin)
      edit.undo.stopCapturing()
    }
    setDraft(null)
  }
  return (
    <div className="campaign-edit__head">
      {draft === null ? (
        <h4 className="campaign__group-title">{fields.title}</h4>
      ) : (
        <input
          className="campaign-edit__title-input"
          aria-label={t('campaignEdit.rename.label')}
          value={draft}
          maxLength={200}
          // biome-ignore lint/a11y/noAutofocus: the organiser asked to rename this group just now
          autoFocus
          data-testid="rename-input"
          onChange={(event) => setDraft(event.currentTarget.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit()
            if (event.key === 'Escape') setDraft(null)
          }}
        />
      )}
      <div className="campaign-edit__head-buttons">
        {draft === null ? (
          <button
            type="button"
            className="button button--small"
            disabled={!edit.synced}
            onClick={() => setDraft(fields.title)}
          >
            {t('campaignEdit.rename.button')}
          </button>
        ) : null}
        <button
          type="button"
          className="button button--small campaign-edit__accept"
          aria-pressed={fields.accepted}
          disabled={!edit.synced}
          data-testid="accept-button"
          onClick={() => {
            acceptGroup(edit.doc, ref(), !fields.accepted, edit.origin)
            edit.undo.stopCapturing()
          }}
        >
          {t(fields.accepted ? 'campaignEdit.accept.accepted' : 'campaignEdit.accept.button')}
        </button>
      </div>
    </div>
  )
}
