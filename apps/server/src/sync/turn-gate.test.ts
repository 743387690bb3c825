import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import {
  type CreatedWorkshop,
  createWorkshop,
  roleToken,
  startTestServer,
  type TestServer,
} from '../test-support/harness.js'
import { TurnGate } from './turn-gate.js'

const turn = () => new Promise<void>((resolve) => setImmediate(resolve))

describe('TurnGate', () => {
  it('lets perTurn requests through in a turn and the rest in the turns after, in order', async () => {
    const gate = new TurnGate(3)
    const through: number[] = []
    const all = Array.from({ length: 8 }, (_, i) => gate.pass().then(() => through.push(i)))
    await Promise.resolve()
    expect(through).toEqual([0, 1, 2])
    expect(gate.queued).toBe(5)
    await turn()
    expect(through).toEqual([0, 1, 2, 3, 4, 5])
    await turn()
    expect(through).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
    await Promise.all(all)
    expect(gate.queued).toBe(0)
  })

  it('lets a timer run between two turns of a burst: the loop is not held', async () => {
    const gate = new TurnGate(2)
    let through = 0
    let timerSawThrough = -1
    setTimeout(() => {
      timerSawThrough = through
    }, 0)
    // Each request works 0.2 ms: 8 ms in all, past the timer's 1 ms.
    const work = () => {
      const until = performance.now() + 0.2
      while (performance.now() < until);
      through++
    }
    await Promise.all(Array.from({ length: 40 }, () => gate.pass().then(work)))
    expect(through).toBe(40)
    expect(timerSawThrough).toBeGreaterThanOrEqual(0)
    expect(timerSawThrough).toBeLessThan(40)
  })

  it('lets a request through at once again after a quiet turn', async () => {
    const gate = new TurnGate(1)
    await Promise.all([gate.pass(), gate.pass()])
    await turn()
    await turn()
    let through = false
    void gate.pass().then(() => {
      through = true
    })
    await Promise.resolve()
    expect(through).toBe(true)
  })
})

describe('a storm of upgrades through a small gate', () => {
  let server: TestServer
  let workshop: CreatedWorkshop

  beforeAll(async () => {
    server = await startTestServer(undefined, { syncLimits: { admitPerTurn: 2 } })
    workshop = await createWorkshop(server)
  })
  afterAll(() => server.stop())

  it('opens every socket, 2 a turn, and the room answers each', async () => {
    const token = await roleToken(server, workshop, 'screen')
    const url = `${server.url.replace(/^http/, 'ws')}/sync/${workshop.id}?token=${encodeURIComponent(token)}`
    const sockets = Array.from({ length: 30 }, () => new WebSocket(url))
    const opened = sockets.map(
      (ws) =>
        new Promise<void>((resolve, reject) => {
          ws.once('open', () => resolve())
          ws.once('error', reject)
        }),
    )
    const firstMessages = sockets.map(
      (ws) =>
        new Promise<Buffer>((resolve) => ws.once('message', (data) => resolve(data as Buffer))),
    )
    await Promise.all(opened)
    // Each socket got the server's sync step 1 or its answer: the room served all of them.
    expect((await Promise.all(firstMessages)).every((m) => m.length > 0)).toBe(true)
    for (const ws of sockets) ws.close()
  })
})
