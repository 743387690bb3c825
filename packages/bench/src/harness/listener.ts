import WebSocket from 'ws'

/**
 * A raw websocket client that reads a room without Yjs: it sends the hello
 * frames (so the server sends it the document and every change) and hands
 * each frame it receives to `onFrame`, counting bytes. Thousands of them fit
 * in one load generator; thousands of Yjs documents would not.
 */
export class Listener {
  bytes = 0
  frames = 0
  errors = 0
  readonly opened: Promise<void>
  private readonly socket: WebSocket

  constructor(
    url: string,
    hello: Uint8Array[],
    private readonly onFrame: (frame: Buffer, at: number) => void = () => {},
    headers: Record<string, string> = {},
  ) {
    this.socket = new WebSocket(url, {
      headers,
      perMessageDeflate: false,
      maxPayload: 256 * 1024 * 1024,
    })
    this.opened = new Promise((resolve, reject) => {
      this.socket.once('open', () => {
        for (const frame of hello) this.socket.send(frame)
        resolve()
      })
      this.socket.once('error', reject)
    })
    this.socket.on('error', () => this.errors++)
    this.socket.on('message', (data: Buffer) => {
      this.bytes += data.length
      this.frames++
      this.onFrame(data, performance.now())
    })
  }

  send(frame: Uint8Array): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(frame)
  }

  close(): void {
    this.socket.terminate()
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
