import type { AddressInfo } from 'node:net'
import { afterEach, expect, it } from 'vitest'
import { type WebSocket, WebSocketServer } from 'ws'
import { Listener } from './listener.js'

// The listener against a real `ws` server, as the benchmark's servers are:
// the upgrade, the hello it sends, what it receives whole or in pieces, and
// the pong a server's liveness ping expects.

let server: WebSocketServer | undefined

afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
)

function serve(): Promise<{ url: string; socket: Promise<{ ws: WebSocket; headers: unknown }> }> {
  server = new WebSocketServer({ port: 0, host: '127.0.0.1' })
  const socket = new Promise<{ ws: WebSocket; headers: unknown }>((resolve) =>
    server!.once('connection', (ws, request) => resolve({ ws, headers: request.headers })),
  )
  return new Promise((resolve) =>
    server!.once('listening', () => {
      const { port } = server!.address() as AddressInfo
      resolve({ url: `ws://127.0.0.1:${port}/room?token=t`, socket })
    }),
  )
}

const received = (ws: WebSocket, count: number) =>
  new Promise<Buffer[]>((resolve) => {
    const frames: Buffer[] = []
    ws.on('message', (data: Buffer) => frames.push(data) === count && resolve(frames))
  })

it('sends its hello, then reads messages whole, a 2 MB one included', async () => {
  const { url, socket } = await serve()
  const messages: Buffer[] = []
  const listener = new Listener(
    url,
    [Uint8Array.of(0, 1, 2), new Uint8Array(70_000).fill(7)],
    { message: (frame) => messages.push(frame) },
    { 'X-Forwarded-For': '192.0.2.9' },
  )
  const { ws, headers } = await socket
  const hello = received(ws, 2)
  await listener.opened
  const [first, second] = await hello
  expect([...first!]).toEqual([0, 1, 2])
  expect(second!.equals(Buffer.alloc(70_000, 7))).toBe(true)
  expect(headers).toMatchObject({ 'x-forwarded-for': '192.0.2.9' })

  const big = Buffer.alloc(2 * 1024 * 1024, 0x41)
  ws.send(Uint8Array.of(9))
  ws.send(big)
  await expect.poll(() => messages.length).toBe(2)
  expect([...messages[0]!]).toEqual([9])
  expect(messages[1]!.equals(big)).toBe(true)
  expect(listener.bytes).toBe(1 + big.length)
  expect(listener.frames).toBe(2)
  listener.close()
})

it('hands on a big message in pieces that add up to it, and answers a ping', async () => {
  const { url, socket } = await serve()
  let bytes = 0
  let pieces = 0
  let ends = 0
  const listener = new Listener(url, [], {
    pieces: (piece, _at, last) => {
      bytes += piece.length
      pieces++
      if (last) ends++
    },
  })
  const { ws } = await socket
  await listener.opened
  ws.send(Buffer.alloc(2 * 1024 * 1024, 0x42))
  await expect.poll(() => ends).toBe(1)
  expect(bytes).toBe(2 * 1024 * 1024)
  expect(pieces).toBeGreaterThan(1)
  const pong = new Promise<Buffer>((resolve) => ws.once('pong', resolve))
  ws.ping(Buffer.from('alive?'))
  expect((await pong).toString()).toBe('alive?')
  listener.close()
})

it('rejects its opening when the server refuses the upgrade with an HTTP status', async () => {
  server = new WebSocketServer({ port: 0, host: '127.0.0.1', verifyClient: () => false })
  await new Promise((resolve) => server!.once('listening', resolve))
  const { port } = server.address() as AddressInfo
  const refused = new Listener(`ws://127.0.0.1:${port}/room`, [])
  await expect(refused.opened).rejects.toThrow(/HTTP 401/)
})

it('holds a promised hello back until it settles, as a phone fetching its copy does', async () => {
  const { url, socket } = await serve()
  let settle: (frames: Uint8Array[]) => void = () => {}
  const later = new Promise<Uint8Array[]>((resolve) => {
    settle = resolve
  })
  const listener = new Listener(url, later)
  const { ws } = await socket
  const frames: Buffer[] = []
  ws.on('message', (data: Buffer) => frames.push(data))
  await listener.opened
  await new Promise((resolve) => setTimeout(resolve, 50))
  expect(frames).toEqual([])
  settle([Uint8Array.of(0, 0, 1, 0)])
  await expect.poll(() => frames.length).toBe(1)
  expect([...frames[0]!]).toEqual([0, 0, 1, 0])
  listener.close()
})
