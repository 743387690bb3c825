import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SILENT_LOGGER } from '../logging/logger.js'
import { waitFor } from '../test-support/harness.js'
import { startTestRedis, type TestRedis } from '../test-support/redis-server.js'
import { RedisLeases } from './redis-leases.js'

// Room leases in a real redis-server: one leader per room, renewed every
// round (hundreds of rooms a call), and a process that stops renewing loses
// its rooms to another once its TTL passes.

let redis: TestRedis
const connections: Redis[] = []
const leases: RedisLeases[] = []
beforeAll(async () => {
  redis = await startTestRedis()
})
afterAll(async () => {
  for (const lease of leases) await lease.releaseAll().catch(() => {})
  for (const connection of connections) connection.disconnect()
  await redis.stop()
})

function processNamed(owner: string, ttlMs: number, renewMs: number) {
  const connection = new Redis(redis.url, { maxRetriesPerRequest: 1 })
  connections.push(connection)
  const processLeases = new RedisLeases(connection, owner, SILENT_LOGGER, ttlMs, renewMs)
  leases.push(processLeases)
  return { connection, leases: processLeases }
}

describe('RedisLeases', () => {
  it('keeps 1,200 rooms led by one process across rounds, none by the other', async () => {
    const a = processNamed('a', 600, 100)
    const b = processNamed('b', 600, 100)
    const rooms = Array.from({ length: 1200 }, (_, i) => `w:${i}`)
    const leadingA = new Map<string, boolean>()
    const leadingB = new Map<string, boolean>()
    for (const room of rooms) await a.leases.hold(room, (l) => leadingA.set(room, l))
    for (const room of rooms) await b.leases.hold(room, (l) => leadingB.set(room, l))
    // Several TTLs pass: only renewal in rounds (three calls of up to 500) keeps them.
    await new Promise((resolve) => setTimeout(resolve, 2000))
    expect(rooms.filter((room) => leadingA.get(room) !== true)).toEqual([])
    expect(rooms.filter((room) => leadingB.get(room) === true)).toEqual([])
    const observer = new Redis(redis.url)
    connections.push(observer)
    expect(await observer.get('atelier:lease:w:1199')).toBe('a')
    expect(await observer.pttl('atelier:lease:w:0')).toBeGreaterThan(300)
  })

  it('hands a room over once its leader stops renewing, and the old leader steps down', async () => {
    const a = processNamed('a2', 500, 100)
    const b = processNamed('b2', 500, 100)
    let aLeads = false
    let bLeads = false
    await a.leases.hold('w:handover', (l) => {
      aLeads = l
    })
    await b.leases.hold('w:handover', (l) => {
      bLeads = l
    })
    expect(aLeads).toBe(true)
    expect(bLeads).toBe(false)
    // A's Redis goes away (a crash, a partition): its rounds fail.
    a.connection.disconnect()
    await waitFor(() => !aLeads, 3000, 'a steps down before its lease would expire')
    await waitFor(() => bLeads, 3000, 'b takes the room over')
  })
})
