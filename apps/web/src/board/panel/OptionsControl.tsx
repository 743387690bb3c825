import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import {
  type BoardMeta,
  setLocked,
  setShowTallies,
  setSilent,
  setVotesPerParticipant,
} from '../../model'
import { FACILITATOR } from '../canvas/controller'

export function OptionsControl({ doc, meta }: { doc: Y.Doc; meta: BoardMeta }) {
  const { t } = useTranslation()
  const votesId = useId()
  return (
    <section className="options-control" aria-labelledby="options-title">
      <h2 id="options-title" className="panel-title">
        {t('board.options')}
      </h2>
      <label className="check">
        <input
          type="checkbox"
          checked={meta.silent}
          onChange={(e) => setSilent(doc, e.target.checked, FACILITATOR)}
        />
        {t('board.silent')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={meta.showTallies}
          onChange={(e) => setShowTallies(doc, e.target.checked, FACILITATOR)}
        />
        {t('board.showTallies')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={meta.locked}
          onChange={(e) => setLocked(doc, e.target.checked, FACILITATOR)}
        />
        {t('board.locked')}
      </label>
      <label htmlFor={votesId}>{t('board.votesPerParticipant')}</label>
      <input
        id={votesId}
        type="number"
        min={1}
        max={99}
        value={meta.votesPerParticipant}
        onChange={(e) => {
          const value = Number(e.target.value)
          if (Number.isInteger(value) && value >= 1 && value <= 99)
            setVotesPerParticipant(doc, value, FACILITATOR)
        }}
      />
    </section>
  )
}
