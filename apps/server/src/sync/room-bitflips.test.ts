import * as decoding from 'lib0/decoding'
import * as prng from 'lib0/prng'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { RoomStore, StoredRow } from '../store/types.js'
import { flipBit, noteUpdate } from '../test-support/hostile-updates.js'
import { type Peer, Room } from './room.js'

// 4,000 single-bit flips of ordinary note updates, straight into a Room (no
// sockets): today 251 of them were integrated, then thrown on, and their
// bytes stored and relayed. Every frame the room relays must apply on a
// replica, and a room reloaded from what it stored must equal the live one.

function memoryStore(): RoomStore & { rows: StoredRow[] } {
  const rows: StoredRow[] = []
  return {
    rows,
    load: async () => ({ rows: [...rows], lastSeq: rows.length, pendingCount: rows.length }),
    append: (_room, update) => {
      rows.push({ seq: rows.length + 1, data: update })
      return rows.length
    },
    compact: () => {},
    close: () => {},
  }
}

function peer(label: string, onFrame: (frame: Uint8Array) => void = () => {}): Peer {
  return { canWrite: true, seesPresence: true, label, send: onFrame, awarenessIds: new Set() }
}

const stateOf = (doc: Y.Doc) => ({
  sv: Y.decodeStateVector(Y.encodeStateVector(doc)),
  notes: doc.getMap('notes').toJSON(),
})

/** A change by a new client to a replica of `doc`: notes, deletes, text and list edits. */
function honestChange(gen: prng.PRNG, doc: Y.Doc, client: number): Uint8Array {
  const editor = new Y.Doc()
  editor.clientID = client
  Y.applyUpdate(editor, Y.encodeStateAsUpdate(doc))
  const notes = editor.getMap<unknown>('notes')
  const keys = [...notes.keys()]
  const text = editor.getText('text')
  const list = editor.getArray<unknown>('list')
  switch (prng.uint32(gen, 0, 3)) {
    case 0:
      notes.set(`n${client}`, new Y.Map<unknown>([['text', prng.word(gen, 1, 20)]]))
      break
    case 1:
      if (keys.length > 0) notes.delete(keys[prng.uint32(gen, 0, keys.length - 1)]!)
      break
    case 2:
      text.insert(prng.uint32(gen, 0, text.length), prng.word(gen, 1, 5), { bold: true })
      if (text.length > 6) text.delete(1, 2)
      break
    default:
      list.insert(prng.uint32(gen, 0, list.length), [client, { x: 'y' }, new Uint8Array([1])])
      if (list.length > 6) list.delete(1, 3)
  }
  const update = Y.encodeStateAsUpdate(editor, Y.encodeStateVector(doc))
  editor.destroy()
  return update
}

/** Flips one or three bits, truncates, or overwrites a byte (or leaves the update whole). */
function mutate(gen: prng.PRNG, update: Uint8Array): Uint8Array {
  const bit = () => prng.uint32(gen, 0, update.length * 8 - 1)
  switch (prng.uint32(gen, 0, 5)) {
    case 0:
      return flipBit(update, bit())
    case 1:
      return flipBit(flipBit(flipBit(update, bit()), bit()), bit())
    case 2:
      return update.slice(0, prng.uint32(gen, 1, update.length))
    case 3: {
      const copy = update.slice()
      copy[prng.uint32(gen, 0, copy.length - 1)] = prng.uint32(gen, 0, 255)
      return copy
    }
    default:
      return update
  }
}

describe('a room fed 4,000 bit-flipped updates', () => {
  it('relays only what applies, and stores what it holds', async () => {
    const store = memoryStore()
    const breaks: unknown[] = []
    const room = new Room('w:p', store, (_room, _why, error) => breaks.push(error))
    await room.load()
    const replica = new Y.Doc()
    let relayFailures = 0
    const observer = peer('observer', (frame) => {
      const decoder = decoding.createDecoder(frame)
      if (decoding.readVarUint(decoder) !== 0 || decoding.readVarUint(decoder) !== 2) return
      try {
        Y.applyUpdate(replica, decoding.readVarUint8Array(decoder))
      } catch {
        relayFailures++
      }
    })
    const attacker = peer('attacker')
    room.join(observer)
    room.join(attacker)
    const gen = prng.create(251)
    let malformed = 0
    for (let i = 0; i < 4000; i++) {
      const valid = noteUpdate(100_000 + i)
      const update = flipBit(valid, prng.uint32(gen, 0, valid.length * 8 - 1))
      try {
        room.receive(attacker, { type: 'sync-update', update })
      } catch {
        malformed++
      }
    }
    expect(breaks).toEqual([])
    expect(relayFailures).toBe(0)
    expect(malformed).toBeGreaterThan(1000) // most flips are refused as malformed
    expect(stateOf(replica)).toEqual(stateOf(room.doc))

    const reloaded = new Room('w:p', store)
    await reloaded.load()
    expect(reloaded.rowsSetAside).toBe(0)
    expect(stateOf(reloaded.doc)).toEqual(stateOf(room.doc))
    room.destroy()
    reloaded.destroy()
  })

  it('stays consistent under mutated edits of a growing document', async () => {
    const store = memoryStore()
    const breaks: unknown[] = []
    const room = new Room('w', store, (_room, _why, error) => breaks.push(error))
    await room.load()
    const replica = new Y.Doc()
    let relayFailures = 0
    room.join(
      peer('observer', (frame) => {
        const decoder = decoding.createDecoder(frame)
        if (decoding.readVarUint(decoder) !== 0 || decoding.readVarUint(decoder) !== 2) return
        try {
          Y.applyUpdate(replica, decoding.readVarUint8Array(decoder))
        } catch {
          relayFailures++
        }
      }),
    )
    const attacker = peer('attacker')
    room.join(attacker)
    const gen = prng.create(42)
    for (let i = 0; i < 2000; i++) {
      const update = mutate(gen, honestChange(gen, room.doc, 200_000 + i))
      try {
        room.receive(attacker, { type: 'sync-update', update })
      } catch {}
    }
    expect(breaks).toEqual([])
    expect(relayFailures).toBe(0)
    expect(room.doc.getMap('notes').size).toBeGreaterThan(10)
    const full = (doc: Y.Doc) => ({
      ...stateOf(doc),
      text: doc.getText('text').toDelta(),
      list: doc.getArray('list').toJSON(),
    })
    expect(full(replica)).toEqual(full(room.doc))
    const reloaded = new Room('w', store)
    await reloaded.load()
    expect(full(reloaded.doc)).toEqual(full(room.doc))
    room.destroy()
    reloaded.destroy()
  })
})
