import { useEffect, useState } from 'react'
import { serverClockOffset } from '../api/client'

let offsetPromise: Promise<number> | null = null
/** The measured offset once known (0 before): lets a click read server time at that instant. */
let knownOffset = 0

/** Server epoch ms right now, from the offset measured by useServerNow (0 until measured). */
export function serverNow(): number {
  return Date.now() + knownOffset
}

/**
 * Server epoch ms, ticking every `intervalMs` (the board's timer runs on server
 * time). A quarter second, so devices flip the displayed second within 250 ms
 * of each other rather than up to a whole second apart.
 */
export function useServerNow(intervalMs = 250): number {
  const [offset, setOffset] = useState(0)
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    offsetPromise ??= serverClockOffset()
    let live = true
    void offsetPromise.then((value) => {
      knownOffset = value
      if (live) setOffset(value)
    })
    const timer = setInterval(() => setNow(Date.now()), intervalMs)
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [intervalMs])
  return now + offset
}
