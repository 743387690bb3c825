import { describe, expect, it } from 'vitest'
import { FrameReader, OPCODE } from './websocket-frames.js'

/** A server frame as RFC 6455 writes it: unmasked. */
function serverFrame(payload: Buffer, opcode: number = OPCODE.binary, fin = true): Buffer {
  const length = payload.length
  const header =
    length < 126 ? Buffer.alloc(2) : length < 65_536 ? Buffer.alloc(4) : Buffer.alloc(10)
  header[0] = (fin ? 0x80 : 0) | opcode
  if (length < 126) header[1] = length
  else if (length < 65_536) {
    header[1] = 126
    header.writeUInt16BE(length, 2)
  } else {
    header[1] = 127
    header.writeBigUInt64BE(BigInt(length), 2)
  }
  return Buffer.concat([header, payload])
}

const bytes = (length: number, seed: number) =>
  Buffer.from(Array.from({ length }, (_, i) => (i * 31 + seed) & 0xff))

/** Feeds `stream` to a reader in `pieces` and returns the messages and control frames it saw. */
function read(stream: Buffer, cuts: number[]) {
  const messages: Buffer[] = []
  const controls: [number, Buffer][] = []
  let pending: Buffer[] = []
  const reader = new FrameReader({
    data(piece, last) {
      pending.push(piece)
      if (last) {
        messages.push(Buffer.concat(pending))
        pending = []
      }
    },
    control: (opcode, payload) => controls.push([opcode, payload]),
  })
  let from = 0
  for (const cut of [...cuts, stream.length]) {
    reader.push(stream.subarray(from, cut))
    from = cut
  }
  return { messages, controls }
}

describe('FrameReader', () => {
  const small = bytes(5, 1)
  const medium = bytes(300, 2) // a 16-bit length
  const large = bytes(70_000, 3) // a 64-bit length
  const stream = Buffer.concat([
    serverFrame(small),
    serverFrame(Buffer.alloc(0)),
    serverFrame(Buffer.from('ping!'), OPCODE.ping),
    serverFrame(medium),
    // One message in two fragments, a pong between them.
    serverFrame(medium.subarray(0, 100), OPCODE.binary, false),
    serverFrame(Buffer.alloc(0), OPCODE.pong),
    serverFrame(medium.subarray(100), OPCODE.continuation, true),
    serverFrame(large),
  ])
  const expected = [small, Buffer.alloc(0), medium, medium, large]
  // Buffer.equals: a deep equality of 70 KB buffers, 700 times, would be the test's whole time.
  const same = (messages: Buffer[]) =>
    messages.length === expected.length && messages.every((m, i) => m.equals(expected[i]!))

  it('reads every message and control frame wherever the stream is cut in two', () => {
    for (let cut = 0; cut <= stream.length; cut += cut < 700 ? 1 : 997) {
      const { messages, controls } = read(stream, [cut])
      expect(same(messages), `cut at ${cut}`).toBe(true)
      expect(controls).toEqual([
        [OPCODE.ping, Buffer.from('ping!')],
        [OPCODE.pong, Buffer.alloc(0)],
      ])
    }
  })

  it('reads a stream that comes a byte at a time', () => {
    const cuts = Array.from({ length: stream.length - 1 }, (_, i) => i + 1)
    expect(same(read(stream, cuts).messages)).toBe(true)
  })

  it('refuses a masked frame, which no server may send', () => {
    const masked = serverFrame(small)
    masked[1] = masked[1]! | 0x80
    expect(() => read(masked, [])).toThrow(/masked/)
  })
})
