import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import {
  pauseTimer,
  resetTimer,
  resumeTimer,
  startTimer,
  type TimerState,
  timerStatus,
} from '../../model'
import { TimerDisplay } from '../../shared/TimerDisplay'
import { useServerNow } from '../../shared/useServerNow'
import { FACILITATOR } from '../canvas/controller'

const PRESETS = [3, 5, 10]

/** The shared countdown, on server time so every screen shows the same seconds. */
export function TimerControl({ doc, timer }: { doc: Y.Doc; timer: TimerState }) {
  const { t } = useTranslation()
  const now = useServerNow()
  const status = timerStatus(timer, now)
  return (
    <section className="timer-control" aria-labelledby="timer-title">
      <h2 id="timer-title" className="panel-title">
        {t('timer.label')}
      </h2>
      <TimerDisplay timer={timer} />
      <div className="button-row">
        {PRESETS.map((minutes) => (
          <button
            key={minutes}
            type="button"
            className="button button--small"
            onClick={() => startTimer(doc, minutes * 60_000, now, FACILITATOR)}
          >
            {t('timer.minutes', { count: minutes })}
          </button>
        ))}
      </div>
      {status !== 'idle' ? (
        <div className="button-row">
          {status === 'running' ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => pauseTimer(doc, now, FACILITATOR)}
            >
              {t('timer.pause')}
            </button>
          ) : null}
          {status === 'paused' ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => resumeTimer(doc, now, FACILITATOR)}
            >
              {t('timer.resume')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--small"
            onClick={() => resetTimer(doc, FACILITATOR)}
          >
            {t('timer.reset')}
          </button>
        </div>
      ) : null}
    </section>
  )
}
