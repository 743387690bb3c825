import * as decoding from 'lib0/decoding'
import WebSocket from 'ws'

/** A hand-made client: raw frames out, decoded frames in, as a hostile phone would speak. */
export interface RawSocket {
  ws: WebSocket
  /** Every frame received, in order. */
  frames: Uint8Array[]
  /** Bytes received so far. */
  bytes(): number
  /** Reasons of the permission-denied messages received. */
  denied(): string[]
  send(frame: Uint8Array): void
  closed: Promise<number>
}

/** Opens a raw websocket on `/sync/<room>` and resolves once it is open. */
export async function openRaw(
  server: { url: string },
  room: string,
  token: string,
  options: WebSocket.ClientOptions = {},
): Promise<RawSocket> {
  const ws = new WebSocket(
    `${server.url.replace(/^http/, 'ws')}/sync/${room}?token=${token}`,
    options,
  )
  const frames: Uint8Array[] = []
  ws.on('message', (data: Buffer) => frames.push(new Uint8Array(data)))
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)))
  await new Promise((resolve, reject) => {
    ws.once('open', resolve)
    ws.once('error', reject)
  })
  return {
    ws,
    frames,
    bytes: () => frames.reduce((sum, frame) => sum + frame.length, 0),
    denied: () =>
      frames.flatMap((frame) => {
        const decoder = decoding.createDecoder(frame)
        if (decoding.readVarUint(decoder) !== 2 || decoding.readVarUint(decoder) !== 0) return []
        return [decoding.readVarString(decoder)]
      }),
    send: (frame) => ws.send(frame),
    closed,
  }
}
