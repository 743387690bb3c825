import WebSocket from 'ws'

/**
 * A hostile client on one room that keeps coming back: when the server
 * closes it (malformed frames, text frames, oversized frames) the next
 * `send` reopens it. Frames received are counted, not kept.
 */
export class Attacker {
  private ws: WebSocket | null = null
  private opening: Promise<WebSocket | null> | null = null
  /** Close codes the server answered with, by code. */
  readonly closes = new Map<number, number>()
  received = 0
  refusedUpgrades = 0

  constructor(
    private readonly url: string,
    readonly room: string,
    readonly token: string,
  ) {}

  /** Sends one frame (reopening first if the server closed us); false when the upgrade is refused. */
  async send(bytes: Uint8Array, text = false): Promise<boolean> {
    const ws = await this.socket()
    if (!ws) return false
    ws.send(text ? Buffer.from(bytes).toString('latin1') : bytes, { binary: !text })
    // Backpressure: an attacker that outruns the loopback only measures itself.
    if (ws.bufferedAmount > 256 * 1024) await new Promise((resolve) => setTimeout(resolve, 5))
    return true
  }

  close(): void {
    this.ws?.terminate()
    this.ws = null
  }

  private socket(): Promise<WebSocket | null> {
    if (this.ws && this.ws.readyState === WebSocket.OPEN) return Promise.resolve(this.ws)
    this.opening ??= this.open().finally(() => {
      this.opening = null
    })
    return this.opening
  }

  private open(): Promise<WebSocket | null> {
    const ws = new WebSocket(
      `${this.url.replace(/^http/, 'ws')}/sync/${this.room}?token=${this.token}`,
    )
    ws.on('message', () => {
      this.received++
    })
    ws.on('close', (code) => {
      this.closes.set(code, (this.closes.get(code) ?? 0) + 1)
      if (this.ws === ws) this.ws = null
    })
    return new Promise((resolve) => {
      ws.once('open', () => {
        this.ws = ws
        resolve(ws)
      })
      ws.once('unexpected-response', () => {
        this.refusedUpgrades++
        ws.terminate()
        resolve(null)
      })
      ws.once('error', () => resolve(null))
    })
  }
}
