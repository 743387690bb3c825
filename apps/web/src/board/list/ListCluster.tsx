import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { type Cluster, type Note, renameCluster } from '../../model'
import { FACILITATOR } from '../canvas/controller'
import { ListNote } from './ListNote'

interface Props {
  doc: Y.Doc
  cluster: Cluster
  notes: Note[]
  siblings: Cluster[]
  tally: number | null
}

export function ListCluster({ doc, cluster, notes, siblings, tally }: Props) {
  const { t } = useTranslation()
  const inputId = useId()
  const [title, setTitle] = useState(cluster.title)
  useEffect(() => setTitle(cluster.title), [cluster.title])
  const name = cluster.title || t('cluster.untitled')
  return (
    <section
      className="list-view__cluster"
      data-cluster-id={cluster.id}
      style={{ borderColor: cluster.color ?? undefined }}
    >
      <h3>
        {name} <span className="hint">{t('board.noteCount', { count: notes.length })}</span>
        {tally === null ? null : (
          <span className="list-view__tally">{t('board.dots', { count: tally })}</span>
        )}
      </h3>
      <label htmlFor={inputId} className="visually-hidden">
        {t('board.renameCluster')}
      </label>
      <input
        id={inputId}
        className="list-view__rename"
        value={title}
        placeholder={t('cluster.untitled')}
        onChange={(e) => setTitle(e.target.value)}
        onBlur={() =>
          title.trim() !== cluster.title &&
          renameCluster(doc, cluster.id, title.trim(), FACILITATOR)
        }
        onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
      />
      <ul>
        {notes.map((note) => (
          <ListNote
            key={note.id}
            doc={doc}
            note={note}
            clusterId={cluster.id}
            clusters={siblings}
          />
        ))}
      </ul>
    </section>
  )
}
