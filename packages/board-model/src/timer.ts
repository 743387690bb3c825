import type { TimerState } from './types.js'

/** Where a timer stands. `expired`: running and past its end. */
export type TimerStatus = 'idle' | 'running' | 'paused' | 'expired'

/**
 * The timer's status at a server time.
 *
 * @example
 * timerStatus(readBoard(doc).meta.timer, serverNow()) // 'running'
 */
export function timerStatus(timer: TimerState, nowServerMs: number): TimerStatus {
  if (timer.endsAt !== null) return timer.endsAt > nowServerMs ? 'running' : 'expired'
  if (timer.remainingMs !== null) return 'paused'
  return 'idle'
}

/**
 * Milliseconds left at a server time, never negative; null when idle.
 * Clients pass the server clock (their clock plus a measured offset), since
 * `endsAt` is server epoch ms.
 *
 * @example
 * timerRemaining({ endsAt: 70_000, remainingMs: null, durationMs: 60_000 }, 10_000) // 60_000
 */
export function timerRemaining(timer: TimerState, nowServerMs: number): number | null {
  if (timer.endsAt !== null) return Math.max(0, timer.endsAt - nowServerMs)
  if (timer.remainingMs !== null) return Math.max(0, timer.remainingMs)
  return null
}
