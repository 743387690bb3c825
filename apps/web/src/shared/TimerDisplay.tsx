import { useTranslation } from 'react-i18next'
import { type TimerState, timerRemaining, timerStatus } from '../model'
import { useServerNow } from './useServerNow'

export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000))
  const minutes = Math.floor(total / 60)
  const seconds = total % 60
  return `${minutes}:${seconds.toString().padStart(2, '0')}`
}

/** The shared countdown, hidden when idle. */
export function TimerDisplay({ timer, className = '' }: { timer: TimerState; className?: string }) {
  const { t } = useTranslation()
  const now = useServerNow()
  const status = timerStatus(timer, now)
  if (status === 'idle') return null
  const remaining = timerRemaining(timer, now) ?? 0
  return (
    <p className={`timer timer--${status} ${className}`} role="timer" aria-label={t('timer.label')}>
      <span>{status === 'expired' ? t('timer.expired') : formatDuration(remaining)}</span>
      {status === 'paused' ? <span className="timer__note"> {t('timer.paused')}</span> : null}
    </p>
  )
}
