import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { BoardState, Cluster } from '../../model'
import { HyphenatedText } from '../../shared/hyphenation/HyphenatedText'
import { CardGrid } from './CardGrid'
import { clusterNotes } from './ClusterView'
import { useElementSize, usePager } from './hooks'
import { byDimension, cardCapacity, cardGrid, pageOf } from './paging'
import { dimensionTones } from './tones'

/** A cluster card while voting: the title, then as many of its notes as fit. */
const VOTE_CARD_MIN = { width: 400, height: 270 }
const MAX_VOTE_CARDS = 8

/**
 * Vote: the clusters the room votes on, by dimension, each with its notes
 * readable (24 px), a page at a time when they do not all fit.
 */
export function VoteView({ board }: { board: BoardState }) {
  const { t } = useTranslation()
  const box = useRef<HTMLDivElement>(null)
  const size = useElementSize(box)
  const tones = dimensionTones(board.dimensions)
  const clusters = byDimension(
    Object.values(board.clusters).sort((a, b) => a.title.localeCompare(b.title)),
    board.dimensions.map((d) => d.id),
  )
  const capacity =
    size.width > 0 ? cardCapacity(size.width, size.height, MAX_VOTE_CARDS, VOTE_CARD_MIN) : 1
  const page = pageOf(clusters, capacity, usePager(Math.ceil(clusters.length / capacity), capacity))
  const grid = cardGrid(page.items.length, size.width, size.height)
  return (
    <section className="vote-view" data-testid="vote-view" aria-label={t('presenter.vote.label')}>
      {page.pages > 1 ? (
        <p className="wall__count vote-view__count">
          {t('presenter.vote.count', {
            first: page.first,
            last: page.last,
            total: clusters.length,
          })}
        </p>
      ) : null}
      <CardGrid
        boxRef={box}
        grid={grid}
        empty={clusters.length === 0 ? t('presenter.vote.none') : null}
      >
        {size.width > 0
          ? page.items.map((c) => (
              <VoteCard
                key={c.id}
                board={board}
                cluster={c}
                edge={tones.get(c.dimension)?.edge}
                maxNotes={notesThatFit(grid.cellHeight)}
              />
            ))
          : null}
      </CardGrid>
    </section>
  )
}

/**
 * Notes a vote card shows whole: what is left of the cell once the dimension,
 * a two-line title, the count and padding are drawn, at two 24 px lines a note.
 */
export function notesThatFit(cellHeight: number): number {
  return Math.max(1, Math.floor((cellHeight - 190) / 66))
}

interface CardProps {
  board: BoardState
  cluster: Cluster
  edge: string | undefined
  maxNotes: number
}

function VoteCard({ board, cluster, edge, maxNotes }: CardProps) {
  const { t } = useTranslation()
  const notes = clusterNotes(board, cluster.id)
  const shown = notes.slice(0, maxNotes)
  const dimension = board.dimensions.find((d) => d.id === cluster.dimension)
  return (
    <article
      className="vote-card"
      data-testid="vote-card"
      data-cluster-id={cluster.id}
      style={{ borderTopColor: cluster.color ?? edge }}
    >
      <p className="vote-card__dimension" style={{ color: edge }}>
        {dimension?.title}
      </p>
      <h3 className="vote-card__title">
        <HyphenatedText text={cluster.title || t('cluster.untitled')} />
      </h3>
      <ul className="vote-card__notes">
        {shown.map((n) => (
          <li key={n.id}>
            <HyphenatedText text={n.text} />
          </li>
        ))}
      </ul>
      <p className="vote-card__more">
        {notes.length > shown.length
          ? t('presenter.vote.more', { count: notes.length - shown.length })
          : t('screen.notesShort', { count: notes.length })}
      </p>
    </article>
  )
}
