import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { type BoardState, hideNote } from '../../model'
import { FACILITATOR } from '../canvas/controller'
import type { Selection } from '../store/selection'
import { acceptProposal } from './acceptProposal'
import { ProposalCard } from './ProposalCard'
import { type Proposal, type Suggestions, stillValid } from './proposals'

interface Props {
  board: BoardState
  boardDoc: Y.Doc
  layoutDoc: Y.Doc
  suggestions: Suggestions
  selection: Selection
  onClose: () => void
  onShow: (noteIds: string[]) => void
}

/**
 * The review drawer for "Suggest clusters": each proposal can be accepted
 * as is, edited (title, which notes) or dropped; near-duplicates are listed
 * with a one-tap hide. Nothing reaches the board until a proposal is accepted.
 */
export function SuggestPanel({
  board,
  boardDoc,
  layoutDoc,
  suggestions,
  selection,
  onClose,
  onShow,
}: Props) {
  const { t } = useTranslation()
  const [proposals, setProposals] = useState<Proposal[]>(suggestions.proposals)
  const [dismissed, setDismissed] = useState<Set<string>>(new Set())
  const live = stillValid(proposals, board)
  const duplicates = suggestions.duplicates.filter(
    ([a, b]) =>
      !dismissed.has(`${a}|${b}`) &&
      board.notes[a] &&
      board.notes[b] &&
      !board.notes[a]?.hidden &&
      !board.notes[b]?.hidden,
  )
  const update = (next: Proposal) =>
    setProposals((all) => all.map((p) => (p.key === next.key ? next : p)))
  const drop = (key: string) => setProposals((all) => all.filter((p) => p.key !== key))
  const accept = (p: Proposal) => {
    acceptProposal(boardDoc, layoutDoc, p)
    selection.clear()
    drop(p.key)
  }
  return (
    <aside className="suggest-panel" aria-labelledby="suggest-title" data-testid="suggest-panel">
      <header className="suggest-panel__head">
        <h2 id="suggest-title">{t('suggest.title')}</h2>
        <button type="button" className="button button--small button--quiet" onClick={onClose}>
          {t('suggest.close')}
        </button>
      </header>
      <p className="hint">{t('suggest.intro')}</p>
      {live.length === 0 ? <p className="hint">{t('suggest.none')}</p> : null}
      {live.length > 1 ? (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            for (const p of live) accept(p)
          }}
        >
          {t('suggest.acceptAll')}
        </button>
      ) : null}
      <ol className="suggest-panel__list">
        {live.map((p) => (
          <ProposalCard
            key={p.key}
            proposal={p}
            original={proposals.find((o) => o.key === p.key)!}
            board={board}
            selection={selection}
            onChange={update}
            onAccept={() => accept(p)}
            onDrop={() => drop(p.key)}
            onShow={onShow}
          />
        ))}
      </ol>
      {duplicates.length > 0 ? (
        <section className="suggest-panel__dups" aria-labelledby="dups-title">
          <h3 id="dups-title">
            {t('suggest.duplicates')} ({duplicates.length})
          </h3>
          <ul>
            {duplicates.map(([a, b]) => (
              <li key={`${a}|${b}`} className="duplicate" data-testid="duplicate">
                <p className="duplicate__text">« {board.notes[a]?.text} »</p>
                <p className="duplicate__text">« {board.notes[b]?.text} »</p>
                <div className="button-row">
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => hideNote(boardDoc, b, FACILITATOR)}
                  >
                    {t('suggest.hideDuplicate')}
                  </button>
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    onClick={() => setDismissed((s) => new Set(s).add(`${a}|${b}`))}
                  >
                    {t('suggest.keepBoth')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </aside>
  )
}
