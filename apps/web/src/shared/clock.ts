// Pure clock math for the shared countdown. The board stores `timer.endsAt`
// on the server's clock; a phone whose clock is two minutes off must still
// show the same seconds as the projector.

/** One `GET /api/time` round trip: local send time, the server's answer, local receive time. */
export interface ClockSample {
  sentAt: number
  serverNow: number
  receivedAt: number
}

/**
 * Server clock minus local clock. The server read its clock somewhere in the
 * round trip; assuming halfway (RTT / 2) bounds the error by half the RTT.
 *
 * @example
 * clockOffset({ sentAt: 1000, serverNow: 5100, receivedAt: 1200 }) // 4000
 */
export function clockOffset(sample: ClockSample): number {
  return sample.serverNow - (sample.sentAt + sample.receivedAt) / 2
}

/**
 * Of several samples, the offset of the one with the shortest round trip:
 * its halfway assumption has the smallest possible error.
 *
 * @example
 * bestOffset([slowSample, fastSample]) // clockOffset(fastSample)
 */
export function bestOffset(samples: readonly ClockSample[]): number {
  let best: ClockSample | null = null
  for (const s of samples) {
    if (s.receivedAt < s.sentAt) continue
    if (!best || s.receivedAt - s.sentAt < best.receivedAt - best.sentAt) best = s
  }
  return best ? clockOffset(best) : 0
}

/** The server's time now, from the local clock and a measured offset. */
export function serverTime(localNow: number, offset: number): number {
  return localNow + offset
}

/**
 * Whole seconds to show for `remainingMs`, rounded up so "0:00" appears only
 * at the very end and every device flips second at the same server instant.
 */
export function displaySeconds(remainingMs: number): number {
  return Math.max(0, Math.ceil(remainingMs / 1000))
}
