import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { WebSocket, WebSocketServer } from 'ws'
import * as Y from 'yjs'
import { prepareFrame, writePrepared } from './prepared-frame.js'
import { decodeMessage, encodeUpdate } from './protocol.js'

const servers: WebSocketServer[] = []
const clients: WebSocket[] = []

afterEach(async () => {
  for (const client of clients.splice(0)) client.terminate()
  await Promise.all(
    servers
      .splice(0)
      .map((server) => new Promise<void>((resolve) => server.close(() => resolve()))),
  )
})

/** A `ws` server on loopback and `count` clients connected to it, each collecting what it receives. */
async function connected(count: number, perMessageDeflate = false) {
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate })
  servers.push(server)
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  const port = (server.address() as AddressInfo).port
  const accepted: WebSocket[] = []
  const allAccepted = new Promise<void>((resolve) =>
    server.on('connection', (socket) => {
      accepted.push(socket)
      if (accepted.length === count) resolve()
    }),
  )
  const received: Buffer[][] = []
  for (let i = 0; i < count; i++) {
    const client = new WebSocket(`ws://127.0.0.1:${port}`, { perMessageDeflate })
    clients.push(client)
    const frames: Buffer[] = []
    received.push(frames)
    client.on('message', (data: Buffer, isBinary) => {
      expect(isBinary).toBe(true)
      frames.push(data)
    })
    await new Promise<void>((resolve) => client.once('open', () => resolve()))
  }
  await allAccepted
  const until = async (perClient: number) => {
    const deadline = Date.now() + 5000
    while (received.some((frames) => frames.length < perClient) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 5))
  }
  return { accepted, received, until }
}

function noteUpdate(text: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getMap('notes').set('n1', text)
  return Y.encodeStateAsUpdate(doc)
}

describe('a frame prepared once for a room', () => {
  it('reaches every peer as the same valid y-websocket sync update', async () => {
    const { accepted, received, until } = await connected(8)
    const update = noteUpdate('the same note for everyone')
    const frame = prepareFrame(encodeUpdate(update))
    for (const socket of accepted) expect(writePrepared(socket, frame)).toBe(true)
    await until(1)
    for (const frames of received) {
      expect(frames).toHaveLength(1)
      expect(new Uint8Array(frames[0]!)).toEqual(frame.payload)
      const message = decodeMessage(new Uint8Array(frames[0]!))
      expect(message.type).toBe('sync-update')
      if (message.type === 'sync-update') expect(message.update).toEqual(update)
    }
  })

  it('frames every payload length, in order with what ws itself sends', async () => {
    const { accepted, received, until } = await connected(2)
    // Each boundary of the three length encodings (7 bits, 16 bits, 64 bits).
    const lengths = [0, 1, 125, 126, 127, 65_535, 65_536, 70_000]
    const payloads = lengths.map((length, i) => {
      const payload = new Uint8Array(length)
      for (let b = 0; b < length; b++) payload[b] = (b * 31 + i) & 0xff
      return payload
    })
    for (const [i, payload] of payloads.entries()) {
      const frame = prepareFrame(payload)
      for (const socket of accepted) {
        // Interleaved with ws.send: a prepared frame never overtakes one ws wrote.
        if (i % 2 === 0) expect(writePrepared(socket, frame)).toBe(true)
        else socket.send(payload)
      }
    }
    await until(payloads.length)
    for (const frames of received)
      expect(frames.map((f) => new Uint8Array(f))).toEqual(payloads.map((p) => new Uint8Array(p)))
  })

  it('is refused, writing nothing, where the socket compresses: ws.send is the fallback', async () => {
    const { accepted, received, until } = await connected(1, true)
    const socket = accepted[0]!
    expect(socket.extensions).toContain('permessage-deflate')
    const frame = prepareFrame(encodeUpdate(noteUpdate('deflated')))
    expect(writePrepared(socket, frame)).toBe(false)
    socket.send(frame.payload)
    await until(1)
    expect(received[0]!.map((f) => new Uint8Array(f))).toEqual([frame.payload])
  })

  it('is refused in the middle of a fragmented message', async () => {
    const { accepted, received, until } = await connected(1)
    const socket = accepted[0]!
    socket.send(new Uint8Array([1, 2]), { fin: false })
    const frame = prepareFrame(new Uint8Array([9]))
    expect(writePrepared(socket, frame)).toBe(false)
    socket.send(new Uint8Array([3]), { fin: true })
    expect(writePrepared(socket, frame)).toBe(true)
    await until(2)
    expect(received[0]!.map((f) => [...f])).toEqual([[1, 2, 3], [9]])
  })
})
