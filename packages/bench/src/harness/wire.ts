import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

/**
 * How one server frames the y-websocket messages: as they are (Atelier, the
 * stock server, the raw forwarder), or behind the document's name with an
 * authentication message first (Hocuspocus' protocol).
 */
export interface Wire {
  /** What a client sends once open so the server sends it the document and then every change. */
  hello(room: string, token?: string): Uint8Array[]
  /** A y-websocket message as this server expects it. */
  frame(room: string, message: Uint8Array): Uint8Array
  /** The y-websocket message inside a frame this server sent (null: not one). */
  unframe(frame: Uint8Array): Uint8Array | null
}

const encode = (write: (e: encoding.Encoder) => void): Uint8Array => {
  const encoder = encoding.createEncoder()
  write(encoder)
  return encoding.toUint8Array(encoder)
}

export const syncStep1 = (stateVector: Uint8Array) =>
  encode((e) => {
    encoding.writeVarUint(e, 0)
    encoding.writeVarUint(e, 0)
    encoding.writeVarUint8Array(e, stateVector)
  })

export const syncStep2 = (update: Uint8Array) =>
  encode((e) => {
    encoding.writeVarUint(e, 0)
    encoding.writeVarUint(e, 1)
    encoding.writeVarUint8Array(e, update)
  })

export const syncUpdate = (update: Uint8Array) =>
  encode((e) => {
    encoding.writeVarUint(e, 0)
    encoding.writeVarUint(e, 2)
    encoding.writeVarUint8Array(e, update)
  })

export const awarenessMessage = (update: Uint8Array) =>
  encode((e) => {
    encoding.writeVarUint(e, 1)
    encoding.writeVarUint8Array(e, update)
  })

/**
 * The reason of a y-protocols auth message *permission denied* (how Atelier
 * answers a frame it refuses, e.g. `rate-limited: awareness`), or null when
 * `message` is not one.
 */
export function refusalReason(message: Uint8Array): string | null {
  if (message[0] !== 2 || message[1] !== 0) return null
  try {
    const decoder = decoding.createDecoder(message)
    decoding.readVarUint(decoder)
    decoding.readVarUint(decoder)
    return decoding.readVarString(decoder)
  } catch {
    return null
  }
}

/** Counts a refusal under its reason's code (`rate-limited: awareness` stays whole, `awareness-too-many: …` becomes its prefix). */
export function countRefusal(refusals: Map<string, number>, reason: string): void {
  const code = reason.startsWith('rate-limited') ? reason : reason.split(':')[0]!
  refusals.set(code, (refusals.get(code) ?? 0) + 1)
}

/** The state vector of an empty document: "send me everything". */
const EMPTY_STATE_VECTOR = new Uint8Array([0])

export const yWebsocketWire: Wire = {
  hello: () => [syncStep1(EMPTY_STATE_VECTOR)],
  frame: (_room, message) => message,
  unframe: (frame) => frame,
}

const HOCUSPOCUS_AUTH = 2
const HOCUSPOCUS_AUTH_TOKEN = 0

export const hocuspocusWire: Wire = {
  hello: (room, token = '') => [
    encode((e) => {
      encoding.writeVarString(e, room)
      encoding.writeVarUint(e, HOCUSPOCUS_AUTH)
      encoding.writeVarUint(e, HOCUSPOCUS_AUTH_TOKEN)
      encoding.writeVarString(e, token)
    }),
    hocuspocusWire.frame(room, syncStep1(EMPTY_STATE_VECTOR)),
  ],
  frame: (room, message) =>
    encode((e) => {
      encoding.writeVarString(e, room)
      encoding.writeUint8Array(e, message)
    }),
  unframe: (frame) => {
    // varString: a varUint length, then the name's bytes.
    let length = 0
    let shift = 0
    let at = 0
    for (;;) {
      const byte = frame[at++]
      if (byte === undefined) return null
      length += (byte & 0x7f) * 2 ** shift
      shift += 7
      if (byte < 0x80) break
    }
    return at + length <= frame.length ? frame.subarray(at + length) : null
  },
}
