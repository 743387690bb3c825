import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { GroupRef, ItemRef, SynthesisChanges } from './types'
import { firstOf, ordinal, rankingMoves } from './words'

/**
 * What changed between two versions, for an organiser who reads titles, not
 * ids: workshops that came or left, groups new, gone or renamed, regional
 * recommendations rewritten, the biggest ranking moves, recommendations moved
 * between groups. Empty sections are left out.
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
  const quote = (text: string) =>
    t('campaignPublish.changes.quoted', { text: text || t('campaignPublish.changes.untitled') })
  const groupName = (g: GroupRef) => (
    <>
      <strong>{quote(g.title)}</strong> <span className="hint">({g.dimensionTitle})</span>
    </>
  )
  const itemName = (i: ItemRef) => (
    <>
      <strong>{quote(i.title)}</strong>{' '}
      <span className="hint">({i.territory ?? i.workshopTitle})</span>
    </>
  )
  const moves = rankingMoves(changes)
  const { workshops, groups, items } = changes
  return (
    <div className="publish__changes" data-testid="changes-panel">
      <Section id="workshops-added" title={t('campaignPublish.changes.workshopsAdded')}>
        {workshops.added.map((w) => (
          <li key={w.id}>
            <strong>{w.territory ?? w.title}</strong> <span className="hint">{w.title}</span>
          </li>
        ))}
      </Section>
      <Section id="workshops-removed" title={t('campaignPublish.changes.workshopsRemoved')}>
        {workshops.removed.map((w) => (
          <li key={w.id}>
            <strong>{w.territory ?? w.title}</strong> <span className="hint">{w.title}</span>
          </li>
        ))}
      </Section>
      <Section id="ranking" title={t('campaignPublish.changes.ranking')} hidden={moves.hidden}>
        {moves.shown.map(({ group, from, to }) => {
          const arrow = to.rank < from.rank ? '▲' : to.rank > from.rank ? '▼' : '•'
          return (
            <li key={group.id} data-group={group.id}>
              <span className={`publish__arrow publish__arrow--${arrowName(arrow)}`} aria-hidden>
                {arrow}
              </span>{' '}
              {groupName(group)}{' '}
              <span data-testid="ranking-move">
                {t('campaignPublish.changes.place', {
                  from: ordinal(from.rank, i18n.language),
                  to: ordinal(to.rank, i18n.language),
                })}
                {' · '}
                {t('campaignPublish.changes.dots', {
                  from: from.ranking.dots,
                  to: to.ranking.dots,
                })}
              </span>
            </li>
          )
        })}
      </Section>
      <ListSection id="groups-added" title={t('campaignPublish.changes.groupsAdded')}>
        {groups.added.map((g) => (
          <li key={g.id}>{groupName(g)}</li>
        ))}
      </ListSection>
      <ListSection id="groups-removed" title={t('campaignPublish.changes.groupsRemoved')}>
        {groups.removed.map((g) => (
          <li key={g.id}>{groupName(g)}</li>
        ))}
      </ListSection>
      <ListSection id="renamed" title={t('campaignPublish.changes.renamed')}>
        {groups.renamed.map((r) => (
          <li key={r.group.id}>
            {quote(r.from)} → <strong>{quote(r.to)}</strong>{' '}
            <span className="hint">({r.group.dimensionTitle})</span>
          </li>
        ))}
      </ListSection>
      <ListSection id="rewritten" title={t('campaignPublish.changes.rewritten')}>
        {groups.rewritten.map((r) => (
          <li key={r.group.id}>
            {groupName(r.group)}
            <span className="publish__text">{r.to || t('campaignPublish.changes.erased')}</span>
          </li>
        ))}
      </ListSection>
      <ListSection id="moved" title={t('campaignPublish.changes.moved')}>
        {items.moved.map((m) => (
          <li key={m.item.id}>
            {itemName(m.item)}{' '}
            {t('campaignPublish.changes.movedTo', {
              from: m.from.title || t('campaignPublish.changes.untitled'),
              to: m.to.title || t('campaignPublish.changes.untitled'),
            })}
          </li>
        ))}
      </ListSection>
      <ListSection id="items-added" title={t('campaignPublish.changes.itemsAdded')}>
        {items.added.map((i) => (
          <li key={i.id}>{itemName(i)}</li>
        ))}
      </ListSection>
      <ListSection id="items-removed" title={t('campaignPublish.changes.itemsRemoved')}>
        {items.removed.map((i) => (
          <li key={i.id}>{itemName(i)}</li>
        ))}
      </ListSection>
    </div>
  )
}

const arrowName = (arrow: string) => (arrow === '▲' ? 'up' : arrow === '▼' ? 'down' : 'same')

/** A titled list, left out when empty; `hidden` more not shown. */
function Section({
  id,
  title,
  hidden = 0,
  children,
}: {
  id: string
  title: string
  hidden?: number
  children: ReactNode[]
}) {
  const { t } = useTranslation()
  if (children.length === 0) return null
  return (
    <section className="publish__change" data-change={id}>
      <h4>{title}</h4>
      <ul>{children}</ul>
      {hidden > 0 ? (
        <p className="hint">{t('campaignPublish.changes.more', { count: hidden })}</p>
      ) : null}
    </section>
  )
}

/** A {@link Section} cut to its first eight entries. */
function ListSection({
  id,
  title,
  children,
}: {
  id: string
  title: string
  children: ReactNode[]
}) {
  const { shown, hidden } = firstOf(children)
  return (
    <Section id={id} title={title} hidden={hidden}>
      {shown}
    </Section>
  )
}
