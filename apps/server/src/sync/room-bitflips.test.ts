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
  return { canWrite: true, label, send: onFrame, awarenessIds: new Set() }
}

const stateOf = (doc: Y.Doc) => ({
  sv: Y.decodeStateVector(Y.encodeStateVector(doc)),
  notes: doc.getMap('notes').toJSON(),
})

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
})
