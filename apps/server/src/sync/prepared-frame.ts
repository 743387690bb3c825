import type { WebSocket } from 'ws'

/**
 * A message framed once for every socket of a room: the websocket frame
 * (RFC 6455, server to client: unmasked, one binary frame) around its
 * payload. `ws.send` builds a header and writes header and payload with a
 * `writev` for each socket; a room relaying one update to a thousand phones
 * builds the frame once and writes the same bytes a thousand times.
 */
export interface PreparedFrame {
  /** The y-websocket message, for sockets that must go through `ws.send`. */
  readonly payload: Uint8Array
  /** Header and payload, as they go on the wire. */
  readonly wire: Buffer
}

const FIN_BINARY = 0x82

export function prepareFrame(payload: Uint8Array): PreparedFrame {
  const length = payload.length
  const headerLength = length < 126 ? 2 : length < 65_536 ? 4 : 10
  const wire = Buffer.allocUnsafe(headerLength + length)
  wire[0] = FIN_BINARY
  if (length < 126) wire[1] = length
  else if (length < 65_536) {
    wire[1] = 126
    wire.writeUInt16BE(length, 2)
  } else {
    wire[1] = 127
    wire.writeUInt32BE(Math.floor(length / 2 ** 32), 2)
    wire.writeUInt32BE(length >>> 0, 6)
  }
  wire.set(payload, headerLength)
  return { payload, wire }
}

/** The parts of a `ws` WebSocket (8.x) a prepared frame is written through. */
interface WsInternals {
  _isServer?: boolean
  _extensions?: Record<string, unknown>
  _socket?: { write?: (chunk: Buffer) => boolean; writable?: boolean }
  _sender?: {
    _state?: number
    _queue?: unknown[]
    _firstFragment?: boolean
    _socket?: unknown
  }
}

/**
 * Writes `frame` on `socket` as is, in the order of everything `ws` already
 * wrote, and returns true; returns false (nothing written) when that cannot
 * be done safely, and the caller sends the payload with `ws.send`:
 * - `ws` internals not as expected (another version of `ws`);
 * - a compression extension negotiated (frames must be deflated per socket);
 * - a client socket (frames must be masked);
 * - the sender still holds frames (deflating, reading a blob, queued) or is
 *   in the middle of a fragmented message: ours would overtake them.
 * What is written counts in `socket.bufferedAmount` (the stream's own buffer).
 */
export function writePrepared(socket: WebSocket, frame: PreparedFrame): boolean {
  const ws = socket as unknown as WsInternals
  const sender = ws._sender
  const stream = ws._socket
  if (
    ws._isServer !== true ||
    !ws._extensions ||
    Object.keys(ws._extensions).length > 0 ||
    !sender ||
    !stream ||
    sender._socket !== stream ||
    typeof stream.write !== 'function' ||
    stream.writable === false ||
    sender._state !== 0 ||
    !Array.isArray(sender._queue) ||
    sender._queue.length > 0 ||
    sender._firstFragment !== true
  )
    return false
  stream.write(frame.wire)
  return true
}
