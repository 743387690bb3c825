import { useTranslation } from 'react-i18next'
import type { BoardState } from '../model'
import { finalSummary } from './finalSummary'
import './summary.css'

/**
 * The session's final summary as the room may read it: the recommendations
 * of each dimension, ranked, with their dots (once the facilitator showed
 * them) and their notes behind a disclosure. DOM only: the phone and the
 * shared results page both show it.
 */
export function SummaryView({ board }: { board: BoardState }) {
  const { t, i18n } = useTranslation()
  const { dimensions, dotsShown } = finalSummary(board)
  const { meta } = board
  return (
    <section className="summary" aria-labelledby="summary-title" data-testid="final-summary">
      <header className="summary__header">
        <h2 id="summary-title">{t('phoneFlow.summaryTitle')}</h2>
        {/* The workshop title is the page's heading already (phone and results page). */}
        <p className="summary__workshop">
          {[meta.territory, longDate(meta.date, i18n.language)].filter(Boolean).join(' · ')}
        </p>
        {dotsShown ? null : <p className="hint">{t('phoneFlow.dotsHidden')}</p>}
      </header>
      {dimensions.length === 0 ? <p className="hint">{t('phoneFlow.summaryEmpty')}</p> : null}
      {dimensions.map(({ dimension, items }) => (
        <section
          key={dimension.id}
          className="summary__dimension"
          aria-labelledby={`summary-${dimension.id}`}
        >
          <h3 id={`summary-${dimension.id}`}>{dimension.title}</h3>
          <ol className="summary__list">
            {items.map(({ cluster, dots, rank, notes }) => (
              <li key={cluster.id} className="summary__item" data-cluster-id={cluster.id}>
                <div className="summary__head">
                  <span className="summary__rank">{rank}</span>
                  <h4 className="summary__title">{cluster.title || t('cluster.untitled')}</h4>
                  {dotsShown ? (
                    <span className="summary__dots" data-testid="summary-dots">
                      {t('board.dots', { count: dots })}
                    </span>
                  ) : null}
                </div>
                {cluster.recommendation.trim() ? (
                  <p className="summary__text">{cluster.recommendation}</p>
                ) : null}
                {notes.length > 0 ? (
                  <details className="summary__notes">
                    <summary>{t('phoneFlow.noteCount', { count: notes.length })}</summary>
                    <ul>
                      {notes.map((note) => (
                        <li key={note.id}>{note.text}</li>
                      ))}
                    </ul>
                  </details>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  )
}

/** "2021-06-10" as "10 juin 2021" (the date is a calendar day: no time zone may shift it). */
function longDate(date: string, language: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T00:00:00Z`) : null
  if (!day || Number.isNaN(day.getTime())) return date
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(day)
}
