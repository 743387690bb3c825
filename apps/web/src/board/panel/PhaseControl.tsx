import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { changePhase, type Phase, setPresentation } from '../../model'
import { serverNow, useServerNow } from '../../shared/useServerNow'
import { FACILITATOR } from '../canvas/controller'

const PHASES: readonly Phase[] = ['collect', 'cluster', 'vote', 'synthesize', 'closed']

/** The room's phase: phones and the projector follow it. */
export function PhaseControl(props: { doc: Y.Doc; layoutDoc: Y.Doc; phase: Phase }) {
  const { doc, layoutDoc, phase } = props
  const { t } = useTranslation()
  // Measures the server clock; the click reads it at that instant, since changing
  // phase clears a countdown that has run out ("time is up" belongs to the step that ended).
  useServerNow(60_000)
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
            onChange={() => {
              changePhase(doc, p, serverNow(), FACILITATOR)
              // A new step: the projector shows that step's view until the facilitator picks again.
              setPresentation(layoutDoc, { mode: 'auto' }, FACILITATOR)
            }}
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
