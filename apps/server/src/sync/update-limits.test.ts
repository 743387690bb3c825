import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import {
  createWorkshop,
  joinWorkshop,
  roleToken,
  startTestServer,
  type TestServer,
  waitFor,
} from '../test-support/harness.js'
import { gapUpdate, manyClients, noteUpdate } from '../test-support/hostile-updates.js'
import { openRaw, type RawSocket } from '../test-support/raw-socket.js'
import { encodeUpdate } from './protocol.js'

// Updates that cost the server memory, disk or load time out of proportion:
// clock gaps held as pending structs, hundreds of thousands of client ids,
// frames larger than the document they write.

let server: TestServer
const sockets: RawSocket[] = []
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.ws.terminate()
  await server.stop()
})

/** Bytes stored for a room, snapshot and log, read from the live SQLite file. */
function storedBytes(room: string): number {
  const db = new Database(join(server.dataDir, 'atelier.sqlite'), { readonly: true })
  try {
    const sum = (sql: string) => (db.prepare(sql).get(room) as { n: number | null }).n ?? 0
    return (
      sum('SELECT SUM(LENGTH(data)) AS n FROM room_updates WHERE room = ?') +
      sum('SELECT SUM(LENGTH(data)) AS n FROM room_snapshots WHERE room = ?')
    )
  } finally {
    db.close()
  }
}

async function phoneRoom(options: Parameters<typeof startTestServer>[1] = {}) {
  server = await startTestServer(undefined, options)
  const workshop = await createWorkshop(server)
  const phone = await joinWorkshop(server, workshop.code)
  const room = `${workshop.id}:${phone.participantId}`
  const socket = await openRaw(server, room, phone.token)
  sockets.push(socket)
  return { workshop, room, socket }
}

/**
 * Sends `update`, then an honest note, and waits until the note is in the
 * server's document and the answer to a later query-awareness came back (so
 * every refusal sent before it has arrived).
 */
async function sendThenNote(socket: RawSocket, room: string, update: Uint8Array, client: number) {
  socket.send(encodeUpdate(update))
  socket.send(encodeUpdate(noteUpdate(client)))
  const seen = socket.frames.length
  socket.send(new Uint8Array([3]))
  await waitFor(
    () => socket.frames.slice(seen).some((frame) => frame[0] === 1),
    5000,
    'the query-awareness answer',
  )
  expect(server.registry.peek(room)?.doc.getMap('notes').has(`n${client}`)).toBe(true)
}

describe('updates that would leave pending structs', () => {
  it('are refused in a participant room, and a later small update stores only itself', async () => {
    const { room, socket } = await phoneRoom()
    for (let i = 0; i < 4; i++) socket.send(encodeUpdate(gapUpdate(77, 1000 + i, 512 * 1024)))
    await sendThenNote(socket, room, new Uint8Array([0, 0]), 88)
    expect(socket.denied().filter((d) => d.startsWith('out-of-order: client 77'))).toHaveLength(4)
    const doc = server.registry.peek(room)!.doc
    expect(doc.store.pendingStructs).toBeNull()
    // Today the honest 100-byte note wrote the 2 MB of pending structs with it.
    expect(storedBytes(room)).toBeLessThan(20_000)
  })

  it('are refused on the board too', async () => {
    server = await startTestServer()
    const workshop = await createWorkshop(server)
    const socket = await openRaw(
      server,
      workshop.id,
      await roleToken(server, workshop, 'facilitator'),
    )
    sockets.push(socket)
    await sendThenNote(socket, workshop.id, gapUpdate(66, 5, 256 * 1024), 99)
    expect(socket.denied()).toContainEqual(expect.stringMatching(/^out-of-order: client 66/))
    expect(server.registry.peek(workshop.id)!.doc.store.pendingStructs).toBeNull()
    expect(storedBytes(workshop.id)).toBeLessThan(50_000)
  })
})

describe('client ids and the participant quota', () => {
  it('refuses one update naming thousands of new client ids', async () => {
    const { room, socket } = await phoneRoom()
    await sendThenNote(socket, room, manyClients(5000), 11)
    expect(socket.denied()).toContainEqual(
      expect.stringMatching(/^too-many-clients: an update may name 1000 new client ids/),
    )
    expect(server.registry.peek(room)!.doc.store.clients.size).toBeLessThan(5)
  })

  it('caps the client ids a participant document holds', async () => {
    const { room, socket } = await phoneRoom({
      syncLimits: { maxClientsPerParticipantDocument: 30 },
    })
    await sendThenNote(socket, room, manyClients(20, 1), 12)
    await sendThenNote(socket, room, manyClients(20, 100), 13)
    // The first 20 ids and two honest clients fit in 30; 20 more do not.
    expect(socket.denied()).toEqual(['quota-exceeded: this document may hold 30 client ids'])
    const clients = server.registry.peek(room)!.doc.store.clients
    expect(clients.has(1) && !clients.has(100)).toBe(true)
  })

  it('judges the quota on the frame, not only on what is already stored', async () => {
    const { room, socket } = await phoneRoom()
    await sendThenNote(socket, room, noteUpdate(21, 'x'.repeat(1_500_000)), 22)
    expect(socket.denied()).toContainEqual(
      expect.stringMatching(/^quota-exceeded: an update may hold 1048576 bytes/),
    )
    expect(server.registry.peek(room)!.doc.getMap('notes').has('n21')).toBe(false)
    expect(storedBytes(room)).toBeLessThan(20_000)
  })
})
