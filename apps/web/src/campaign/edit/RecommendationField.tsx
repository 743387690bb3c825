import { writeRecommendation } from '@atelier/synthesis/campaign-doc'
import { useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import type { SynthesisGroup } from '../types'
import type { CampaignEdit } from './CampaignEditContext'
import { type DeltaOp, moveThrough } from './caret'
import { groupRef, recommendationText } from './groupView'

/**
 * The group's regional recommendation, bound to its shared text. The
 * textarea is uncontrolled: what the organiser types goes to the document
 * at once (only the changed span), and what others type (or an undo) is
 * written into it with the caret kept on its character. A refetched
 * synthesis never touches it, so typing is not lost and does not jump.
 */
export function RecommendationField({
  edit,
  group,
  dimension,
  value,
}: {
  edit: CampaignEdit
  group: SynthesisGroup
  dimension: string
  value: string
}) {
  const { t } = useTranslation()
  const id = useId()
  const ref = useRef<HTMLTextAreaElement>(null)
  const text: Y.Text | null = recommendationText(edit.doc, group.id)

  useEffect(() => {
    const field = ref.current
    if (!field) return
    // The shared text came (or changed instance): show it unless it is what is there.
    if (field.value !== value) field.value = value
    if (!text) return
    const onChange = (event: Y.YTextEvent, transaction: Y.Transaction) => {
      if (transaction.origin === edit.origin && transaction.local) return
      const focused = document.activeElement === field
      const start = moveThrough(field.selectionStart, event.delta as DeltaOp[])
      const end = moveThrough(field.selectionEnd, event.delta as DeltaOp[])
      field.value = text.toString()
      if (focused) field.setSelectionRange(start, end)
    }
    text.observe(onChange)
    return () => text.unobserve(onChange)
    // `value` only seeds the field when the shared text appears; later values come through onChange.
  }, [text, edit.origin])

  return (
    <div className="campaign-edit__recommendation">
      <label htmlFor={`${id}-text`}>{t('campaignEdit.recommendation.label')}</label>
      <textarea
        id={`${id}-text`}
        ref={ref}
        rows={3}
        defaultValue={value}
        placeholder={t('campaignEdit.recommendation.placeholder')}
        disabled={!edit.synced}
        data-testid="recommendation-input"
        onInput={(event) =>
          writeRecommendation(
            edit.doc,
            groupRef(group, dimension),
            event.currentTarget.value,
            edit.origin,
          )
        }
      />
    </div>
  )
}
