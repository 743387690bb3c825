import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { type Phase, setPhase } from '../../model'
import { FACILITATOR } from '../canvas/controller'

const PHASES: readonly Phase[] = ['collect', 'cluster', 'vote', 'synthesize', 'closed']

/** The room's phase: phones and the projector follow it. */
export function PhaseControl({ doc, phase }: { doc: Y.Doc; phase: Phase }) {
  const { t } = useTranslation()
  return (
    <fieldset className="phase-control">
      <legend className="panel-title">{t('board.phase')}</legend>
      {PHASES.map((p, index) => (
        <label key={p} className="phase-control__option">
          <input
            type="radio"
            name="phase"
            value={p}
            checked={p === phase}
            onChange={() => setPhase(doc, p, FACILITATOR)}
          />
          <span className="phase-control__step" aria-hidden="true">
            {index + 1}
          </span>
          {t(`phase.${p}.name`)}
        </label>
      ))}
    </fieldset>
  )
}
