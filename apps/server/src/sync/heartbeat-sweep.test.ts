import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  BEATS_PER_PING,
  type Pingable,
  SLOTS,
  startHeartbeatSweep,
  takeHeartbeatSlot,
} from './heartbeat-sweep.js'

const INTERVAL = 30_000
const BEAT = INTERVAL / BEATS_PER_PING

/** A connection that notes when it was pinged, and when it was visited at all in `beats`. */
function connection(pings: Map<Pingable, number[]>, beats?: Map<Pingable, number[]>): Pingable {
  const c: Pingable = {
    heartbeatSlot: takeHeartbeatSlot(),
    heartbeat: (ping) => {
      beats?.get(c)?.push(Date.now())
      if (ping) pings.get(c)?.push(Date.now())
    },
  }
  pings.set(c, [])
  beats?.set(c, [])
  return c
}

describe('the heartbeat sweep', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('pings every connection once an interval, a 25th of them at a time', () => {
    const pings = new Map<Pingable, number[]>()
    const connections = new Set(Array.from({ length: 3000 }, () => connection(pings)))
    const perTick: number[] = []
    let before = 0
    const stop = startHeartbeatSweep(connections, INTERVAL)
    for (let t = 0; t < 3 * SLOTS * BEATS_PER_PING; t++) {
      vi.advanceTimersByTime(BEAT / SLOTS)
      const total = [...pings.values()].reduce((sum, p) => sum + p.length, 0)
      perTick.push(total - before)
      before = total
    }
    stop()
    expect(Math.max(...perTick)).toBe(3000 / SLOTS)
    for (const times of pings.values()) {
      expect(times).toHaveLength(3)
      expect(times[1]! - times[0]!).toBe(INTERVAL)
      expect(times[2]! - times[1]!).toBe(INTERVAL)
    }
  })

  it('visits every connection every 10 s, so a quiet one can be sent something well within 30 s', () => {
    const pings = new Map<Pingable, number[]>()
    const beats = new Map<Pingable, number[]>()
    const connections = new Set(Array.from({ length: 300 }, () => connection(pings, beats)))
    const stop = startHeartbeatSweep(connections, INTERVAL)
    vi.advanceTimersByTime(2 * INTERVAL)
    stop()
    for (const times of beats.values()) {
      expect(times).toHaveLength(2 * BEATS_PER_PING)
      for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBe(BEAT)
    }
    for (const times of pings.values()) expect(times).toHaveLength(2)
  })

  it('pings connections that open later and stops pinging those that left', () => {
    const pings = new Map<Pingable, number[]>()
    const connections = new Set([connection(pings)])
    const stop = startHeartbeatSweep(connections, INTERVAL)
    const gone = [...connections][0]!
    connections.delete(gone)
    const late = connection(pings)
    connections.add(late)
    vi.advanceTimersByTime(2 * INTERVAL)
    stop()
    expect(pings.get(gone)).toHaveLength(0)
    expect(pings.get(late)).toHaveLength(2)
  })

  it('stops when told to', () => {
    const pings = new Map<Pingable, number[]>()
    const connections = new Set([connection(pings)])
    startHeartbeatSweep(connections, INTERVAL)()
    vi.advanceTimersByTime(3 * INTERVAL)
    expect([...pings.values()].flat()).toHaveLength(0)
  })
})
