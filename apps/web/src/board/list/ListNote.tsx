import { memo, useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { Cluster, Note } from '../../model'
import { type ActionContext, moveNotesToCluster } from '../actions'
import { NoteModeration } from './NoteModeration'

interface Props {
  ctx: ActionContext
  note: Note
  clusterId: string | null
  clusters: Cluster[]
}

/** A note with a "move to" menu (the keyboard's way to drag a note into a cluster) and moderation. */
export const ListNote = memo(function ListNote({ ctx, note, clusterId, clusters }: Props) {
  const { t } = useTranslation()
  const selectId = useId()
  return (
    <li className="list-view__note" data-note-id={note.id} data-hidden={note.hidden || undefined}>
      <span className="list-view__text">{note.text}</span>
      <label htmlFor={selectId} className="visually-hidden">
        {t('board.moveTo')}
      </label>
      <select
        id={selectId}
        value={clusterId ?? ''}
        onChange={(e) => moveNotesToCluster.perform(ctx, [note.id], e.target.value || null)}
      >
        <option value="">{t('board.noCluster')}</option>
        {clusters.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title || t('cluster.untitled')}
          </option>
        ))}
      </select>
      <NoteModeration ctx={ctx} note={note} />
    </li>
  )
})
