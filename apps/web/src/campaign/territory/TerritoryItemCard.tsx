import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FlagForm } from './FlagForm'
import { FlagStatusBox } from './FlagStatusBox'
import type { TerritoryFlag, TerritoryItem } from './types'

interface Props {
  campaignId: string
  token: string
  level: 'regional' | 'national'
  item: TerritoryItem
  /** This item's open flag, else its latest resolved one. */
  flag: TerritoryFlag | undefined
  onChange: () => void
}

/**
 * One of our recommendations, then where it went: the group's title and
 * place, the regional recommendation as drafted, the other territories in
 * it. "Signaler" opens the comment form; a flag shows its status instead.
 */
export function TerritoryItemCard({ campaignId, token, level, item, flag, onChange }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const [flagging, setFlagging] = useState(false)
  const [notesOpen, setNotesOpen] = useState(false)
  const { group } = item
  const open = flag?.status === 'open'
  return (
    <article
      id={`item-${item.id}`}
      className="card territory__item"
      data-item={item.id}
      aria-labelledby={`${id}-t`}
    >
      <div className="territory__ours">
        <p className="territory__label">
          {t('campaignTerritory.item.ours')} ·{' '}
          {t('campaignTerritory.item.dots', { count: item.dots })}
        </p>
        <h3 id={`${id}-t`} className="territory__item-title">
          {item.title || t('campaignTerritory.item.untitled')}
        </h3>
        {item.recommendation ? <p className="territory__text">{item.recommendation}</p> : null}
        {item.notes.length > 0 ? (
          <>
            <button
              type="button"
              className="button button--small"
              aria-expanded={notesOpen}
              onClick={() => setNotesOpen(!notesOpen)}
            >
              {notesOpen
                ? t('campaignTerritory.item.hideNotes')
                : t('campaignTerritory.item.showNotes', { count: item.notes.length })}
            </button>
            {notesOpen ? (
              <ul className="territory__notes">
                {item.notes.map((note) => (
                  <li key={note.id}>{note.text}</li>
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
      </div>
      <div className="territory__went" data-testid="went-to">
        <p className="territory__label">
          <span aria-hidden="true">→ </span>
          {t('campaignTerritory.item.wentTo')}
        </p>
        <h4 className="territory__group-title" data-testid="group-title">
          {group.title || t('campaignTerritory.item.untitled')}
        </h4>
        <p className="hint">
          {t('campaignTerritory.item.position', {
            position: group.position,
            count: group.groupsInDimension,
          })}{' '}
          ·{' '}
          {group.accepted
            ? t('campaignTerritory.item.accepted')
            : t('campaignTerritory.item.proposed')}
        </p>
        <p className="territory__label">{t(`campaignTerritory.item.${level}`)}</p>
        {group.recommendation ? (
          <p className="territory__regional" data-testid="regional-recommendation">
            {group.recommendation}
          </p>
        ) : (
          <p className="hint" data-testid="regional-recommendation">
            {t('campaignTerritory.item.noRecommendation')}
          </p>
        )}
        <p className="territory__shared" data-testid="shared-with">
          {group.otherTerritories.length > 0 ? (
            <>
              <strong>{t('campaignTerritory.item.sharedWith')}</strong>{' '}
              {group.otherTerritories.join(', ')}
            </>
          ) : (
            t('campaignTerritory.item.alone')
          )}
        </p>
        {group.minority ? (
          <p className="territory__minority">{t('campaignTerritory.item.minority')}</p>
        ) : null}
      </div>
      <div className="territory__flag">
        {flag ? (
          <FlagStatusBox campaignId={campaignId} token={token} flag={flag} onChange={onChange} />
        ) : null}
        {!open && !flagging ? (
          <button
            type="button"
            className="button territory__flag-button"
            onClick={() => setFlagging(true)}
          >
            {t('campaignTerritory.flag.button')}
          </button>
        ) : null}
        {!open && flagging ? (
          <FlagForm
            campaignId={campaignId}
            token={token}
            itemId={item.id}
            onCancel={() => setFlagging(false)}
            onFiled={() => {
              setFlagging(false)
              onChange()
            }}
          />
        ) : null}
      </div>
    </article>
  )
}
