import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Storage } from '../storage.js'
import type { RoomStore, StoredState } from '../types.js'
import { opened, randomName, type StorageFixture } from './fixture.js'

/** An update that sets `notes[key] = text` on a fresh client. */
function noteUpdate(key: string, text: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getMap('notes').set(key, text)
  const update = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return update
}

/** The notes a stored state holds once every row is applied in order. */
function notesOf(state: StoredState): Record<string, unknown> {
  const doc = new Y.Doc()
  for (const row of state.rows) Y.applyUpdate(doc, row.data)
  const notes = doc.getMap('notes').toJSON()
  doc.destroy()
  return notes
}

const bytes = (data: Uint8Array) => [...data]
const appendAll = (store: RoomStore, room: string, updates: Uint8Array[]) =>
  Promise.all(updates.map((update) => store.append(room, update)))

/**
 * The `RoomStore` contract every implementation passes (memory, SQLite,
 * PostgreSQL): the invariants `RoomLog` and the "stored before relayed"
 * promise rely on.
 */
export function describeRoomStoreContract(name: string, fixture: StorageFixture): void {
  const storages = opened(fixture)
  const store = async (): Promise<{ storage: Storage; rooms: RoomStore }> => {
    const storage = await storages.open()
    return { storage, rooms: storage.roomStore }
  }

  describe(`RoomStore contract: ${name}`, () => {
    it('loads an unknown room as empty', async () => {
      const { rooms } = await store()
      expect(await rooms.load(randomName('room'))).toEqual({
        rows: [],
        lastSeq: 0,
        pendingCount: 0,
      })
    })

    it('gives increasing sequence numbers in append order, per room, bytes intact', async () => {
      const { rooms } = await store()
      const [a, b] = [randomName('a'), randomName('b')]
      const every = new Uint8Array(256).map((_, i) => i)
      // Appends of one turn (one group commit), interleaved across two rooms.
      const seqs = await Promise.all([
        rooms.append(a, noteUpdate('a1', 'un')),
        rooms.append(b, every),
        rooms.append(a, noteUpdate('a2', 'deux')),
        rooms.append(a, noteUpdate('a3', 'trois')),
      ])
      expect(seqs).toEqual([...seqs].sort((x, y) => x - y))
      expect(new Set(seqs).size).toBe(4)
      const later = await rooms.append(a, noteUpdate('a4', 'quatre'))
      expect(later).toBeGreaterThan(seqs[3]!)

      const loaded = await rooms.load(a)
      expect(loaded.rows.map((row) => row.seq)).toEqual([seqs[0], seqs[2], seqs[3], later])
      expect(loaded.rows.some((row) => row.snapshot)).toBe(false)
      expect(loaded.lastSeq).toBe(later)
      expect(loaded.pendingCount).toBe(4)
      expect(notesOf(loaded)).toEqual({ a1: 'un', a2: 'deux', a3: 'trois', a4: 'quatre' })
      const other = await rooms.load(b)
      expect(other.rows.map((row) => bytes(row.data))).toEqual([bytes(every)])
    })

    it('keeps a thousand appends of one turn in order', async () => {
      const { rooms } = await store()
      const room = randomName('burst')
      const updates = Array.from({ length: 1000 }, (_, i) => new Uint8Array([i % 256, i >> 8]))
      const seqs = await appendAll(rooms, room, updates)
      expect(seqs).toEqual([...seqs].sort((x, y) => x - y))
      const loaded = await rooms.load(room)
      expect(loaded.rows.map((row) => bytes(row.data))).toEqual(updates.map(bytes))
    })

    it('flush() resolves once every append made before it is stored', async () => {
      const { rooms } = await store()
      const room = randomName('flush')
      const pending = rooms.append(room, noteUpdate('f', 'vite'))
      await rooms.flush?.()
      const loaded = await rooms.load(room)
      expect(notesOf(loaded)).toEqual({ f: 'vite' })
      expect(loaded.lastSeq).toBe(await pending)
    })

    it('compacts into a snapshot and never deletes what was appended after the point', async () => {
      const { rooms } = await store()
      const room = randomName('compact')
      const doc = new Y.Doc()
      const updates: Uint8Array[] = []
      doc.on('update', (update: Uint8Array) => updates.push(update))
      for (let i = 0; i < 5; i++) doc.getMap('notes').set(`n${i}`, `note ${i}`)
      const stored = await appendAll(rooms, room, updates)
      const snapshot = Y.encodeStateAsUpdate(doc)
      // Two more while the compaction is under way: they stay.
      const late = [noteUpdate('late1', 'après'), noteUpdate('late2', 'encore après')]
      const [, ...lateSeqs] = await Promise.all([
        rooms.compact(room, snapshot, stored[4]!),
        ...late.map((update) => rooms.append(room, update)),
      ])
      const loaded = await rooms.load(room)
      expect(loaded.rows[0]).toMatchObject({ seq: stored[4], snapshot: true })
      expect(bytes(loaded.rows[0]!.data)).toEqual(bytes(snapshot))
      expect(loaded.rows.slice(1).map((row) => row.seq)).toEqual(lateSeqs)
      expect(loaded.pendingCount).toBe(2)
      expect(loaded.lastSeq).toBe(lateSeqs[1])
      expect(notesOf(loaded)).toEqual({
        ...Object.fromEntries([0, 1, 2, 3, 4].map((i) => [`n${i}`, `note ${i}`])),
        late1: 'après',
        late2: 'encore après',
      })
      doc.destroy()
    })

    it('keeps the newer snapshot when an older compaction comes last', async () => {
      const { rooms } = await store()
      const room = randomName('order')
      const [first, second, third] = await appendAll(rooms, room, [
        noteUpdate('a', '1'),
        noteUpdate('b', '2'),
        noteUpdate('c', '3'),
      ])
      const upToAll = Y.mergeUpdates([
        noteUpdate('a', '1'),
        noteUpdate('b', '2'),
        noteUpdate('c', '3'),
      ])
      await rooms.compact(room, upToAll, third!)
      await rooms.compact(room, noteUpdate('a', '1'), first!)
      const loaded = await rooms.load(room)
      expect(loaded.rows).toHaveLength(1)
      expect(loaded.rows[0]).toMatchObject({ seq: third, snapshot: true })
      expect(second).toBeLessThan(third!)
    })

    it('sets aside a log row or the snapshot, which load no longer returns', async () => {
      const { rooms } = await store()
      const room = randomName('aside')
      const [one, two] = await appendAll(rooms, room, [
        noteUpdate('a', '1'),
        new Uint8Array([7, 7, 7]),
      ])
      await rooms.compact(room, noteUpdate('a', '1'), one!)
      const three = await rooms.append(room, noteUpdate('c', '3'))
      const before = await rooms.load(room)
      expect(before.rows.map((row) => row.seq)).toEqual([one, two, three])
      await rooms.setAside?.(room, before.rows[1]!, 'does not decode')
      await rooms.setAside?.(room, before.rows[0]!, 'does not apply')
      const after = await rooms.load(room)
      expect(after.rows.map((row) => [row.seq, row.snapshot === true])).toEqual([[three, false]])
      expect(notesOf(after)).toEqual({ c: '3' })
    })

    if (fixture.openAgain) {
      it('a fresh open after a crash (nothing closed) holds every resolved append and the snapshot', async () => {
        const { rooms } = await store()
        const room = randomName('crash')
        const seqs = await appendAll(rooms, room, [noteUpdate('a', 'un'), noteUpdate('b', 'deux')])
        await rooms.compact(
          room,
          Y.mergeUpdates([noteUpdate('a', 'un'), noteUpdate('b', 'deux')]),
          seqs[1]!,
        )
        const last = await rooms.append(room, noteUpdate('c', 'trois'))
        const again = await storages.openAgain()
        const loaded = await again.roomStore.load(room)
        expect(notesOf(loaded)).toEqual({ a: 'un', b: 'deux', c: 'trois' })
        expect(loaded.lastSeq).toBe(last)
        // Sequence numbers go on from where the dead process stopped.
        expect(await again.roomStore.append(room, noteUpdate('d', 'quatre'))).toBeGreaterThan(last)
      })
    }
  })
}
