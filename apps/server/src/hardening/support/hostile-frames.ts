import * as encoding from 'lib0/encoding'
import * as prng from 'lib0/prng'
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import {
  encodeAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
} from '../../sync/protocol.js'

/** One frame an attacker sends: binary bytes, or a text frame (which the server must refuse). */
export type HostileFrame = { kind: string; bytes: Uint8Array; text?: boolean }

/** Valid material the mutations start from: what a real phone would send. */
function validMaterial(gen: prng.PRNG) {
  const doc = new Y.Doc()
  doc.clientID = prng.uint32(gen, 1, 2 ** 30)
  const notes = doc.getMap('notes')
  const id = `n${prng.uint32(gen, 0, 1e9)}`
  notes.set(
    id,
    new Y.Map<unknown>([
      ['text', prng.word(gen, 1, 40)],
      ['dimension', 'vision'],
      ['createdAt', 1],
    ]),
  )
  const first = Y.encodeStateAsUpdate(doc)
  const before = Y.encodeStateVector(doc)
  ;(notes.get(id) as Y.Map<unknown>).set('text', prng.word(gen, 1, 40))
  // An update whose dependency (`first`) the server may never get: pending structs.
  const gap = Y.encodeStateAsUpdate(doc, before)
  const awareness = new Awareness(doc)
  awareness.setLocalState({ user: { name: prng.word(gen, 1, 12) } })
  const presence = encodeAwarenessUpdate(awareness, [doc.clientID])
  awareness.destroy()
  const v2 = Y.encodeStateAsUpdateV2(doc)
  const stateVector = Y.encodeStateVector(doc)
  doc.destroy()
  return { first, gap, presence, v2, stateVector }
}

function flipBits(gen: prng.PRNG, bytes: Uint8Array, flips: number): Uint8Array {
  const copy = bytes.slice()
  for (let i = 0; i < flips && copy.length > 0; i++) {
    const at = prng.uint32(gen, 0, copy.length - 1)
    copy[at] = copy[at]! ^ (1 << prng.uint32(gen, 0, 7))
  }
  return copy
}

function randomBytes(gen: prng.PRNG, max: number): Uint8Array {
  const bytes = new Uint8Array(prng.uint32(gen, 0, max))
  for (let i = 0; i < bytes.length; i++) bytes[i] = prng.uint32(gen, 0, 255)
  return bytes
}

/** A sync frame whose length prefix lies about its payload. */
function wrongLength(gen: prng.PRNG, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  encoding.writeVarUint(encoder, prng.uint32(gen, 0, 2))
  const lie = prng.bool(gen)
    ? payload.length + prng.uint32(gen, 1, 2 ** 31)
    : prng.uint32(gen, 0, Math.max(0, payload.length - 1))
  encoding.writeVarUint(encoder, lie)
  encoding.writeUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}

/**
 * A seeded stream of hostile frames: random bytes, bit-flipped and truncated
 * valid sync and awareness messages, V2 updates in a V1 stream, lying length
 * prefixes, updates with clock gaps, step-1 and query-awareness floods, and
 * (rarely) text frames. Oversized frames are sent apart (they cost megabytes).
 */
export function hostileFrames(seed: number) {
  const gen = prng.create(seed)
  let material = validMaterial(gen)
  return function next(): HostileFrame {
    if (prng.uint32(gen, 0, 49) === 0) material = validMaterial(gen)
    const { first, gap, presence, v2, stateVector } = material
    const roll = prng.uint32(gen, 0, 99)
    if (roll < 14) return { kind: 'random-bytes', bytes: randomBytes(gen, 96) }
    if (roll < 38) {
      const flips = prng.uint32(gen, 1, 3)
      return { kind: 'flipped-update', bytes: encodeUpdate(flipBits(gen, first, flips)) }
    }
    if (roll < 44) return { kind: 'flipped-frame', bytes: flipBits(gen, encodeSyncStep2(first), 1) }
    if (roll < 54) {
      const whole = prng.bool(gen) ? encodeUpdate(first) : encodeAwareness(presence)
      return { kind: 'truncated', bytes: whole.slice(0, prng.uint32(gen, 0, whole.length - 1)) }
    }
    if (roll < 62)
      return { kind: 'flipped-awareness', bytes: encodeAwareness(flipBits(gen, presence, 2)) }
    if (roll < 67) return { kind: 'v2-update', bytes: encodeUpdate(v2) }
    if (roll < 76) return { kind: 'wrong-length', bytes: wrongLength(gen, first) }
    if (roll < 80) return { kind: 'clock-gap', bytes: encodeUpdate(gap) }
    if (roll < 84) return { kind: 'step1', bytes: encodeSyncStep1(flipBits(gen, stateVector, 1)) }
    if (roll < 86) return { kind: 'query-awareness', bytes: Uint8Array.of(3) }
    if (roll < 92) return { kind: 'valid-presence', bytes: encodeAwareness(presence) }
    // One in a thousand is a text frame, which closes the connection.
    if (roll < 99 || prng.uint32(gen, 0, 9) > 0)
      return { kind: 'valid-update', bytes: encodeUpdate(first) }
    return { kind: 'text', bytes: new TextEncoder().encode('{"hello":"server"}'), text: true }
  }
}
