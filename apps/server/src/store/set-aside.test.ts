import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import {
  type Client,
  connect,
  createWorkshop,
  joinWorkshop,
  startTestServer,
  type TestServer,
  waitFor,
} from '../test-support/harness.js'
import { noteUpdate, noteWithZeroLengthDelete } from '../test-support/hostile-updates.js'

// A room's log is read row by row: a row that does not apply (written by an
// older relay, or damaged on disk) is set aside and the room loads with
// everything else, instead of one mergeUpdates over the log failing for good.

let server: TestServer
const clients: Client[] = []
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await server.stop()
})

function withDb<T>(dataDir: string, use: (db: Database.Database) => T): T {
  const db = new Database(join(dataDir, 'atelier.sqlite'))
  try {
    return use(db)
  } finally {
    db.close()
  }
}

describe('loading a room row by row', () => {
  it('sets aside rows that do not apply, counts them, and loads the rest', async () => {
    server = await startTestServer()
    const workshop = await createWorkshop(server)
    const phone = await joinWorkshop(server, workshop.code)
    const room = `${workshop.id}:${phone.participantId}`
    const first = connect(server, room, phone.token)
    clients.push(first)
    await first.synced
    first.doc.getMap('notes').set('avant', 'écrite avant')
    await waitFor(() => server.registry.peek(room)?.doc.getMap('notes').has('avant') === true)
    for (const client of clients.splice(0)) client.destroy()
    await server.stop(false)

    // What an older relay stored: garbage, a note Yjs throws on halfway, then a good row.
    withDb(server.dataDir, (db) => {
      const insert = db.prepare('INSERT INTO room_updates (room, data) VALUES (?, ?)')
      insert.run(room, Buffer.from([7, 7, 7]))
      insert.run(room, noteWithZeroLengthDelete(31))
      insert.run(room, noteUpdate(32))
    })

    server = await startTestServer(server.dataDir)
    const again = connect(server, room, phone.token)
    clients.push(again)
    await again.synced
    const notes = again.doc.getMap('notes')
    expect(notes.get('avant')).toBe('écrite avant')
    expect(notes.has('n32')).toBe(true)
    expect(notes.has('n31')).toBe(false)

    const metrics = await (await fetch(`${server.url}/metrics`)).text()
    expect(metrics).toMatch(/^atelier_store_rows_set_aside_total 2$/m)
    const { aside, left } = withDb(server.dataDir, (db) => ({
      aside: db.prepare('SELECT COUNT(*) AS n FROM room_set_aside WHERE room = ?').get(room),
      left: db.prepare('SELECT COUNT(*) AS n FROM room_updates WHERE room = ?').get(room),
    }))
    expect(aside).toEqual({ n: 2 })
    expect(left).toEqual({ n: 1 })
  })
})
