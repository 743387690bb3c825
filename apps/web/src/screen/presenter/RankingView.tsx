import { useTranslation } from 'react-i18next'
import type { BoardState } from '../../model'
import { HyphenatedText } from '../../shared/hyphenation/HyphenatedText'
import { rankClusters } from '../../shared/ranking'

const SHOWN = 10

/**
 * The vote results as the room reads them from the back: clusters ranked by
 * dots, full titles (wrapped, never cut), with a bar for scale. Only while
 * the facilitator shows tallies (the board's `tallies` map is empty otherwise).
 */
export function RankingView({ board }: { board: BoardState }) {
  const { t } = useTranslation()
  const ranked = rankClusters(Object.values(board.clusters), board.tallies).slice(0, SHOWN)
  const max = Math.max(1, ...ranked.map((r) => r.dots))
  const dimension = new Map(board.dimensions.map((d) => [d.id, d.title]))
  return (
    <section
      className="screen-results"
      aria-labelledby="screen-results-title"
      data-testid="screen-results"
    >
      <h2 id="screen-results-title">{t('screen.results')}</h2>
      {ranked.every((r) => r.dots === 0) ? <p>{t('screen.resultsEmpty')}</p> : null}
      <ol>
        {ranked.map(({ cluster, dots, rank }) => (
          <li key={cluster.id} data-cluster-id={cluster.id}>
            <span
              className="screen-results__rank"
              style={{ boxShadow: cluster.color ? `0 0 0 5px ${cluster.color}` : undefined }}
            >
              {rank}
            </span>
            <span className="screen-results__body">
              <span className="screen-results__title" data-testid="ranking-title">
                <HyphenatedText text={cluster.title || t('cluster.untitled')} />
              </span>
              <span className="screen-results__dimension">{dimension.get(cluster.dimension)}</span>
              <span className="screen-results__bar" aria-hidden="true">
                {/* One strong colour for every bar: pastel cluster colours vanish on a projector. */}
                <span style={{ width: `${(dots / max) * 100}%` }} />
              </span>
            </span>
            <span className="screen-results__dots" data-testid="screen-dots">
              {t('board.dots', { count: dots })}
            </span>
          </li>
        ))}
      </ol>
    </section>
  )
}
