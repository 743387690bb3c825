import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { startServer } from '../server.js'
import {
  type Client,
  connect,
  createWorkshop,
  roleToken,
  waitFor,
} from '../test-support/harness.js'
import { usePostgres } from '../test-support/postgres.js'
import { openPostgresStorage } from './postgres-storage.js'

// compaction.test.ts on PostgreSQL, in process: a facilitator's 700 drags
// are relayed (each stored first), the log is folded into a snapshot in the
// background while the room is open, and a new server on the same database
// has every one of them.

const postgres = usePostgres()
const dataDir = mkdtempSync(join(tmpdir(), 'atelier-pg-compact-'))
const clients: Client[] = []
afterAll(() => {
  for (const client of clients) client.destroy()
  rmSync(dataDir, { recursive: true, force: true })
})

async function countRows(url: string, room: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const count = async (table: string) =>
      Number(
        (await client.query(`SELECT COUNT(*) AS n FROM ${table} WHERE room = $1`, [room])).rows[0]
          .n,
      )
    return { updates: await count('room_updates'), snapshots: await count('room_snapshots') }
  } finally {
    await client.end()
  }
}

const serverOn = async (url: string) =>
  startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    storage: await openPostgresStorage(url),
  })

describe('compaction on PostgreSQL', () => {
  it('folds a busy room into a snapshot in the background and loses nothing', async () => {
    const url = await postgres.database()
    let server = await serverOn(url)
    try {
      const workshop = await createWorkshop(server)
      const token = await roleToken(server, workshop, 'facilitator')
      const writer = connect(server, workshop.id, token)
      const reader = connect(server, workshop.id, token)
      clients.push(writer, reader)
      await Promise.all([writer.synced, reader.synced])

      const list = writer.doc.getArray<number>('drags')
      for (let i = 0; i < 700; i++) list.push([i])
      await waitFor(() => reader.doc.getArray('drags').length === 700, 15_000, 'updates relayed')
      // While the room is still open, the log is folded into the snapshot.
      await waitFor(
        async () => (await countRows(url, workshop.id)).updates < 300,
        10_000,
        'log compacted',
      )
      expect((await countRows(url, workshop.id)).snapshots).toBe(1)

      for (const client of clients.splice(0)) client.destroy()
      await server.close()
      server = await serverOn(url)
      const again = connect(server, workshop.id, await roleToken(server, workshop, 'facilitator'))
      clients.push(again)
      await again.synced
      expect(again.doc.getArray('drags').toArray()).toEqual(
        Array.from({ length: 700 }, (_, i) => i),
      )
      expect(again.doc.getMap('meta').get('title')).toBe('Atelier de test')
    } finally {
      await server.close()
    }
  })
})
