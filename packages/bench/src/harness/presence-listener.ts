import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { Listener } from './listener.js'
import { awarenessMessage, countRefusal, refusalReason, type Wire } from './wire.js'

/** The stock provider renews its presence when 15 s passed since its last change (half of y-protocols' 30 s timeout). */
export const HEARTBEAT_MS = 15_000

/** An awareness update of one client id (y-protocols' encoding), state as JSON. */
function awarenessUpdate(clientId: number, clock: number, json: string): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarUint(encoder, clientId)
  encoding.writeVarUint(encoder, clock)
  encoding.writeVarString(encoder, json)
  return encoding.toUint8Array(encoder)
}

/**
 * A phone in the presence scenario, on the wire, without a Yjs document:
 * what a stock y-websocket provider does with presence, at a fraction of its
 * cost in the load generator (300 full clients decoding every cursor move
 * would measure the generator). It
 * - echoes every awareness frame that tells it something new (a client id
 *   unseen or a higher clock) back to the server, as the provider does (its
 *   update handler sends every change, remote ones included);
 * - announces a presence of its own and renews it every 15 s (`heartbeat`);
 * - counts the refusals the server answers (permission denied), by reason;
 * - hands every awareness frame to `onAwareness` (the scenario finds its
 *   cursor markers in it).
 */
export class PresenceListener {
  readonly refusals = new Map<string, number>()
  echoes = 0
  private readonly clocks = new Map<number, number>()
  private readonly listener: Listener
  private readonly clientId = Math.floor(Math.random() * 0xffff_fff0) + 1
  private clock = 0
  private timer: NodeJS.Timeout | undefined

  constructor(
    url: string,
    hello: Uint8Array[],
    private readonly room: string,
    private readonly wire: Wire,
    options: { echo: boolean; onAwareness: (frame: Buffer, at: number) => void },
  ) {
    const message = (frame: Buffer, at: number) => {
      const unframed = wire.unframe(frame)
      if (!unframed) return
      const reason = refusalReason(unframed)
      if (reason !== null) {
        countRefusal(this.refusals, reason)
        return
      }
      if (unframed[0] !== 1) return
      options.onAwareness(frame, at)
      if (options.echo && this.tellsSomethingNew(unframed)) {
        this.echoes++
        this.listener.send(frame)
      }
    }
    this.listener = new Listener(url, hello, { message })
  }

  get opened(): Promise<void> {
    return this.listener.opened
  }

  get bytes(): number {
    return this.listener.bytes
  }

  /** Announces this phone's presence now, then renews it every 15 s. */
  startHeartbeat(firstInMs: number): void {
    const beat = () => {
      const update = awarenessUpdate(this.clientId, ++this.clock, '{}')
      this.listener.send(this.wire.frame(this.room, awarenessMessage(update)))
    }
    this.timer = setTimeout(() => {
      beat()
      this.timer = setInterval(beat, HEARTBEAT_MS)
    }, firstInMs)
  }

  close(): void {
    clearTimeout(this.timer)
    clearInterval(this.timer)
    this.listener.close()
  }

  /** Whether an awareness message (type 1, then the update) holds a client id unseen or a newer clock. */
  private tellsSomethingNew(message: Uint8Array): boolean {
    try {
      const decoder = decoding.createDecoder(message)
      decoding.readVarUint(decoder)
      const update = decoding.createDecoder(decoding.readVarUint8Array(decoder))
      let news = false
      for (let count = decoding.readVarUint(update); count > 0; count--) {
        const id = decoding.readVarUint(update)
        const clock = decoding.readVarUint(update)
        decoding.readVarString(update)
        if (id === this.clientId) continue
        if ((this.clocks.get(id) ?? -1) < clock) {
          this.clocks.set(id, clock)
          news = true
        }
      }
      return news
    } catch {
      return false
    }
  }
}
