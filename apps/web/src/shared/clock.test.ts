import { describe, expect, it } from 'vitest'
import { timerRemaining } from '../model'
import { bestOffset, clockOffset, displaySeconds, serverTime } from './clock'

describe('clock offset', () => {
  it('assumes the server answered halfway through the round trip', () => {
    expect(clockOffset({ sentAt: 1000, serverNow: 5100, receivedAt: 1200 })).toBe(4000)
    expect(clockOffset({ sentAt: 1000, serverNow: 900, receivedAt: 1200 })).toBe(-200)
  })

  it('keeps the sample with the shortest round trip and ignores impossible ones', () => {
    const slow = { sentAt: 0, serverNow: 10_900, receivedAt: 1000 } // offset 10_400
    const fast = { sentAt: 2000, serverNow: 12_020, receivedAt: 2040 } // offset 10_000
    const broken = { sentAt: 3000, serverNow: 0, receivedAt: 2000 }
    expect(bestOffset([slow, fast, broken])).toBe(10_000)
    expect(bestOffset([])).toBe(0)
  })

  it('makes two devices with different clocks show the same seconds', () => {
    const endsAt = 1_000_000 // server time
    const timer = { endsAt, remainingMs: null, durationMs: 300_000 }
    const serverInstant = endsAt - 61_500
    // Phone 90 s ahead, projector 3 s behind; both measured their offset.
    const phone = { local: serverInstant + 90_000, offset: -90_000 }
    const projector = { local: serverInstant - 3000, offset: 3000 }
    const shown = [phone, projector].map((d) =>
      displaySeconds(timerRemaining(timer, serverTime(d.local, d.offset)) ?? 0),
    )
    expect(shown).toEqual([62, 62])
  })

  it('rounds up and never goes below zero', () => {
    expect(displaySeconds(0)).toBe(0)
    expect(displaySeconds(1)).toBe(1)
    expect(displaySeconds(1000)).toBe(1)
    expect(displaySeconds(-50)).toBe(0)
  })
})
