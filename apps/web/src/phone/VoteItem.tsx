import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { type Cluster, type Note, type Receipt, setVote } from '../model'

interface VoteItemProps {
  cluster: Cluster
  notes: readonly Note[]
  mine: number
  canAdd: boolean
  receipt: Receipt | undefined
  doc: Y.Doc
}

/**
 * One cluster of the vote list: its name opens its notes (a disclosure
 * button, so a screen reader says "collapsed / expanded"), then − and +.
 */
export function VoteItem({ cluster, notes, mine, canAdd, receipt, doc }: VoteItemProps) {
  const { t } = useTranslation()
  const notesId = useId()
  const [open, setOpen] = useState(false)
  const name = cluster.title || t('cluster.untitled')
  return (
    <li className="vote__item" data-cluster-id={cluster.id}>
      <button
        type="button"
        className="vote__name"
        aria-expanded={open}
        aria-controls={notesId}
        onClick={() => setOpen(!open)}
      >
        <span className="vote__chevron" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        <span>
          {name}
          <span className="vote__count">{t('phoneFlow.noteCount', { count: notes.length })}</span>
        </span>
      </button>
      <span className="vote__dots">
        <span aria-hidden="true">{'●'.repeat(mine)}</span>
        <span className="visually-hidden">{t('vote.mine', { count: mine })}</span>
      </span>
      <button
        type="button"
        className="button button--round"
        aria-label={t('vote.remove', { name })}
        disabled={mine === 0}
        onClick={() => setVote(doc, cluster.id, mine - 1, 'phone')}
      >
        −
      </button>
      <button
        type="button"
        className="button button--round button--primary"
        aria-label={t('vote.add', { name })}
        disabled={!canAdd}
        onClick={() => setVote(doc, cluster.id, mine + 1, 'phone')}
      >
        +
      </button>
      {receipt ? (
        <p className="error vote__receipt">
          {t(`reason.${receipt.reason}`, { defaultValue: receipt.reason })}
        </p>
      ) : null}
      <ul
        id={notesId}
        className="vote__notes"
        hidden={!open}
        aria-label={t('phoneFlow.notesOf', { name })}
      >
        {notes.length === 0 ? <li className="hint">{t('phoneFlow.noNotes')}</li> : null}
        {notes.map((note) => (
          <li key={note.id} className="vote__note">
            {note.text}
          </li>
        ))}
      </ul>
    </li>
  )
}
