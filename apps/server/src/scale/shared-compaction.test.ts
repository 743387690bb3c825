import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { openSqlite } from '../store/sqlite-database.js'
import { SqliteRoomStore } from '../store/sqlite-room-store.js'
import type { Peer } from '../sync/room.js'
import { Room } from '../sync/room.js'
import { waitFor } from '../test-support/harness.js'

// Issue 11: "Compaction never deletes updates another process has appended
// but this one has not seen." Two rooms of the same name on one database
// stand for two processes; the bus between them is cut, so the leader's
// memory lacks what the other stored.

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const writer = (): Peer => ({
  canWrite: true,
  seesPresence: true,
  label: 'facilitator',
  send() {},
  awarenessIds: new Set(),
})

function write(room: Room, key: string, value: string): void {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(room.doc))
  const before = Y.encodeStateVector(doc)
  doc.getMap('meta').set(key, value)
  room.receive(writer(), { type: 'sync-update', update: Y.encodeStateAsUpdate(doc, before) })
}

describe('compaction with several processes on one log', () => {
  it('keeps the rows another process stored and this one never received', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atelier-shared-'))
    dirs.push(dir)
    const db = openSqlite(dir)
    const store = new SqliteRoomStore(db)
    const leader = new Room('w1', store)
    const other = new Room('w1', store)
    await leader.load()
    await other.load()
    // Both append to the same log; nothing is relayed between them.
    leader.linkBus(() => {})
    other.linkBus(() => {})
    other.leadership.set(false)

    write(leader, 'a', 'du leader')
    write(other, 'b', "de l'autre processus")
    await store.flush?.()
    expect(leader.doc.getMap('meta').has('b')).toBe(false)

    leader.compact()
    await waitFor(
      () => leader.doc.getMap('meta').get('b') === "de l'autre processus",
      5000,
      'caught up',
    )
    await waitFor(async () => (await store.load('w1')).rows[0]?.snapshot === true, 5000, 'snapshot')

    const fresh = new Room('w1', store)
    await fresh.load()
    expect(fresh.doc.getMap('meta').toJSON()).toEqual({ a: 'du leader', b: "de l'autre processus" })
    for (const room of [leader, other, fresh]) room.destroy()
    await store.close()
    db.close()
  })

  it('never lets an older snapshot replace a newer one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atelier-shared-'))
    dirs.push(dir)
    const db = openSqlite(dir)
    const store = new SqliteRoomStore(db)
    const full = new Y.Doc()
    full.getMap('meta').set('a', 1)
    const seqA = await store.append('w2', Y.encodeStateAsUpdate(full))
    const older = Y.encodeStateAsUpdate(full)
    full.getMap('meta').set('b', 2)
    const seqB = await store.append('w2', Y.encodeStateAsUpdate(full))

    store.compact('w2', Y.encodeStateAsUpdate(full), seqB)
    // A slower process compacting what it read earlier comes second.
    store.compact('w2', older, seqA)

    const reloaded = new Y.Doc()
    for (const row of (await store.load('w2')).rows) Y.applyUpdate(reloaded, row.data)
    expect(reloaded.getMap('meta').toJSON()).toEqual({ a: 1, b: 2 })
    await store.close()
    db.close()
  })
})
