import { useTranslation } from 'react-i18next'
import type { BoardState, Note } from '../../model'
import type { ActionContext } from '../actions'
import { usePresentation } from '../presenter/usePresentation'
import type { BoardStore } from '../store/boardStore'
import { useBoardState } from '../store/hooks'
import type { Selection } from '../store/selection'
import { ListActions } from './ListActions'
import { ListCluster } from './ListCluster'
import { ListNotes } from './ListNotes'
import { ListSkipLinks, listTargets } from './ListSkipLinks'
import './list.css'

/**
 * The same board as nested lists (dimensions > clusters > notes), for
 * keyboard and screen-reader users: everything the canvas does (select,
 * group, move into and out of groups, edit, merge, hide, delete) without
 * it. Skip links and one region per dimension, group and loose list; each
 * list of notes is one Tab stop (arrows inside).
 */
interface Props {
  store: BoardStore
  /** What the list's controls run their actions against (the same actions as the canvas). */
  ctx: ActionContext
  /** Live vote counts (private room): shown to the facilitator from the vote on. */
  live: Readonly<Record<string, number>>
  onOpenCluster: (clusterId: string) => void
  /** The canvas' selection: shared, so both views agree. */
  selection: Selection
  /** Edit one note, or merge several. */
  onEditNotes: (noteIds: string[]) => void
}

const HINT_ID = 'list-view-arrows'

export function ListView({ store, ctx, live, onOpenCluster, selection, onEditNotes }: Props) {
  const { t } = useTranslation()
  const board = useBoardState(store)
  const presentation = usePresentation(store.layoutDoc)
  const byCluster = groupNotes(board)
  return (
    <section className="list-view" aria-label={t('board.listLabel')}>
      <ListSkipLinks dimensions={board.dimensions} />
      <p id={HINT_ID} className="hint list-view__hint">
        {t('writes.list.arrows')}
      </p>
      <ListActions ctx={ctx} onEdit={onEditNotes} />
      {board.dimensions.map((dimension) => {
        const clusters = Object.values(board.clusters).filter((c) => c.dimension === dimension.id)
        const loose = byCluster.get(`loose:${dimension.id}`) ?? []
        const headingId = `list-dimension-${dimension.id}-title`
        const looseId = `${listTargets.loose(dimension.id)}-title`
        return (
          <section
            key={dimension.id}
            id={listTargets.dimension(dimension.id)}
            className="list-view__dimension"
            aria-labelledby={headingId}
            data-dimension-id={dimension.id}
          >
            <h2 id={headingId}>{dimension.title}</h2>
            <p className="hint">{dimension.prompt}</p>
            <section
              id={listTargets.groups(dimension.id)}
              tabIndex={-1}
              className="list-view__groups"
              aria-label={t('writes.list.groupsOf', { name: dimension.title })}
            >
              {clusters.length === 0 ? <p className="hint">{t('writes.list.noGroups')}</p> : null}
              {clusters.map((cluster) => (
                <ListCluster
                  key={cluster.id}
                  ctx={ctx}
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
                  selection={selection}
                  onEdit={onEditNotes}
                  hintId={HINT_ID}
                />
              ))}
            </section>
            <section
              id={listTargets.loose(dimension.id)}
              tabIndex={-1}
              className="list-view__cluster list-view__cluster--loose"
              aria-labelledby={looseId}
              data-cluster-id=""
            >
              <h3 id={looseId}>{t('board.loose', { count: loose.length })}</h3>
              <ListNotes
                ctx={ctx}
                notes={loose}
                clusterId={null}
                clusters={clusters}
                selection={selection}
                onEdit={onEditNotes}
                describedBy={HINT_ID}
              />
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
