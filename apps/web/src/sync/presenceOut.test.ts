import { describe, expect, it } from 'vitest'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { sendOwnPresenceOnly, silentAwareness } from './presenceOut'

const MESSAGE_AWARENESS = 1

/** A socket the test opens by hand; it keeps what the provider sends. */
class RecordingSocket {
  static last: RecordingSocket | null = null
  readonly OPEN = 1
  readyState = 0
  binaryType = 'arraybuffer'
  sent: Uint8Array[] = []
  onopen: (() => void) | null = null
  onmessage: ((event: { data: ArrayBuffer }) => void) | null = null
  onclose: ((event: unknown) => void) | null = null
  onerror: ((event: unknown) => void) | null = null
  constructor() {
    RecordingSocket.last = this
  }
  open() {
    this.readyState = 1
    this.onopen?.()
  }
  send(data: Uint8Array) {
    this.sent.push(new Uint8Array(data))
  }
  close() {
    this.readyState = 3
  }
}

/** The client ids of every awareness frame the provider sent, frame by frame. */
function presenceSent(socket: RecordingSocket): number[][] {
  return socket.sent
    .filter((frame) => frame[0] === MESSAGE_AWARENESS)
    .map((frame) => {
      // The message type, the update's length (varuints), then the update.
      let at = 1
      while (frame[at]! & 0x80) at++
      const update = frame.subarray(at + 1)
      const reader = new Awareness(new Y.Doc())
      const ids: number[] = []
      reader.on('update', ({ added, updated }: { added: number[]; updated: number[] }) =>
        ids.push(...added, ...updated),
      )
      applyAwarenessUpdate(reader, update, 'test')
      return ids
    })
}

function openProvider(ownOnly: boolean) {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider('ws://127.0.0.1:9/sync', 'room', doc, {
    awareness: silentAwareness(doc),
    WebSocketPolyfill: RecordingSocket as unknown as typeof WebSocket,
    disableBc: true,
  })
  if (ownOnly) sendOwnPresenceOnly(provider)
  const socket = RecordingSocket.last!
  socket.open()
  return { doc, provider, socket }
}

/** The server's presence: one client id whose state is the people count. */
const server = new Awareness(new Y.Doc())

/** The people count, as the server's awareness frame brings it. */
function peopleCountFrame(count: number): ArrayBuffer {
  server.setLocalState({ server: { participants: count } })
  const update = encodeAwarenessUpdate(server, [server.clientID])
  const frame = new Uint8Array(update.length + 2)
  frame[0] = MESSAGE_AWARENESS
  frame[1] = update.length
  frame.set(update, 2)
  return frame.buffer
}

describe('the presence a page sends', () => {
  it('a room sends none on connecting, nor an echo of the people count', () => {
    const { provider, socket } = openProvider(true)
    socket.onmessage?.({ data: peopleCountFrame(3) })
    socket.onmessage?.({ data: peopleCountFrame(4) })
    expect(provider.awareness.getStates().size).toBe(1)
    expect(presenceSent(socket)).toEqual([])
    provider.destroy()
  })

  it('the stock provider would have echoed each count (what the test guards against)', () => {
    const { provider, socket } = openProvider(false)
    socket.onmessage?.({ data: peopleCountFrame(3) })
    expect(presenceSent(socket)).toHaveLength(1)
    provider.destroy()
  })

  it('a page that announces itself sends its own state, and only its own', () => {
    const { doc, provider, socket } = openProvider(true)
    socket.onmessage?.({ data: peopleCountFrame(3) })
    provider.awareness.setLocalState({ user: { role: 'facilitator', id: 'facilitator' } })
    // Another facilitator's state arriving, then this page's own change.
    const other = new Awareness(new Y.Doc())
    other.setLocalState({ user: { role: 'facilitator', id: 'f2' } })
    applyAwarenessUpdate(
      provider.awareness,
      encodeAwarenessUpdate(other, [other.clientID]),
      provider,
    )
    provider.awareness.setLocalStateField('user', { role: 'facilitator', id: 'again' })
    expect(presenceSent(socket)).toEqual([[doc.clientID], [doc.clientID]])
    provider.destroy()
  })
})
