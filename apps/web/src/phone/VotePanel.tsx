import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { type BoardState, type ParticipantState, voteReceiptKey } from '../model'
import { notesByCluster } from '../shared/clusterNotes'
import { VoteItem } from './VoteItem'

/**
 * Dots on clusters. The phone only keeps the buttons honest (budget, one dot
 * per cluster when asked); the server counts and reports what it refused.
 * Each cluster opens to show its notes, so the room votes on what is in it.
 */
export function VotePanel({
  board,
  own,
  doc,
}: {
  board: BoardState
  own: ParticipantState
  doc: Y.Doc
}) {
  const { t } = useTranslation()
  const budget = board.meta.votesPerParticipant
  // Dots left on a cluster that was merged or deleted do not count (the server
  // ignores them), so they must not eat the budget here either.
  const spent = Object.entries(own.votes)
    .filter(([clusterId]) => board.clusters[clusterId])
    .reduce((sum, [, n]) => sum + n, 0)
  const left = Math.max(0, budget - spent)
  const maxPerCluster = board.meta.multipleDotsPerCluster ? budget : 1
  const notes = notesByCluster(board)

  return (
    <section className="vote card" aria-labelledby="vote-title">
      <h2 id="vote-title">{t('vote.title')}</h2>
      <p className="vote__left" aria-live="polite">
        {t('vote.left', { count: left })}
        {/* The budget at a glance: spent dots filled, remaining ones hollow. */}
        <span className="vote__budget" aria-hidden="true">
          {'●'.repeat(Math.min(spent, budget))}
          {'○'.repeat(left)}
        </span>
      </p>
      {left === 0 && spent > 0 ? <p className="hint vote__spent">{t('vote.none')}</p> : null}
      {Object.keys(board.clusters).length === 0 ? (
        <p className="hint">{t('vote.noCluster')}</p>
      ) : null}
      {board.dimensions.map((dimension) => {
        const clusters = Object.values(board.clusters).filter((c) => c.dimension === dimension.id)
        if (clusters.length === 0) return null
        return (
          <div key={dimension.id} className="vote__dimension">
            <h3>{dimension.title}</h3>
            <ul className="vote__list">
              {clusters.map((cluster) => {
                const mine = own.votes[cluster.id] ?? 0
                return (
                  <VoteItem
                    key={cluster.id}
                    cluster={cluster}
                    notes={notes.get(cluster.id) ?? []}
                    mine={mine}
                    canAdd={left > 0 && mine < maxPerCluster}
                    receipt={own.receipts[voteReceiptKey(cluster.id)]}
                    doc={doc}
                  />
                )
              })}
            </ul>
          </div>
        )
      })}
    </section>
  )
}
