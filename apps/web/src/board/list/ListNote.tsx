import { memo, useId } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { type Cluster, moveToCluster, type Note } from '../../model'
import { FACILITATOR } from '../canvas/controller'
import { NoteModeration } from './NoteModeration'

interface Props {
  doc: Y.Doc
  note: Note
  clusterId: string | null
  clusters: Cluster[]
}

/** A note with a "move to" menu (the keyboard's way to drag a note into a cluster) and moderation. */
export const ListNote = memo(function ListNote({ doc, note, clusterId, clusters }: Props) {
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
        onChange={(e) => moveToCluster(doc, [note.id], e.target.value || null, FACILITATOR)}
      >
        <option value="">{t('board.noCluster')}</option>
        {clusters.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title || t('cluster.untitled')}
          </option>
        ))}
      </select>
      <NoteModeration doc={doc} note={note} />
    </li>
  )
})
