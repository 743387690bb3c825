import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { BoardState } from '../../model'
import { HyphenatedText } from '../../shared/hyphenation/HyphenatedText'
import { rankClusters } from '../../shared/ranking'
import { CardGrid } from './CardGrid'
import { useElementSize, usePager } from './hooks'
import { byDimension, cardCapacity, cardGrid, pageOf } from './paging'
import { dimensionTones } from './tones'

const REC_CARD_MIN = { width: 520, height: 250 }
const MAX_REC_CARDS = 9

/**
 * Synthesis and after: the recommendations written so far, by dimension,
 * most voted first within each; a page at a time when they do not all fit.
 */
export function RecommendationsView(props: { board: BoardState; latest: string | null }) {
  const { board, latest } = props
  const { t } = useTranslation()
  const box = useRef<HTMLDivElement>(null)
  const size = useElementSize(box)
  const tones = dimensionTones(board.dimensions)
  const ranked = rankClusters(Object.values(board.clusters), board.tallies).filter(
    (r) => r.cluster.recommendation.trim() !== '',
  )
  const items = byDimension(
    ranked.map((r) => ({ ...r, dimension: r.cluster.dimension })),
    board.dimensions.map((d) => d.id),
  )
  const capacity =
    size.width > 0 ? cardCapacity(size.width, size.height, MAX_REC_CARDS, REC_CARD_MIN) : 1
  // The recommendation just written is on the page shown first, marked.
  const latestIndex = Math.max(
    0,
    items.findIndex((i) => i.cluster.id === latest),
  )
  const pages = Math.ceil(items.length / capacity)
  const start = Math.floor(latestIndex / capacity)
  const page = pageOf(
    items,
    capacity,
    usePager(pages, `${items.length}:${latest}:${capacity}`, undefined, start),
  )
  const grid = cardGrid(page.items.length, size.width, size.height)
  const titleOf = new Map(board.dimensions.map((d) => [d.id, d.title]))
  return (
    <section
      className="recs-view"
      data-testid="recommendations-view"
      aria-label={t('presenter.recommendations.label')}
    >
      <header className="recs-view__head">
        <h2>{t('presenter.recommendations.title')}</h2>
        {page.pages > 1 ? (
          <p className="wall__count">
            {t('presenter.pageCount', { first: page.first, last: page.last, total: items.length })}
          </p>
        ) : null}
      </header>
      <CardGrid
        boxRef={box}
        grid={grid}
        empty={items.length === 0 ? t('presenter.recommendations.none') : null}
      >
        {size.width > 0
          ? page.items.map(({ cluster, dots }) => (
              <article
                key={cluster.id}
                className={`rec-card ${cluster.id === latest ? 'rec-card--latest' : ''}`}
                data-testid="rec-card"
                style={{ borderLeftColor: tones.get(cluster.dimension)?.edge }}
              >
                <p className="rec-card__dimension">
                  {board.meta.showTallies ? (
                    <span className="rec-card__dots">{t('board.dots', { count: dots })}</span>
                  ) : null}
                  {titleOf.get(cluster.dimension)}
                </p>
                <h3 className="rec-card__title">
                  <HyphenatedText text={cluster.title || t('cluster.untitled')} />
                </h3>
                <p className="rec-card__text">
                  <HyphenatedText text={cluster.recommendation} />
                </p>
              </article>
            ))
          : null}
      </CardGrid>
    </section>
  )
}
