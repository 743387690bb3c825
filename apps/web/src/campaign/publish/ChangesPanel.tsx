import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ItemRef, SynthesisChanges } from './types'
import { byDimension, firstOf, ordinal, rankingMoves } from './words'

/** One line of a section; lines of the same dimension are listed under its title. */
interface Line {
  key: string
  dimension?: string
  node: ReactNode
}

/**
 * What changed between two versions, for an organiser who reads titles, not
 * ids: workshops that came or left, the biggest ranking moves, groups new,
 * gone or renamed, regional recommendations rewritten, recommendations moved
 * between groups, each under its dimension. Empty sections are left out.
 */
export function ChangesPanel({ changes }: { changes: SynthesisChanges }) {
  const { t, i18n } = useTranslation()
  if (changes.same) return <p className="publish__same">{t('campaignPublish.changes.same')}</p>
  if (changes.first)
    return (
      <p className="publish__first">
        {t('campaignPublish.changes.first', {
          workshops: changes.workshops.added.length,
          groups: changes.groups.added.length,
          items: changes.items.added.length,
        })}
      </p>
    )
  const untitled = t('campaignPublish.changes.untitled')
  const quote = (text: string) => t('campaignPublish.changes.quoted', { text: text || untitled })
  const item = (i: ItemRef) => (
    <>
      <strong>{quote(i.title)}</strong>{' '}
      <span className="hint">({i.territory ?? i.workshopTitle})</span>
    </>
  )
  const moves = rankingMoves(changes)
  const { workshops, groups, items } = changes
  const workshopLine = (w: SynthesisChanges['workshops']['added'][number]) => ({
    key: w.id,
    node: (
      <>
        <strong>{w.territory ?? w.title}</strong> <span className="hint">{w.title}</span>
      </>
    ),
  })
  return (
    <div className="publish__changes" data-testid="changes-panel">
      <Section
        id="workshops-added"
        title={t('campaignPublish.changes.workshopsAdded')}
        lines={workshops.added.map(workshopLine)}
      />
      <Section
        id="workshops-removed"
        title={t('campaignPublish.changes.workshopsRemoved')}
        lines={workshops.removed.map(workshopLine)}
      />
      <Section
        id="ranking"
        title={t('campaignPublish.changes.ranking')}
        hidden={moves.hidden}
        lines={moves.shown.map(({ group, from, to }) => {
          const way = to.rank < from.rank ? 'up' : to.rank > from.rank ? 'down' : 'same'
          const dots =
            from.ranking.dots === to.ranking.dots
              ? t('campaignPublish.changes.dotsSame', { count: to.ranking.dots })
              : t('campaignPublish.changes.dots', { from: from.ranking.dots, to: to.ranking.dots })
          return {
            key: group.id,
            dimension: group.dimensionTitle,
            node: (
              <>
                <span className={`publish__arrow publish__arrow--${way}`} aria-hidden>
                  {way === 'up' ? '▲' : way === 'down' ? '▼' : '•'}
                </span>{' '}
                <strong>{quote(group.title)}</strong>{' '}
                <span data-testid="ranking-move">
                  {from.rank === to.rank
                    ? t('campaignPublish.changes.placeSame', {
                        place: ordinal(to.rank, i18n.language),
                      })
                    : t('campaignPublish.changes.place', {
                        from: ordinal(from.rank, i18n.language),
                        to: ordinal(to.rank, i18n.language),
                      })}
                  {' · '}
                  {dots}
                </span>
              </>
            ),
          }
        })}
      />
      <Section
        id="groups-added"
        title={t('campaignPublish.changes.groupsAdded')}
        lines={groups.added.map((g) => ({
          key: g.id,
          dimension: g.dimensionTitle,
          node: <strong>{quote(g.title)}</strong>,
        }))}
      />
      <Section
        id="groups-removed"
        title={t('campaignPublish.changes.groupsRemoved')}
        lines={groups.removed.map((g) => ({
          key: g.id,
          dimension: g.dimensionTitle,
          node: <strong>{quote(g.title)}</strong>,
        }))}
      />
      <Section
        id="renamed"
        title={t('campaignPublish.changes.renamed')}
        lines={groups.renamed.map((r) => ({
          key: r.group.id,
          dimension: r.group.dimensionTitle,
          node: (
            <>
              {quote(r.from)} → <strong>{quote(r.to)}</strong>
            </>
          ),
        }))}
      />
      <Section
        id="rewritten"
        title={t('campaignPublish.changes.rewritten')}
        lines={groups.rewritten.map((r) => ({
          key: r.group.id,
          dimension: r.group.dimensionTitle,
          node: (
            <>
              <strong>{quote(r.group.title)}</strong>
              <span className="publish__text">{r.to || t('campaignPublish.changes.erased')}</span>
            </>
          ),
        }))}
      />
      <Section
        id="moved"
        title={t('campaignPublish.changes.moved')}
        lines={items.moved.map((m) => ({
          key: m.item.id,
          dimension: m.to.dimensionTitle,
          node: (
            <>
              {item(m.item)}{' '}
              {t('campaignPublish.changes.movedTo', {
                from: m.from.title || untitled,
                to: m.to.title || untitled,
              })}
            </>
          ),
        }))}
      />
      <Section
        id="items-added"
        title={t('campaignPublish.changes.itemsAdded')}
        lines={items.added.map((i) => ({ key: i.id, node: item(i) }))}
      />
      <Section
        id="items-removed"
        title={t('campaignPublish.changes.itemsRemoved')}
        lines={items.removed.map((i) => ({ key: i.id, node: item(i) }))}
      />
    </div>
  )
}

/**
 * A titled list, left out when empty, cut to its first eight lines (`hidden`:
 * how many more the caller already left out), lines grouped under their dimension.
 */
function Section({
  id,
  title,
  lines,
  hidden = 0,
}: {
  id: string
  title: string
  lines: Line[]
  hidden?: number
}) {
  const { t } = useTranslation()
  if (lines.length === 0) return null
  const { shown, hidden: cut } = firstOf(lines)
  const more = hidden + cut
  return (
    <section className="publish__change" data-change={id}>
      <h4>{title}</h4>
      {byDimension(shown).map(([dimension, group]) => (
        <div key={dimension ?? ''}>
          {dimension ? <p className="publish__dimension">{dimension}</p> : null}
          <ul>
            {group.map((line) => (
              <li key={line.key}>{line.node}</li>
            ))}
          </ul>
        </div>
      ))}
      {more > 0 ? (
        <p className="hint">{t('campaignPublish.changes.more', { count: more })}</p>
      ) : null}
    </section>
  )
}
