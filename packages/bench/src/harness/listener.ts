import { randomBytes } from 'node:crypto'
import { request } from 'node:http'
import type { Socket } from 'node:net'
import { clientFrame, FrameReader, OPCODE } from './websocket-frames.js'

/** How a listener takes what it receives: each message whole, or its pieces as they come. */
export type Receive =
  | { message: (frame: Buffer, at: number) => void }
  | { pieces: (piece: Buffer, at: number, last: boolean) => void }

/**
 * A raw websocket client that reads a room without Yjs: it sends the hello
 * frames (so the server sends it the document and every change) and hands
 * on what it receives, counting bytes. Thousands of them fit in one load
 * generator; thousands of Yjs documents would not. It speaks the protocol
 * itself, on a plain socket, so that a listener that reads pieces (a join
 * storm's 1.6 MB boards) costs no copy of a message: what the generator
 * spends is what reading the bytes costs, not the client library.
 */
export class Listener {
  /** Payload bytes of the data messages received. */
  bytes = 0
  /** Data messages received. */
  frames = 0
  errors = 0
  readonly opened: Promise<void>
  private socket: Socket | undefined
  private closed = false
  private readonly pending: Buffer[] = []

  constructor(
    url: string,
    /** Sent once open; a promise holds them back until it settles (a copy fetched meanwhile). */
    hello: Uint8Array[] | Promise<Uint8Array[]>,
    receive: Receive = { pieces: () => {} },
    headers: Record<string, string> = {},
  ) {
    let at = 0
    const reader = new FrameReader({
      data: (piece, last) => {
        this.bytes += piece.length
        if (last) this.frames++
        if ('pieces' in receive) receive.pieces(piece, at, last)
        else this.whole(piece, last, at, receive.message)
      },
      control: (opcode, payload) => {
        if (opcode === OPCODE.ping) this.write(clientFrame(payload, OPCODE.pong))
        if (opcode === OPCODE.close) this.close()
      },
    })
    this.opened = new Promise((resolve, reject) => {
      const target = new URL(url)
      const upgrade = request({
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        agent: false,
        headers: {
          ...headers,
          Connection: 'Upgrade',
          Upgrade: 'websocket',
          'Sec-WebSocket-Version': '13',
          'Sec-WebSocket-Key': randomBytes(16).toString('base64'),
        },
      })
      upgrade.once('response', (response) => {
        response.resume()
        reject(new Error(`${url}: HTTP ${response.statusCode} instead of a websocket`))
      })
      upgrade.once('error', reject)
      upgrade.once('upgrade', (_response, socket: Socket, head: Buffer) => {
        this.socket = socket
        socket.setNoDelay(true)
        socket.on('error', () => this.errors++)
        socket.on('data', (chunk: Buffer) => {
          at = performance.now()
          reader.push(chunk)
        })
        at = performance.now()
        if (head.length > 0) reader.push(head)
        if (this.closed) socket.destroy()
        else
          void Promise.resolve(hello).then((frames) => {
            for (const frame of frames) this.send(frame)
          })
        resolve()
      })
      upgrade.end()
    })
  }

  send(frame: Uint8Array): void {
    this.write(clientFrame(frame))
  }

  close(): void {
    this.closed = true
    this.socket?.destroy()
  }

  private write(frame: Buffer): void {
    if (!this.closed && this.socket?.writable) this.socket.write(frame)
  }

  /** A message whole: as it came when it came in one piece, joined when it did not. */
  private whole(
    piece: Buffer,
    last: boolean,
    at: number,
    message: (frame: Buffer, at: number) => void,
  ): void {
    if (last && this.pending.length === 0) {
      message(piece, at)
      return
    }
    // A socket's chunks are its reader's own (Node does not reuse them): no copy until the join.
    this.pending.push(piece)
    if (last) message(Buffer.concat(this.pending.splice(0)), at)
  }
}

/** Opens `count` listeners `batch` at a time (a thousand at once would be a join storm). */
export async function openListeners(
  count: number,
  open: (index: number) => Listener,
  batch = 50,
): Promise<Listener[]> {
  const listeners: Listener[] = []
  for (let start = 0; start < count; start += batch) {
    const opened = Array.from({ length: Math.min(batch, count - start) }, (_, i) => open(start + i))
    await Promise.all(opened.map((l) => l.opened))
    listeners.push(...opened)
  }
  return listeners
}
