import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import type { VoteProgress } from '../../model'
import {
  type BoardState,
  setMultipleDotsPerCluster,
  setShowTallies,
  setVotesPerParticipant,
} from '../../model'
import { rankClusters } from '../../shared/ranking'
import { FACILITATOR } from '../canvas/controller'

/** Phones accept 1..20 dots here; the board allows up to 99, but more than 20 dots is noise. */
const MAX_DOTS = 20

interface Props {
  doc: Y.Doc
  state: BoardState
  /** Live counts from the private room: the facilitator sees them before the room does. */
  live: Readonly<Record<string, number>>
  /** Participants who have spent a dot, out of those on the board (private room). */
  progress?: VoteProgress | null
}

/** Dot-voting settings, the live count, and the switch that shows results on every screen. */
export function VoteControl({ doc, state, live, progress }: Props) {
  const { t } = useTranslation()
  const dotsId = useId()
  const { meta } = state
  const ranked = rankClusters(Object.values(state.clusters), live)
  const total = ranked.reduce((sum, r) => sum + r.dots, 0)
  return (
    <section className="vote-control" aria-labelledby="vote-control-title">
      <h2 id="vote-control-title" className="panel-title">
        {t('votes.title')}
      </h2>
      <div className="vote-control__dots">
        <label htmlFor={dotsId}>{t('votes.perPerson')}</label>
        <input
          id={dotsId}
          type="number"
          min={1}
          max={MAX_DOTS}
          value={meta.votesPerParticipant}
          onChange={(e) => {
            const value = Number(e.target.value)
            if (Number.isInteger(value) && value >= 1 && value <= MAX_DOTS)
              setVotesPerParticipant(doc, value, FACILITATOR)
          }}
        />
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={meta.multipleDotsPerCluster}
          onChange={(e) => setMultipleDotsPerCluster(doc, e.target.checked, FACILITATOR)}
        />
        {t('votes.multiple')}
      </label>
      <button
        type="button"
        className={`button button--block ${meta.showTallies ? '' : 'button--primary'}`}
        aria-pressed={meta.showTallies}
        onClick={() => setShowTallies(doc, !meta.showTallies, FACILITATOR)}
      >
        {meta.showTallies ? t('votes.hide') : t('votes.show')}
      </button>
      {progress && meta.phase !== 'collect' && meta.phase !== 'cluster' ? (
        <p className="vote-progress" data-testid="vote-progress">
          {t('access.voteProgress', { count: progress.voted, total: progress.participants })}
        </p>
      ) : null}
      {ranked.length > 0 ? (
        <div className="live-tallies" data-testid="live-tallies">
          <p className="hint">{meta.showTallies ? t('votes.liveShown') : t('votes.live')}</p>
          {total === 0 ? <p className="hint">{t('votes.none')}</p> : null}
          <ol>
            {ranked
              .filter((r) => r.dots > 0)
              .map(({ cluster, dots, rank }) => (
                <li key={cluster.id} data-cluster-id={cluster.id}>
                  <span className="live-tallies__rank">{rank}.</span>
                  <span className="live-tallies__name">
                    {cluster.title || t('cluster.untitled')}
                  </span>
                  <span className="live-tallies__dots" data-testid="live-dots">
                    {dots}
                  </span>
                </li>
              ))}
          </ol>
          {total > 0 ? <p className="hint">{t('votes.total', { count: total })}</p> : null}
        </div>
      ) : null}
    </section>
  )
}
