import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import {
  createWorkshop,
  rawNote,
  roleToken,
  serverForEachTest,
  waitFor,
} from '../test-support/harness.js'

// When Yjs throws while applying an update that passed every check, the
// document may be half changed: nothing of it is stored or relayed, the
// room is dropped from memory (with the rooms that hold it) and its peers
// reconnect to a room reloaded from the store.

const t = serverForEachTest()

describe('an update whose application throws', () => {
  it('changes nothing durable, and the room and its phones recover by reloading', async () => {
    const workshop = await createWorkshop(t.server)
    const token = await roleToken(t.server, workshop, 'facilitator')
    const writer = t.open(workshop.id, token)
    const reader = t.open(workshop.id, token)
    const phone = await t.phone(workshop)
    await Promise.all([writer.synced, reader.synced])
    const board = t.server.registry.peek(workshop.id)!
    const participantRoom = t.server.registry.peek(`${workshop.id}:${phone.participantId}`)!

    // Stands for a Yjs bug: the next transaction of a peer throws in its cleanup.
    let armed = true
    board.doc.on('afterTransaction', (transaction) => {
      if (armed && transaction.origin !== null && typeof transaction.origin === 'object') {
        armed = false
        throw new Error('Unexpected case')
      }
    })
    writer.doc.getMap('notes').set('perdue', 'jamais stockée')
    await waitFor(() => t.server.registry.peek(workshop.id) !== board, 5000, 'the board dropped')
    expect(stored(t.server.dataDir, workshop.id, 'jamais stockée')).toBe(false)
    expect(reader.doc.getMap('notes').has('perdue')).toBe(false)
    // The room that held the board (the phone's own document) is dropped with it.
    expect(t.server.registry.peek(participantRoom.name)).not.toBe(participantRoom)

    // Everyone reconnects to a board reloaded from the store.
    const fresh = t.open(workshop.id, token)
    await fresh.synced
    // The writer's provider reconnects and re-sends it: now it is stored and relayed.
    await waitFor(() => fresh.doc.getMap('notes').has('perdue'), 10_000, 'the note re-sent')

    // And the phone's notes reach the new board: its own room was reloaded and linked again.
    await waitFor(() => phone.own.provider.wsconnected && phone.own.provider.synced, 10_000)
    rawNote(phone.own.doc, 'apres', 'Après le rechargement')
    await waitFor(
      () =>
        [...fresh.doc.getMap<{ get(k: string): unknown }>('notes').values()].some(
          (note) => typeof note === 'object' && note?.get?.('text') === 'Après le rechargement',
        ),
      10_000,
      'the phone note ingested into the reloaded board',
    )
  })
})

/** Whether any stored row or snapshot of `room` holds `text`. */
function stored(dataDir: string, room: string, text: string): boolean {
  const db = new Database(join(dataDir, 'atelier.sqlite'), { readonly: true })
  try {
    const rows = db
      .prepare(
        'SELECT data FROM room_updates WHERE room = ? UNION ALL SELECT data FROM room_snapshots WHERE room = ?',
      )
      .all(room, room) as { data: Buffer }[]
    return rows.some((row) => row.data.includes(Buffer.from(text)))
  } finally {
    db.close()
  }
}
