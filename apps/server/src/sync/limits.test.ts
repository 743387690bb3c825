import { describe, expect, it } from 'vitest'
import { type AwarenessEntry, filterAwareness } from './awareness-guard.js'
import { DEFAULT_SYNC_LIMITS, RateLimit } from './limits.js'

describe('RateLimit', () => {
  it('allows the burst at once, then one per refill period', () => {
    const limit = new RateLimit(3, 1000)
    const t0 = Date.now()
    expect([1, 2, 3, 4].map(() => limit.take(t0))).toEqual([true, true, true, false])
    expect(limit.take(t0 + 999)).toBe(false)
    expect(limit.take(t0 + 1000)).toBe(true)
    expect(limit.take(t0 + 1000)).toBe(false)
    // A long pause refills the burst, never more.
    expect([1, 2, 3, 4].map(() => limit.take(t0 + 60_000))).toEqual([true, true, true, false])
  })
})

describe('filterAwareness', () => {
  type P = { name: string; ids: number; participant?: string }
  const alice: P = { name: 'participant a', ids: 1, participant: 'a' }
  const mallory: P = { name: 'participant m', ids: 0, participant: 'm' }
  const room = (owners: Map<number, P>, clocks: Map<number, number>) => ({
    ownerOf: (id: number) => owners.get(id),
    countOf: (p: P) => p.ids,
    total: owners.size,
    sameHolder: (p: P, o: P) => p.name === o.name,
    participantOf: (p: P) => p.participant,
    changes: (e: AwarenessEntry) => (clocks.get(e.clientId) ?? -1) < e.clock,
  })
  const entry = (clientId: number, clock: number, state: unknown): AwarenessEntry => ({
    clientId,
    clock,
    json: JSON.stringify(state),
  })

  it("lets an echo of another's presence pass silently, refuses a change to it", () => {
    const r = room(new Map([[1, alice]]), new Map([[1, 5]]))
    expect(filterAwareness(mallory, [entry(1, 5, { user: {} })], r, DEFAULT_SYNC_LIMITS)).toEqual({
      allowed: [],
      refusal: null,
    })
    const changed = filterAwareness(mallory, [entry(1, 6, null)], r, DEFAULT_SYNC_LIMITS)
    expect(changed.allowed).toEqual([])
    expect(changed.refusal).toMatch(/^awareness-not-yours/)
  })

  it('keeps the allowed entries of a mixed frame', () => {
    const r = room(new Map([[1, alice]]), new Map([[1, 5]]))
    const own = entry(9, 1, { user: { role: 'participant', id: 'm' } })
    const result = filterAwareness(
      mallory,
      [own, entry(10, 1, { user: { role: 'participant', id: 'a' } }), entry(11, 2 ** 53, {})],
      r,
      DEFAULT_SYNC_LIMITS,
    )
    expect(result.allowed).toEqual([own])
    expect(result.refusal).toMatch(/^awareness-not-you/)
  })
})
