import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { addOwnNote, readBoard } from '@atelier/board-model'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { killHard, spawnServer } from './test-support/child-server.js'
import {
  type Client,
  connect,
  createWorkshop,
  joinWorkshop,
  roleToken,
  waitFor,
} from './test-support/harness.js'
import { usePostgres } from './test-support/postgres.js'

// The built server (dist/main.js, as `pnpm start` runs it) with DATABASE_URL
// set: real phones write notes through the stock websocket provider, the
// server is killed with -9, a new process on the same database holds every
// note the facilitator had seen, once. DATA_DIR keeps only the token secret.

const postgres = usePostgres()
const dataDir = mkdtempSync(join(tmpdir(), 'atelier-pg-kill9-'))
const clients: Client[] = []
afterAll(() => {
  for (const client of clients) client.destroy()
  rmSync(dataDir, { recursive: true, force: true })
})

async function rowsOf(url: string, room: string): Promise<number> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query<{ n: string }>(
      `SELECT (SELECT COUNT(*) FROM room_updates WHERE room = $1)
            + (SELECT COUNT(*) FROM room_snapshots WHERE room = $1) AS n`,
      [room],
    )
    return Number(rows[0]!.n)
  } finally {
    await client.end()
  }
}

describe('the server on PostgreSQL', () => {
  it('keeps every note phones sent across kill -9 and a restart, each once', async () => {
    const url = await postgres.database()
    const env = { DATABASE_URL: url }
    const first = await spawnServer(dataDir, env)
    const server = { url: first.url }
    const workshop = await createWorkshop(server, { template: 'congress' })
    const facilitator = connect(
      server,
      workshop.id,
      await roleToken(server, workshop, 'facilitator'),
    )
    clients.push(facilitator)
    const phones = await Promise.all(
      ['Amandine', 'Karim', 'Sophie'].map((name) => joinWorkshop(server, workshop.code, name)),
    )
    const phoneClients = phones.map((p) =>
      connect(server, `${workshop.id}:${p.participantId}`, p.token),
    )
    clients.push(...phoneClients)
    await Promise.all([facilitator.synced, ...phoneClients.map((c) => c.synced)])

    phoneClients.forEach((client, i) => {
      for (let n = 0; n < 10; n++)
        addOwnNote(client.doc, {
          text: `Idée ${n} de ${i}`,
          dimension: n % 2 ? 'vision' : 'reseau',
        })
    })
    await waitFor(
      () => Object.keys(readBoard(facilitator.doc).notes).length === 30,
      15_000,
      '30 notes relayed to the facilitator',
    )
    // In PostgreSQL, not in a SQLite file.
    expect(await rowsOf(url, workshop.id)).toBeGreaterThan(0)
    expect(existsSync(join(dataDir, 'atelier.sqlite'))).toBe(false)

    await killHard(first.child)
    for (const client of [...phoneClients, facilitator]) client.provider.destroy()

    const second = await spawnServer(dataDir, env)
    const restarted = { url: second.url }
    try {
      // The phones come back with their documents, as a reloaded page with IndexedDB would.
      const back = phones.map((p, i) =>
        connect(restarted, `${workshop.id}:${p.participantId}`, p.token, phoneClients[i]!.doc),
      )
      clients.push(...back)
      await Promise.all(back.map((c) => c.synced))
      const screen = connect(restarted, workshop.id, await roleToken(restarted, workshop, 'screen'))
      clients.push(screen)
      await screen.synced
      const texts = Object.values(readBoard(screen.doc).notes).map((n) => n.text)
      expect(texts).toHaveLength(30)
      expect(new Set(texts)).toEqual(
        new Set(
          [0, 1, 2].flatMap((i) => Array.from({ length: 10 }, (_, n) => `Idée ${n} de ${i}`)),
        ),
      )
      // A new phone joins the restarted server: the catalog is in PostgreSQL too.
      const late = await joinWorkshop(restarted, workshop.code, 'Lina')
      const lateClient = connect(restarted, `${workshop.id}:${late.participantId}`, late.token)
      clients.push(lateClient)
      await lateClient.synced
      addOwnNote(lateClient.doc, { text: 'Après le redémarrage', dimension: 'vision' })
      await waitFor(
        () =>
          Object.values(readBoard(screen.doc).notes).some((n) => n.text === 'Après le redémarrage'),
        15_000,
        'a note after the restart reaches the screen',
      )
    } finally {
      await killHard(second.child)
    }
  })
})
