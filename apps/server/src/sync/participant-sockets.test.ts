import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import {
  createWorkshop,
  joinWorkshop,
  startTestServer,
  type TestServer,
} from '../test-support/harness.js'

// One participant token opening sockets without end (a script with a join
// code) would hold server memory and file descriptors: capped per participant.

let server: TestServer | undefined
const sockets: WebSocket[] = []
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.terminate()
  await server?.stop()
  server = undefined
})

/** Opens a socket; resolves once open, or with the close code and reason if the server closes it first. */
function open(s: TestServer, room: string, token: string) {
  const ws = new WebSocket(`${s.url.replace(/^http/, 'ws')}/sync/${room}?token=${token}`)
  sockets.push(ws)
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve())
    ws.once('error', reject)
  })
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  )
  return { ws, opened, closed }
}

describe('sockets per participant', () => {
  it('the 9th socket of one participant is closed with 4429 and a reason; others are untouched', async () => {
    server = await startTestServer()
    const workshop = await createWorkshop(server)
    const phone = await joinWorkshop(server, workshop.code)
    const other = await joinWorkshop(server, workshop.code)
    const first = []
    for (let i = 0; i < 8; i++) {
      const room = i % 2 ? workshop.id : `${workshop.id}:${phone.participantId}`
      const socket = open(server, room, phone.token)
      await socket.opened
      first.push(socket)
    }
    const ninth = open(server, workshop.id, phone.token)
    const refused = await ninth.closed
    expect(refused.code).toBe(4429)
    expect(refused.reason).toContain('too-many-connections')
    // Another participant still gets in, and the first eight stay open.
    const elsewhere = open(server, workshop.id, other.token)
    await elsewhere.opened
    expect(first.every((s) => s.ws.readyState === WebSocket.OPEN)).toBe(true)
    // A socket closed frees its place.
    first[0]?.ws.close()
    await first[0]?.closed
    const again = open(server, `${workshop.id}:${phone.participantId}`, phone.token)
    // The server's sync step 1 arrives: the room was attached, not refused.
    await new Promise((resolve) => again.ws.once('message', resolve))
    expect(again.ws.readyState).toBe(WebSocket.OPEN)
  })
})
