import { useTranslation } from 'react-i18next'
import type { BoardState } from '../model'
import { rankClusters } from '../shared/ranking'

/**
 * The vote results once the facilitator shows them (the board's tallies are
 * empty otherwise): every cluster ranked by dots, the same order as the
 * projector's, with a bar for scale.
 */
export function PhoneRanking({ board }: { board: BoardState }) {
  const { t } = useTranslation()
  const ranked = rankClusters(Object.values(board.clusters), board.tallies)
  const max = Math.max(1, ...ranked.map((r) => r.dots))
  const dimension = new Map(board.dimensions.map((d) => [d.id, d.title]))
  return (
    <section className="ranking card" aria-labelledby="ranking-title" data-testid="phone-ranking">
      <h2 id="ranking-title">{t('phoneFlow.rankingTitle')}</h2>
      {ranked.length === 0 ? <p className="hint">{t('vote.noCluster')}</p> : null}
      <ol className="ranking__list">
        {ranked.map(({ cluster, dots, rank }) => (
          <li key={cluster.id} className="ranking__item" data-cluster-id={cluster.id}>
            <span className="ranking__rank">
              <span aria-hidden="true">{rank}</span>
              <span className="visually-hidden">{t('phoneFlow.rank', { rank })}</span>
            </span>
            <span className="ranking__body">
              <span className="ranking__title">{cluster.title || t('cluster.untitled')}</span>
              <span className="ranking__dimension">{dimension.get(cluster.dimension)}</span>
              <span className="ranking__bar" aria-hidden="true">
                <span style={{ width: `${(dots / max) * 100}%` }} />
              </span>
            </span>
            <span className="ranking__dots" data-testid="phone-dots">
              {t('board.dots', { count: dots })}
            </span>
          </li>
        ))}
      </ol>
    </section>
  )
}
