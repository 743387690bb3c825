import { randomBytes } from 'node:crypto'

export const OPCODE = {
  continuation: 0x0,
  text: 0x1,
  binary: 0x2,
  close: 0x8,
  ping: 0x9,
  pong: 0xa,
}

export interface FrameHandlers {
  /** A piece of a data message's payload, in order; `last` when the message ends with it. */
  data(piece: Buffer, last: boolean): void
  /** A whole control frame (close, ping, pong): at most 125 bytes, RFC 6455 5.5. */
  control(opcode: number, payload: Buffer): void
}

/**
 * Reads a server's websocket frames (RFC 6455, unmasked, no extension) as
 * the TCP chunks come, and hands on each data payload in the pieces it
 * arrived in: a subarray of the chunk, never a copy. The `ws` client joins
 * the chunks of a message into one buffer before anyone sees it; for a
 * 1.6 MB board that copy, and the garbage it leaves, were a third of the
 * load generator's time in a join storm.
 */
export class FrameReader {
  private readonly header = Buffer.alloc(14)
  private headerBytes = 0
  private headerLength = 2
  private remaining = 0
  private inPayload = false
  private fin = false
  private opcode = 0
  private readonly controlPieces: Buffer[] = []

  constructor(private readonly handlers: FrameHandlers) {}

  push(chunk: Buffer): void {
    let at = 0
    while (at < chunk.length) {
      if (!this.inPayload) {
        at = this.readHeader(chunk, at)
        continue
      }
      const take = Math.min(this.remaining, chunk.length - at)
      const piece = chunk.subarray(at, at + take)
      at += take
      this.remaining -= take
      this.payload(piece)
    }
  }

  /** Copies header bytes from `chunk` at `at`; returns where the header (or the chunk) ends. */
  private readHeader(chunk: Buffer, at: number): number {
    while (this.headerBytes < this.headerLength && at < chunk.length) {
      this.header[this.headerBytes++] = chunk[at++]!
      if (this.headerBytes === 2) {
        if (this.header[1]! & 0x80) throw new Error('a server frame must not be masked')
        const length7 = this.header[1]! & 0x7f
        this.headerLength = length7 === 126 ? 4 : length7 === 127 ? 10 : 2
      }
    }
    if (this.headerBytes < this.headerLength) return at
    const length7 = this.header[1]! & 0x7f
    this.remaining =
      length7 === 126
        ? this.header.readUInt16BE(2)
        : length7 === 127
          ? Number(this.header.readBigUInt64BE(2))
          : length7
    this.fin = (this.header[0]! & 0x80) !== 0
    this.opcode = this.header[0]! & 0x0f
    this.headerBytes = 0
    this.headerLength = 2
    this.inPayload = true
    // An empty frame has no piece to wait for.
    if (this.remaining === 0) this.payload(chunk.subarray(at, at))
    return at
  }

  private payload(piece: Buffer): void {
    const ends = this.remaining === 0
    if (ends) this.inPayload = false
    if (this.opcode < OPCODE.close) {
      this.handlers.data(piece, ends && this.fin)
      return
    }
    this.controlPieces.push(piece)
    if (ends) this.handlers.control(this.opcode, Buffer.concat(this.controlPieces.splice(0)))
  }
}

/** One client frame (FIN set, masked as RFC 6455 requires of a client). */
export function clientFrame(payload: Uint8Array, opcode: number = OPCODE.binary): Buffer {
  const length = payload.length
  const lengthBytes = length < 126 ? 0 : length < 65_536 ? 2 : 8
  const start = 2 + lengthBytes + 4
  const frame = Buffer.allocUnsafe(start + length)
  frame[0] = 0x80 | opcode
  if (lengthBytes === 0) frame[1] = 0x80 | length
  else if (lengthBytes === 2) {
    frame[1] = 0x80 | 126
    frame.writeUInt16BE(length, 2)
  } else {
    frame[1] = 0x80 | 127
    frame.writeBigUInt64BE(BigInt(length), 2)
  }
  const mask = randomBytes(4)
  mask.copy(frame, start - 4)
  for (let i = 0; i < length; i++) frame[start + i] = payload[i]! ^ mask[i & 3]!
  return frame
}
