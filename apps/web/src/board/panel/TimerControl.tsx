import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import {
  addMinute,
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
const MAX_MINUTES = 180

/** The shared countdown, on server time so every screen shows the same seconds. */
export function TimerControl({ doc, timer }: { doc: Y.Doc; timer: TimerState }) {
  const { t } = useTranslation()
  const now = useServerNow()
  const status = timerStatus(timer, now)
  const customId = useId()
  const [custom, setCustom] = useState('15')
  const minutes = Number(custom)
  const customValid = Number.isFinite(minutes) && minutes > 0 && minutes <= MAX_MINUTES
  const start = (m: number) => startTimer(doc, Math.round(m * 60_000), now, FACILITATOR)
  const startCustom = (event: FormEvent) => {
    event.preventDefault()
    if (customValid) start(minutes)
  }
  return (
    <section className="timer-control" aria-labelledby="timer-title">
      <h2 id="timer-title" className="panel-title">
        {t('timer.label')}
      </h2>
      <TimerDisplay timer={timer} />
      <div className="button-row">
        {PRESETS.map((m) => (
          <button
            key={m}
            type="button"
            className="button button--small"
            aria-label={t('timer.startMinutes', { count: m })}
            onClick={() => start(m)}
          >
            {t('timer.minutes', { count: m })}
          </button>
        ))}
      </div>
      <form className="button-row timer-control__custom" onSubmit={startCustom}>
        <label htmlFor={customId} className="visually-hidden">
          {t('timer.custom')}
        </label>
        <input
          id={customId}
          type="number"
          min={1}
          max={MAX_MINUTES}
          inputMode="numeric"
          value={custom}
          onChange={(e) => setCustom(e.target.value)}
        />
        <span aria-hidden="true">min</span>
        <button type="submit" className="button button--small" disabled={!customValid}>
          {t('timer.start')}
        </button>
      </form>
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
            onClick={() => addMinute(doc, now, FACILITATOR)}
          >
            {t('timer.addMinute')}
          </button>
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
