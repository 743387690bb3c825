import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { killHard, spawnServer } from '../test-support/child-server.js'
import {
  type Client,
  connect,
  createWorkshop,
  joinWorkshop,
  rawNote,
  roleToken,
  waitFor,
} from '../test-support/harness.js'
import { startTestNginx, type TestNginx } from '../test-support/nginx.js'
import { usePostgres } from '../test-support/postgres.js'
import { startTestRedis, type TestRedis } from '../test-support/redis-server.js'

// Issue 11, "Done means": two server processes on different ports behind
// nginx (the repository's deploy/nginx rules), one PostgreSQL, one Redis.
// Clients split across both converge; killing one process with kill -9
// loses no acknowledged update and its clients reconnect through nginx to
// the other. Every socket goes through nginx, round-robin, no stickiness.

const postgres = usePostgres()
let redis: TestRedis
let nginx: TestNginx
let dataDir: string
const processes: { url: string; child: ChildProcess }[] = []
const clients: Client[] = []

beforeAll(async () => {
  redis = await startTestRedis()
  dataDir = mkdtempSync(join(tmpdir(), 'atelier-nginx-data-'))
  const env = {
    DATABASE_URL: await postgres.database(),
    REDIS_URL: redis.url,
    ATELIER_SECRET: randomBytes(24).toString('base64url'),
    TRUSTED_PROXIES: '127.0.0.1',
  }
  // Each process its own DATA_DIR, as on two machines: they share only the database, Redis and the secret.
  for (let i = 0; i < 2; i++) processes.push(await spawnServer(join(dataDir, `p${i}`), env))
  nginx = await startTestNginx(processes.map((p) => new URL(p.url).host))
}, 60_000)

afterAll(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await nginx?.stop()
  for (const { child } of processes)
    if (child.exitCode === null && child.signalCode === null) await killHard(child)
  await redis?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

function open(room: string, token: string): Client {
  const client = connect(nginx, room, token)
  clients.push(client)
  return client
}

async function connectionsOn(url: string): Promise<number> {
  const health = (await (await fetch(`${url}/healthz`)).json()) as { connections: number }
  return health.connections
}

const notesOf = (doc: Y.Doc) => [...doc.getMap('notes').keys()].sort()

describe('two processes behind nginx', () => {
  let workshop: Awaited<ReturnType<typeof createWorkshop>>
  let boards: Client[]
  let phones: Client[]
  const written: string[] = []

  it('spreads clients over both processes, and they converge', async () => {
    workshop = await createWorkshop(nginx)
    const facilitatorToken = await roleToken(nginx, workshop, 'facilitator')
    const screenToken = await roleToken(nginx, workshop, 'screen')
    boards = [open(workshop.id, facilitatorToken), open(workshop.id, screenToken)]
    phones = []
    for (let i = 0; i < 4; i++) {
      const joined = await joinWorkshop(nginx, workshop.code, `Associé ${i}`)
      phones.push(open(`${workshop.id}:${joined.participantId}`, joined.token))
      boards.push(open(workshop.id, joined.token))
    }
    await Promise.all([...boards, ...phones].map((client) => client.synced))
    // Round-robin: both processes hold sockets of this workshop.
    for (const { url } of processes) expect(await connectionsOn(url)).toBeGreaterThan(0)

    phones.forEach((phone, i) => {
      rawNote(phone.doc, `avant-${i}`, `Idée ${i} avant la panne`)
      written.push(`avant-${i}`)
    })
    for (const board of boards)
      await waitFor(
        () => notesOf(board.doc).length === written.length,
        15_000,
        'every board has every note',
      )
    for (const board of boards) expect(notesOf(board.doc)).toEqual([...written].sort())
  }, 60_000)

  it('after kill -9 of one process, every acknowledged note survives and its clients carry on through the other', async () => {
    // Acknowledged: the first test saw every note on every board, and a
    // process relays only what the store holds.
    const victim = processes[0]!
    await killHard(victim.child)
    phones.forEach((phone, i) => {
      rawNote(phone.doc, `apres-${i}`, `Idée ${i} après la panne`)
      written.push(`apres-${i}`)
    })
    // The victim's clients reconnected through nginx to the survivor, re-sent what it lacked, and sync.
    for (const board of boards)
      await waitFor(
        () => notesOf(board.doc).length === written.length,
        30_000,
        'every note after the crash',
      )
    for (const board of boards) expect(notesOf(board.doc)).toEqual([...written].sort())

    // A client that joins now, only the survivor left, reads everything from the store.
    const late = open(workshop.id, await roleToken(nginx, workshop, 'screen'))
    await late.synced
    expect(notesOf(late.doc)).toEqual([...written].sort())
  }, 90_000)
})
