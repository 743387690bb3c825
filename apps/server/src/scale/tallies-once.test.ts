import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setPhase, setVote } from '@atelier/board-model'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { seedWorkshop } from '../seed/seed-workshop.js'
import { splitByParticipants } from '../test-support/campaign.js'
import {
  type Client,
  connect,
  joinWorkshop,
  roleToken,
  startTestServer,
  type TestServer,
  waitFor,
} from '../test-support/harness.js'
import { loadLyon } from '../test-support/lyon.js'
import { startTestRedis, type TestRedis } from '../test-support/redis-server.js'

// Issue 11: "votes and tallies counted once" with two processes holding the
// same board, private room and participant room. The tallies live in the
// workshop's private room; only the board's leader recounts, so a vote is
// written there by one process, not by each.

let redis: TestRedis
let dataDir: string
let a: TestServer
let b: TestServer
const clients: Client[] = []

beforeAll(async () => {
  redis = await startTestRedis()
  dataDir = mkdtempSync(join(tmpdir(), 'atelier-tallies-'))
  a = await startTestServer(dataDir, { redisUrl: redis.url })
  b = await startTestServer(dataDir, { redisUrl: redis.url })
}, 30_000)
afterAll(async () => {
  for (const client of clients) client.destroy()
  await a.stop(false)
  await b.stop(false)
  await redis.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

const open = (server: TestServer, room: string, token: string) => {
  const client = connect(server, room, token)
  clients.push(client)
  return client
}

/** The last stored sequence number of `room`. */
function lastSeq(room: string): number {
  const db = new Database(join(dataDir, 'atelier.sqlite'), { readonly: true })
  try {
    const row = db.prepare('SELECT MAX(seq) AS seq FROM room_updates WHERE room = ?').get(room) as {
      seq: number | null
    }
    return row.seq ?? 0
  } finally {
    db.close()
  }
}

/** The Yjs client ids that wrote the rows of `room` stored after `seq`: one per writing process. */
function writersSince(room: string, seq: number): Set<number> {
  const db = new Database(join(dataDir, 'atelier.sqlite'), { readonly: true })
  try {
    const rows = db
      .prepare('SELECT data FROM room_updates WHERE room = ? AND seq > ?')
      .all(room, seq) as { data: Buffer }[]
    const writers = new Set<number>()
    for (const row of rows)
      for (const struct of Y.decodeUpdate(new Uint8Array(row.data)).structs)
        writers.add(struct.id.client)
    return writers
  } finally {
    db.close()
  }
}

const tallyOf = (privateDoc: Y.Doc, cluster: string) =>
  (privateDoc.getMap('tallies').get(cluster) as number | undefined) ?? 0

describe('votes with two processes on one workshop', () => {
  it('are tallied once, by the board’s leader, and both processes show the count', async () => {
    const [lyonPart] = splitByParticipants(loadLyon(), ['Lyon', 'Villeurbanne'])
    const workshop = await seedWorkshop(a.url, lyonPart!, { WebSocket, until: 'cluster' })
    const cluster = workshop.clusterIds.get('c16')!
    const created = { ...workshop, joinUrl: '', screenUrl: '' }
    // Both processes hold the board, the private room and the phone's room.
    // B opens the board first, so B leads it while A leads the phone's room:
    // the ballot is saved on A and must be counted on B.
    const privateB = open(b, `${workshop.id}:private`, await roleToken(b, created, 'facilitator'))
    const boardB = open(b, workshop.id, await roleToken(b, created, 'facilitator'))
    await Promise.all([privateB.synced, boardB.synced])
    const facilitatorA = open(a, workshop.id, await roleToken(a, created, 'facilitator'))
    await facilitatorA.synced
    setPhase(facilitatorA.doc, 'vote', 'facilitator')
    const phone = await joinWorkshop(a, workshop.code)
    const own = open(a, `${workshop.id}:${phone.participantId}`, phone.token)
    const readerB = open(
      b,
      `${workshop.id}:${phone.participantId}`,
      await roleToken(b, created, 'facilitator'),
    )
    await Promise.all([own.synced, readerB.synced])
    await waitFor(() => boardB.doc.getMap('meta').get('phase') === 'vote', 10_000, 'vote on B')
    const before = lastSeq(`${workshop.id}:private`)

    setVote(own.doc, cluster, 3)
    await waitFor(() => tallyOf(privateB.doc, cluster) === 3, 15_000, 'the tally on B')
    // A fence through both processes: any second recount is stored by then.
    boardB.doc.getMap('meta').set('territory', 'Lyon')
    await waitFor(
      () => facilitatorA.doc.getMap('meta').get('territory') === 'Lyon',
      10_000,
      'fence',
    )
    setVote(own.doc, cluster, 2)
    await waitFor(() => tallyOf(privateB.doc, cluster) === 2, 15_000, 'the second tally on B')
    boardB.doc.getMap('meta').set('territory', 'Villeurbanne')
    await waitFor(
      () => facilitatorA.doc.getMap('meta').get('territory') === 'Villeurbanne',
      10_000,
      'second fence',
    )
    // Every tally write since the vote came from one process, not from both.
    const writers = writersSince(`${workshop.id}:private`, before)
    expect(writers.size).toBe(1)
  }, 60_000)
})
