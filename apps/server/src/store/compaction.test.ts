import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import {
  type Client,
  connect,
  createWorkshop,
  roleToken,
  startTestServer,
  type TestServer,
  waitFor,
} from '../test-support/harness.js'

let server: TestServer
const clients: Client[] = []
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await server.stop()
})

const countRows = (dataDir: string, workshopId: string) => {
  // A second, read-only connection to the live file: what is really on disk.
  const db = new Database(join(dataDir, 'atelier.sqlite'), { readonly: true })
  try {
    const updates = db
      .prepare('SELECT COUNT(*) AS n FROM room_updates WHERE room = ?')
      .get(workshopId) as { n: number }
    const snapshot = db
      .prepare('SELECT COUNT(*) AS n FROM room_snapshots WHERE room = ?')
      .get(workshopId) as { n: number }
    return { updates: updates.n, snapshots: snapshot.n }
  } finally {
    db.close()
  }
}

describe('compaction', () => {
  it('folds a busy room into a snapshot in the background and loses nothing', async () => {
    server = await startTestServer()
    const workshop = await createWorkshop(server)
    const token = await roleToken(server, workshop, 'facilitator')
    const writer = connect(server, workshop.id, token)
    const reader = connect(server, workshop.id, token)
    clients.push(writer, reader)
    await Promise.all([writer.synced, reader.synced])

    const list = writer.doc.getArray<number>('drags')
    for (let i = 0; i < 700; i++) list.push([i]) // 700 updates, as a facilitator dragging notes
    await waitFor(() => reader.doc.getArray('drags').length === 700, 10_000, 'updates relayed')
    // While the room is still open, the log is folded into the snapshot.
    await waitFor(() => countRows(server.dataDir, workshop.id).updates < 300, 5000, 'log compacted')
    expect(countRows(server.dataDir, workshop.id).snapshots).toBe(1)

    for (const client of clients.splice(0)) client.destroy()
    await server.close()
    server = await startTestServer(server.dataDir)
    const again = connect(server, workshop.id, await roleToken(server, workshop, 'facilitator'))
    clients.push(again)
    await again.synced
    expect(again.doc.getArray('drags').toArray()).toEqual(Array.from({ length: 700 }, (_, i) => i))
    expect(again.doc.getMap('meta').get('title')).toBe('Atelier de test')
  })
})
