import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import { rawNote } from './harness.js'

/**
 * Hand-made Yjs V1 updates, as a hostile phone would write them: each is
 * accepted by a lenient decoder, and each broke or bloated today's relay.
 */

const update = (write: (e: encoding.Encoder) => void) => {
  const encoder = encoding.createEncoder()
  write(encoder)
  return encoding.toUint8Array(encoder)
}

/** An ordinary note update of a fresh document whose client id is `client`, with one delete. */
export function noteUpdate(client: number, text = 'Une idée'): Uint8Array {
  const doc = new Y.Doc()
  doc.clientID = client
  const notes = doc.getMap('notes')
  notes.set('brouillon', 'x')
  notes.delete('brouillon')
  rawNote(doc, `n${client}`, text)
  const result = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return result
}

/**
 * A valid note followed by a zero-length delete range for a client nobody
 * knows: Yjs integrates the note, then throws "Unexpected case" (writeDsLen 0).
 */
export function noteWithZeroLengthDelete(client: number): Uint8Array {
  const doc = new Y.Doc()
  doc.clientID = client
  rawNote(doc, `n${client}`, 'Note piégée')
  const valid = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  // A document without deletes ends with an empty delete set: one 0 byte.
  const structs = valid.subarray(0, valid.length - 1)
  return update((e) => {
    encoding.writeUint8Array(e, structs)
    encoding.writeVarUint(e, 1) // one client in the delete set
    encoding.writeVarUint(e, 987_654_321) // unknown to everyone
    encoding.writeVarUint(e, 1) // one range
    encoding.writeVarUint(e, 0) // clock
    encoding.writeVarUint(e, 0) // length 0
  })
}

/** One string item `map[key] = text` of `client` at `clock`, as a struct group body. */
function writeStringItem(e: encoding.Encoder, map: string, key: string, text: string): void {
  encoding.writeUint8(e, 4 | 32) // ContentString, with a parentSub (map key)
  encoding.writeVarUint(e, 1) // parent is a root type, by name
  encoding.writeVarString(e, map)
  encoding.writeVarString(e, key)
  encoding.writeVarString(e, text)
}

/** Two struct groups for the same client and clock: `probe.k` is 'A' in one, 'B' in the other. */
export function duplicateStructGroups(client: number): Uint8Array {
  return update((e) => {
    encoding.writeVarUint(e, 2)
    for (const text of ['A', 'B']) {
      encoding.writeVarUint(e, 1) // one struct
      encoding.writeVarUint(e, client)
      encoding.writeVarUint(e, 0) // clock 0
      writeStringItem(e, 'probe', 'k', text)
    }
    encoding.writeVarUint(e, 0) // no deletes
  })
}

/** One item of `bytes` characters starting at `clock` (> 0 leaves a gap: pending structs). */
export function gapUpdate(client: number, clock: number, bytes: number): Uint8Array {
  return update((e) => {
    encoding.writeVarUint(e, 1)
    encoding.writeVarUint(e, 1)
    encoding.writeVarUint(e, client)
    encoding.writeVarUint(e, clock)
    writeStringItem(e, 'junk', `k${clock}`, 'x'.repeat(bytes))
    encoding.writeVarUint(e, 0)
  })
}

/** `count` client ids in one update, each with one GC struct of length 1 (~6 bytes each). */
export function manyClients(count: number, first = 1): Uint8Array {
  return update((e) => {
    encoding.writeVarUint(e, count)
    for (let i = 0; i < count; i++) {
      encoding.writeVarUint(e, 1)
      encoding.writeVarUint(e, first + i)
      encoding.writeVarUint(e, 0)
      encoding.writeUint8(e, 0) // GC
      encoding.writeVarUint(e, 1)
    }
    encoding.writeVarUint(e, 0)
  })
}

/** A copy of `bytes` with bit `bit` flipped. */
export function flipBit(bytes: Uint8Array, bit: number): Uint8Array {
  const copy = bytes.slice()
  copy[bit >> 3]! ^= 1 << (bit & 7)
  return copy
}
