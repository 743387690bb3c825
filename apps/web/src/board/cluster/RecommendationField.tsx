import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import {
  type Cluster,
  MAX_DRAFT_LENGTH,
  setRecommendation,
  setRecommendationDraft,
} from '../../model'
import { FACILITATOR } from '../canvas/controller'

interface Props {
  doc: Y.Doc
  /** Where the text being typed is published live for the projector (the layout doc). */
  layoutDoc?: Y.Doc
  cluster: Cluster
  /** During synthesis the field is the point of the panel: larger, highlighted. */
  emphasised: boolean
}

/**
 * The recommendation written for a cluster. Saved when the field loses focus
 * (or on Ctrl+Enter), not per keystroke: each save is one undo step and one
 * update to every screen, so a sentence should be one of each. While typing,
 * the text goes live to the projector through the layout doc (phones never
 * load it), and is withdrawn from there once saved.
 */
export function RecommendationField({ doc, layoutDoc, cluster, emphasised }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const [draft, setDraft] = useState<string | null>(null)
  const save = () => {
    if (draft !== null && draft.trim() !== cluster.recommendation)
      setRecommendation(doc, cluster.id, draft.trim(), FACILITATOR)
    setDraft(null)
    if (layoutDoc) setRecommendationDraft(layoutDoc, null, FACILITATOR)
  }
  const type = (text: string) => {
    setDraft(text)
    if (layoutDoc)
      setRecommendationDraft(
        layoutDoc,
        { clusterId: cluster.id, text: text.slice(0, MAX_DRAFT_LENGTH) },
        FACILITATOR,
      )
  }
  return (
    <div className={`recommendation ${emphasised ? 'recommendation--emphasised' : ''}`}>
      <label htmlFor={id}>{t('clusterPanel.recommendation')}</label>
      <textarea
        id={id}
        rows={emphasised ? 5 : 3}
        value={draft ?? cluster.recommendation}
        placeholder={t('clusterPanel.recommendationPlaceholder')}
        onChange={(e) => type(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save()
        }}
      />
      <p className="hint">{t('clusterPanel.recommendationHint')}</p>
    </div>
  )
}
