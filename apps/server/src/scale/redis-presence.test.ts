import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SILENT_LOGGER } from '../logging/logger.js'
import { waitFor } from '../test-support/harness.js'
import { startTestRedis, type TestRedis } from '../test-support/redis-server.js'
import { RedisPresence } from './redis-presence.js'

// The cluster's participant sets in a real redis-server: the count is the
// union over live processes, and a process that stops renewing (killed)
// stops counting once its TTL passes.

let redis: TestRedis
const connections: Redis[] = []
beforeAll(async () => {
  redis = await startTestRedis()
})
afterAll(async () => {
  for (const connection of connections) connection.disconnect()
  await redis.stop()
})

function processNamed(owner: string, ttlMs: number, renewMs: number): RedisPresence {
  const connection = new Redis(redis.url)
  connections.push(connection)
  return new RedisPresence(connection, owner, SILENT_LOGGER, ttlMs, renewMs)
}

describe('RedisPresence', () => {
  it('counts the union of the live processes and forgets a dead one after its TTL', async () => {
    // `alive` renews often; `killed` never renews (its renewal period is an hour).
    const alive = processNamed('alive', 400, 100)
    const killed = processNamed('killed', 1000, 3_600_000)
    alive.changed('w1', 'p1', true)
    alive.changed('w1', 'p2', true)
    killed.changed('w1', 'p2', true)
    killed.changed('w1', 'p3', true)
    // p2 has sockets on both: counted once.
    await waitFor(async () => (await alive.count('w1')) === 3, 5000, 'three people')
    expect(await killed.count('w1')).toBe(3)
    expect(await alive.count('another workshop')).toBe(0)

    await waitFor(async () => (await alive.count('w1')) === 2, 5000, 'the dead one forgotten')
    alive.changed('w1', 'p1', false)
    await waitFor(async () => (await alive.count('w1')) === 1, 5000, 'p1 left')
    await alive.close()
    await killed.close()
  })

  it('tells the other processes, not itself, that a workshop changed', async () => {
    const subscriber = new Redis(redis.url)
    connections.push(subscriber)
    const one = processNamed('one', 15_000, 5000)
    const heard: string[] = []
    one.onChange((workshopId) => heard.push(workshopId))
    subscriber.on('message', (_channel, message: string) => one.deliver(message))
    await subscriber.subscribe('atelier:presence')
    const two = processNamed('two', 15_000, 5000)
    one.changed('w2', 'p1', true)
    two.changed('w2', 'p9', true)
    await waitFor(() => heard.includes('w2'), 5000, 'heard from two')
    expect(heard).toEqual(['w2'])
    await one.close()
    await two.close()
  })
})
