import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BoardState } from '../../model'
import type { Selection } from '../store/selection'
import type { Proposal } from './proposals'

interface Props {
  /** The proposal as it stands on the board now (notes clustered meanwhile removed). */
  proposal: Proposal
  /** As suggested and edited: in edit mode, unticked notes stay listed so they can be ticked back. */
  original: Proposal
  board: BoardState
  selection: Selection
  onChange: (next: Proposal) => void
  /** Zooms the canvas onto these notes. */
  onShow: (noteIds: string[]) => void
  onAccept: () => void
  onDrop: () => void
}

/** One proposal: editable title, its notes, Accept / Edit / Drop; hovering highlights its notes on the canvas. */
export function ProposalCard({
  onShow,
  proposal,
  original,
  board,
  selection,
  onChange,
  onAccept,
  onDrop,
}: Props) {
  const { t } = useTranslation()
  const [editing, setEditing] = useState(false)
  const [candidates] = useState(() => original.noteIds)
  const dimension = board.dimensions.find((d) => d.id === proposal.dimension)
  const highlight = () => selection.set(proposal.noteIds)
  const toggle = (id: string, keep: boolean) =>
    onChange({
      ...original,
      noteIds: keep ? [...original.noteIds, id] : original.noteIds.filter((n) => n !== id),
    })
  const shown = editing ? candidates.filter((id) => board.notes[id]) : proposal.noteIds
  return (
    <li className="proposal" data-testid="proposal" onMouseEnter={highlight} onFocus={highlight}>
      <input
        className="proposal__title"
        aria-label={t('suggest.titleLabel')}
        value={original.title}
        onChange={(e) => onChange({ ...original, title: e.target.value })}
      />
      <div className="proposal__meta">
        <p className="hint proposal__dimension">{dimension?.title}</p>
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={() => onShow(proposal.noteIds)}
        >
          {t('suggest.show')}
        </button>
      </div>
      <ul className="proposal__notes">
        {shown.map((id) => (
          <li key={id}>
            {editing ? (
              <label className="check">
                <input
                  type="checkbox"
                  checked={original.noteIds.includes(id)}
                  aria-label={t('suggest.keep', { text: board.notes[id]?.text ?? '' })}
                  onChange={(e) => toggle(id, e.target.checked)}
                />
                {board.notes[id]?.text}
              </label>
            ) : (
              board.notes[id]?.text
            )}
          </li>
        ))}
      </ul>
      <div className="button-row">
        <button
          type="button"
          className="button button--small button--primary"
          disabled={proposal.noteIds.length < 2}
          onClick={onAccept}
        >
          {t('suggest.accept')}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-pressed={editing}
          onClick={() => setEditing(!editing)}
        >
          {editing ? t('suggest.doneEditing') : t('suggest.edit')}
        </button>
        <button type="button" className="button button--small button--quiet" onClick={onDrop}>
          {t('suggest.drop')}
        </button>
      </div>
    </li>
  )
}
