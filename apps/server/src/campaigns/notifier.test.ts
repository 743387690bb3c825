import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import type { Room } from '../sync/room.js'
import type { CampaignWorkshopLink } from './catalog.js'
import { CampaignNotifier } from './notifier.js'

// The notifier alone, on fake timers: what a room's updates turn into for
// the streams watching its campaigns.

const links: Record<string, string[]> = { c1: ['w1', 'w2'], c2: ['w2'] }
const catalog = {
  async listWorkshops(campaignId: string): Promise<CampaignWorkshopLink[]> {
    return (links[campaignId] ?? []).map((workshopId) => ({
      campaignId,
      workshopId,
      joinedHow: 'created',
      joinedAt: 0,
    }))
  },
}
const room = (name: string) => ({ name, doc: new Y.Doc() }) as unknown as Room
const touch = (r: Room, n = 1) => {
  for (let i = 0; i < n; i++) r.doc.getMap('meta').set('k', i)
}
const listener = () => ({ changed: vi.fn(), ended: vi.fn() })

let notifier: CampaignNotifier
beforeEach(() => {
  vi.useFakeTimers()
  notifier = new CampaignNotifier(catalog, {
    streamsPerCampaign: 2,
    streams: 3,
    minIntervalMs: 300,
    heartbeatMs: 25_000,
  })
})
afterEach(() => {
  notifier.close()
  vi.useRealTimers()
})

describe('CampaignNotifier', () => {
  it("folds a burst of a workshop's updates into one event per interval, the last included", async () => {
    const board = room('w1')
    notifier.loaded(board)
    const one = listener()
    await notifier.subscribe('c1', one).ready
    touch(board, 50)
    await vi.advanceTimersByTimeAsync(0)
    expect(one.changed).toHaveBeenCalledTimes(1)
    // More within the interval: one trailing event when it is over, not before.
    touch(board, 20)
    await vi.advanceTimersByTimeAsync(299)
    expect(one.changed).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(one.changed).toHaveBeenCalledTimes(2)
    expect(notifier.sent).toBe(2)
  })

  it("tells every campaign a workshop belongs to, none it does not, and the working document's own", async () => {
    const shared = room('w2:private')
    const outside = room('w9')
    const layout = room('w1:layout')
    const working = room('campaign:c2')
    for (const r of [shared, outside, layout, working]) notifier.loaded(r)
    const first = listener()
    const second = listener()
    await notifier.subscribe('c1', first).ready
    await notifier.subscribe('c2', second).ready
    touch(outside)
    touch(layout)
    await vi.advanceTimersByTimeAsync(1000)
    expect(first.changed).not.toHaveBeenCalled()
    expect(second.changed).not.toHaveBeenCalled()
    touch(shared)
    await vi.advanceTimersByTimeAsync(0)
    expect(first.changed).toHaveBeenCalledTimes(1)
    expect(second.changed).toHaveBeenCalledTimes(1)
    touch(working)
    await vi.advanceTimersByTimeAsync(300)
    expect(first.changed).toHaveBeenCalledTimes(1)
    expect(second.changed).toHaveBeenCalledTimes(2)
  })

  it('hears a workshop that joined once told, and stops with the room unloaded or the last stream closed', async () => {
    const board = room('w3')
    notifier.loaded(board)
    const one = listener()
    const subscription = notifier.subscribe('c1', one)
    await subscription.ready
    touch(board)
    await vi.advanceTimersByTimeAsync(1000)
    expect(one.changed).not.toHaveBeenCalled()
    links.c1 = ['w1', 'w2', 'w3']
    notifier.campaignChanged('c1', true)
    await vi.advanceTimersByTimeAsync(0)
    expect(one.changed).toHaveBeenCalledTimes(1)
    touch(board)
    await vi.advanceTimersByTimeAsync(300)
    expect(one.changed).toHaveBeenCalledTimes(2)
    notifier.unloading(board)
    touch(board)
    await vi.advanceTimersByTimeAsync(1000)
    expect(one.changed).toHaveBeenCalledTimes(2)
    subscription.close()
    expect(notifier.streams).toBe(0)
  })

  it('refuses streams past the limits, and ends them all on close', async () => {
    const a = listener()
    const b = listener()
    const c = listener()
    notifier.subscribe('c1', a)
    notifier.subscribe('c1', b)
    expect(() => notifier.subscribe('c1', listener())).toThrow(/Too many live views/)
    notifier.subscribe('c2', c)
    expect(() => notifier.subscribe('c3', listener())).toThrow(/Too many live views/)
    expect(notifier.streams).toBe(3)
    notifier.close()
    for (const l of [a, b, c]) expect(l.ended).toHaveBeenCalledTimes(1)
    expect(() => notifier.subscribe('c1', listener())).toThrow(/shutting down/)
  })
})
