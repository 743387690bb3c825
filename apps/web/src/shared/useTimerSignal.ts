import { useEffect, useRef, useState } from 'react'
import { type TimerState, timerStatus } from '../model'

const PULSE_MS = 6000

/**
 * True for a few seconds after the countdown reaches zero while this page
 * watched it run. A page opened after the end does not signal: a late
 * joiner should not hear a chime for something long finished.
 */
export function useTimerSignal(timer: TimerState, now: number): boolean {
  const status = timerStatus(timer, now)
  const previous = useRef(status)
  const [pulsing, setPulsing] = useState(false)
  useEffect(() => {
    const was = previous.current
    previous.current = status
    if (was === 'running' && status === 'expired') setPulsing(true)
    if (status !== 'expired') setPulsing(false)
  }, [status])
  useEffect(() => {
    if (!pulsing) return
    const id = setTimeout(() => setPulsing(false), PULSE_MS)
    return () => clearTimeout(id)
  }, [pulsing])
  return pulsing
}
