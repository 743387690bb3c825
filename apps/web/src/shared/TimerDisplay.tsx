import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { type TimerState, timerRemaining, timerStatus } from '../model'
import { displaySeconds } from './clock'
import { useServerNow } from './useServerNow'
import { useTimerSignal } from './useTimerSignal'

export function formatDuration(ms: number): string {
  const total = displaySeconds(ms)
  const minutes = Math.floor(total / 60)
  const seconds = total % 60
  return `${minutes}:${seconds.toString().padStart(2, '0')}`
}

interface Props {
  timer: TimerState
  className?: string
  /** Called once when the countdown reaches zero under this page's eyes (the projector chimes). */
  onExpire?: () => void
}

/**
 * The shared countdown, hidden when idle; pulses gently when time is up.
 * While no timer is set it mounts nothing, so the server clock is not asked
 * (three `GET /api/time` round trips) before a countdown needs it: on a
 * phone joining over 3G those came while its sockets were opening.
 */
export function TimerDisplay(props: Props) {
  return props.timer.endsAt === null && props.timer.remainingMs === null ? null : (
    <Countdown {...props} />
  )
}

function Countdown({ timer, className = '', onExpire }: Props) {
  const { t } = useTranslation()
  const now = useServerNow()
  const status = timerStatus(timer, now)
  const pulsing = useTimerSignal(timer, now)
  useEffect(() => {
    if (pulsing) onExpire?.()
  }, [pulsing])
  if (status === 'idle') return null
  const remaining = timerRemaining(timer, now) ?? 0
  return (
    <p
      className={`timer timer--${status} ${pulsing ? 'timer--pulse' : ''} ${className}`}
      role="timer"
      aria-label={t('timer.label')}
      data-status={status}
    >
      <span>{status === 'expired' ? t('timer.expired') : formatDuration(remaining)}</span>
      {status === 'paused' ? <span className="timer__note"> {t('timer.paused')}</span> : null}
    </p>
  )
}
