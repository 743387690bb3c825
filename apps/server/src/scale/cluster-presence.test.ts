import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  type Client,
  connect,
  createWorkshop,
  joinWorkshop,
  roleToken,
  startTestServer,
  type TestServer,
  waitFor,
} from '../test-support/harness.js'
import { startTestRedis, type TestRedis } from '../test-support/redis-server.js'

// The people count on the screens, with two processes behind a load balancer
// (issue 11): distinct participants with a socket on any process, published
// once on the board whichever process a screen reaches. Two real servers on
// one database, a real redis-server, stock providers.

let redis: TestRedis
let dataDir: string
let a: TestServer
let b: TestServer
const clients: Client[] = []

beforeAll(async () => {
  redis = await startTestRedis()
})
afterAll(async () => {
  await redis.stop()
})
beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'atelier-presence-'))
  const options = { redisUrl: redis.url, syncLimits: { presenceIntervalMs: 100 } }
  a = await startTestServer(dataDir, options)
  b = await startTestServer(dataDir, options)
})
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await a.stop(false)
  await b.stop(false)
  rmSync(dataDir, { recursive: true, force: true })
})

function open(server: TestServer, room: string, token: string): Client {
  const client = connect(server, room, token)
  clients.push(client)
  return client
}

/** Every `{ server: { participants } }` state a screen's stock provider holds. */
function serverCounts(screen: Client): number[] {
  const counts: number[] = []
  for (const state of screen.provider.awareness.getStates().values()) {
    const n = (state as { server?: { participants?: number } }).server?.participants
    if (typeof n === 'number') counts.push(n)
  }
  return counts
}

/** The client id of the one server state a screen holds. */
function serverStateId(screen: Client): number | undefined {
  for (const [id, state] of screen.provider.awareness.getStates())
    if ((state as { server?: unknown }).server) return id
  return undefined
}

/** Both screens show `n` from exactly one server state. */
async function bothShow(screens: Client[], n: number, what: string): Promise<void> {
  for (const screen of screens)
    await waitFor(() => serverCounts(screen).join() === String(n), 10_000, what)
}

describe('the people count over two processes', () => {
  it('counts a phone with sockets on both processes once, on a screen of either, and follows leaves', async () => {
    const workshop = await createWorkshop(a)
    const onA = open(a, workshop.id, await roleToken(a, workshop, 'screen'))
    const onB = open(b, workshop.id, await roleToken(b, workshop, 'screen'))
    await Promise.all([onA.synced, onB.synced])
    await bothShow([onA, onB], 0, 'nobody yet')

    // One phone: the board through A, its own document through B.
    const first = await joinWorkshop(a, workshop.code)
    const firstBoard = open(a, workshop.id, first.token)
    const firstOwn = open(b, `${workshop.id}:${first.participantId}`, first.token)
    await Promise.all([firstBoard.synced, firstOwn.synced])
    await bothShow([onA, onB], 1, 'one phone, two processes')

    // Another phone on B only.
    const second = await joinWorkshop(b, workshop.code)
    const secondBoard = open(b, workshop.id, second.token)
    await secondBoard.synced
    await bothShow([onA, onB], 2, 'two phones')

    // The first phone leaves: both of its sockets close.
    firstBoard.destroy()
    firstOwn.destroy()
    await bothShow([onA, onB], 1, 'the first phone left')
    secondBoard.destroy()
    await bothShow([onA, onB], 0, 'everyone left')
  })

  it('when the leading process unloads the board, the other one takes over the count', async () => {
    const workshop = await createWorkshop(a)
    // A loads the board first: it leads and publishes.
    const onA = open(a, workshop.id, await roleToken(a, workshop, 'screen'))
    await onA.synced
    const onB = open(b, workshop.id, await roleToken(b, workshop, 'screen'))
    await onB.synced
    const phone = await joinWorkshop(b, workshop.code)
    open(b, workshop.id, phone.token)
    await bothShow([onA, onB], 1, 'the phone')
    const fromA = serverStateId(onB)

    // A's only screen leaves: A unloads the board and gives up its lease.
    onA.destroy()
    await waitFor(
      () => serverStateId(onB) !== fromA && serverCounts(onB).join() === '1',
      15_000,
      'B publishing the count',
    )
  })

  it('a process that shuts down stops counting its participants at once', async () => {
    const workshop = await createWorkshop(a)
    const screen = open(a, workshop.id, await roleToken(a, workshop, 'screen'))
    await screen.synced
    const phone = await joinWorkshop(b, workshop.code)
    open(b, workshop.id, phone.token)
    await waitFor(() => serverCounts(screen).join() === '1', 10_000, 'the phone on B')
    await b.stop(false)
    b = await startTestServer(dataDir, { redisUrl: redis.url })
    await waitFor(() => serverCounts(screen).join() === '0', 10_000, 'B is gone')
    expect(serverCounts(screen)).toEqual([0])
  })
})
