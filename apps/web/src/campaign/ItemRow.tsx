import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatShare } from './ranking'
import { ItemFlagBadge } from './territory/FlagBadges'
import type { SynthesisItem } from './types'

/**
 * One workshop's recommendation inside a group: where it came from, its
 * weight there, its notes; with `select`, a box to tick it for a split or a move.
 */
export function ItemRow({
  item,
  select,
}: {
  item: SynthesisItem
  select?: { checked: boolean; onChange: (checked: boolean) => void } | undefined
}) {
  const { t, i18n } = useTranslation()
  const id = useId()
  const [open, setOpen] = useState(false)
  return (
    <li className="campaign__item" data-item={item.id}>
      <div className="campaign__item-head">
        {select ? (
          <input
            type="checkbox"
            className="campaign-edit__tick"
            checked={select.checked}
            aria-label={t('campaignEdit.selection.tick', { title: item.title })}
            onChange={(event) => select.onChange(event.currentTarget.checked)}
          />
        ) : null}
        <span className="campaign__item-territory">{item.territory ?? '—'}</span>
        <span className="campaign__item-title">{item.title}</span>
        <ItemFlagBadge itemId={item.id} />
        <span className="campaign__item-share" data-testid="item-share">
          {t('campaign.item.share', {
            share: formatShare(item.dotShare, i18n.language),
            count: item.dots,
          })}
        </span>
      </div>
      {item.recommendation ? <p className="campaign__item-text">{item.recommendation}</p> : null}
      {item.notes.length > 0 ? (
        <>
          <button
            type="button"
            className="button button--small campaign__notes-toggle"
            aria-expanded={open}
            aria-controls={`${id}-notes`}
            onClick={() => setOpen(!open)}
          >
            {t(open ? 'campaign.item.hideNotes' : 'campaign.item.showNotes', {
              count: item.notes.length,
            })}
          </button>
          {open ? (
            <ul id={`${id}-notes`} className="campaign__notes">
              {item.notes.map((note) => (
                <li key={note.id}>{note.text}</li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </li>
  )
}
