import { useTranslation } from 'react-i18next'
import type { BoardState, Note } from '../../model'
import { usePresentation } from '../presenter/usePresentation'
import type { BoardStore } from '../store/boardStore'
import { useBoardState } from '../store/hooks'
import { ListCluster } from './ListCluster'
import { ListNote } from './ListNote'

/**
 * The same board as nested lists (dimensions > clusters > notes), for
 * keyboard and screen-reader users: every note can be moved to a cluster
 * and every cluster renamed from here, without the canvas.
 */
interface Props {
  store: BoardStore
  /** Live vote counts (private room): shown to the facilitator from the vote on. */
  live: Readonly<Record<string, number>>
  onOpenCluster: (clusterId: string) => void
}

export function ListView({ store, live, onOpenCluster }: Props) {
  const { t } = useTranslation()
  const board = useBoardState(store)
  const presentation = usePresentation(store.layoutDoc)
  const byCluster = groupNotes(board)
  return (
    <section className="list-view" aria-label={t('board.listLabel')}>
      {board.dimensions.map((dimension) => {
        const clusters = Object.values(board.clusters).filter((c) => c.dimension === dimension.id)
        const loose = byCluster.get(`loose:${dimension.id}`) ?? []
        const headingId = `list-dimension-${dimension.id}`
        return (
          <section
            key={dimension.id}
            className="list-view__dimension"
            aria-labelledby={headingId}
            data-dimension-id={dimension.id}
          >
            <h2 id={headingId}>{dimension.title}</h2>
            <p className="hint">{dimension.prompt}</p>
            {clusters.map((cluster) => (
              <ListCluster
                key={cluster.id}
                doc={store.boardDoc}
                cluster={cluster}
                notes={byCluster.get(cluster.id) ?? []}
                siblings={clusters}
                tally={
                  board.meta.phase === 'collect' || board.meta.phase === 'cluster'
                    ? null
                    : (live[cluster.id] ?? 0)
                }
                phase={board.meta.phase}
                onOpen={() => onOpenCluster(cluster.id)}
                layoutDoc={store.layoutDoc}
                focused={presentation.mode === 'cluster' && presentation.clusterId === cluster.id}
              />
            ))}
            <section className="list-view__cluster list-view__cluster--loose" data-cluster-id="">
              <h3>{t('board.loose', { count: loose.length })}</h3>
              <ul>
                {loose.map((note) => (
                  <ListNote
                    key={note.id}
                    doc={store.boardDoc}
                    note={note}
                    clusterId={null}
                    clusters={clusters}
                  />
                ))}
              </ul>
            </section>
          </section>
        )
      })}
    </section>
  )
}

/** Notes by cluster id, or by `loose:<dimension>` for notes in no cluster; oldest first. */
function groupNotes(board: BoardState): Map<string, Note[]> {
  const groups = new Map<string, Note[]>()
  const notes = Object.values(board.notes).sort((a, b) => a.createdAt - b.createdAt)
  for (const note of notes) {
    const key = board.membership[note.id] ?? `loose:${note.dimension}`
    const list = groups.get(key) ?? []
    list.push(note)
    groups.set(key, list)
  }
  return groups
}
