import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

/**
 * The y-websocket wire protocol, as the stock provider (y-websocket 3.x)
 * speaks it: every frame carries exactly ONE message, because the provider
 * reads only the first message of a frame.
 */
export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const
export const SyncType = { step1: 0, step2: 1, update: 2 } as const

export type IncomingMessage =
  | { type: 'sync-step1'; stateVector: Uint8Array }
  | { type: 'sync-step2' | 'sync-update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'query-awareness' }
  | { type: 'auth' }

/** Decodes one client frame; throws a `ProtocolError` with a reason on anything else. */
export function decodeMessage(frame: Uint8Array): IncomingMessage {
  try {
    const decoder = decoding.createDecoder(frame)
    const messageType = decoding.readVarUint(decoder)
    switch (messageType) {
      case MessageType.sync: {
        const syncType = decoding.readVarUint(decoder)
        const payload = decoding.readVarUint8Array(decoder)
        if (syncType === SyncType.step1) return { type: 'sync-step1', stateVector: payload }
        if (syncType === SyncType.step2) return { type: 'sync-step2', update: payload }
        if (syncType === SyncType.update) return { type: 'sync-update', update: payload }
        throw new ProtocolError(`unknown sync message type ${syncType}`)
      }
      case MessageType.awareness:
        return { type: 'awareness', update: decoding.readVarUint8Array(decoder) }
      case MessageType.queryAwareness:
        return { type: 'query-awareness' }
      case MessageType.auth:
        return { type: 'auth' }
      default:
        throw new ProtocolError(`unknown message type ${messageType}`)
    }
  } catch (error) {
    if (error instanceof ProtocolError) throw error
    throw new ProtocolError('truncated or malformed frame')
  }
}

export class ProtocolError extends Error {}

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder()
  write(encoder)
  return encoding.toUint8Array(encoder)
}

export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.sync)
    encoding.writeVarUint(e, SyncType.step1)
    encoding.writeVarUint8Array(e, stateVector)
  })
}

export function encodeSyncStep2(update: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.sync)
    encoding.writeVarUint(e, SyncType.step2)
    encoding.writeVarUint8Array(e, update)
  })
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.sync)
    encoding.writeVarUint(e, SyncType.update)
    encoding.writeVarUint8Array(e, update)
  })
}

export function encodeAwareness(update: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.awareness)
    encoding.writeVarUint8Array(e, update)
  })
}

/**
 * An awareness message with no state: the answer to a query in a room
 * without presence, and what keeps a quiet socket alive (y-protocols
 * applies it as no change).
 */
export const EMPTY_AWARENESS = encodeAwareness(new Uint8Array([0]))

/** y-protocols' auth message: permission denied (0) with a human-readable reason. */
export function encodePermissionDenied(reason: string): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.auth)
    encoding.writeVarUint(e, 0)
    encoding.writeVarString(e, reason)
  })
}

/** An update that changes nothing: what a client with no local content sends as step 2. */
export function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length <= 2 && update.every((byte) => byte === 0)
}
