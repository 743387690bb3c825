import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { loadSecret } from '../auth/secret.js'
import { TokenSigner } from '../auth/tokens.js'
import {
  type CreatedWorkshop,
  createWorkshop,
  joinWorkshop,
  roleToken,
  startTestServer,
  type TestServer,
  upgradeStatus,
} from '../test-support/harness.js'
import { encodeAwareness } from './protocol.js'

let server: TestServer
let workshop: CreatedWorkshop
let other: CreatedWorkshop

beforeAll(async () => {
  server = await startTestServer()
  workshop = await createWorkshop(server)
  other = await createWorkshop(server)
})
afterAll(() => server.stop())

const sync = (room: string, token?: string) =>
  `/sync/${room}${token === undefined ? '' : `?token=${encodeURIComponent(token)}`}`

describe('websocket upgrade is decided before a socket exists', () => {
  it('opens with a valid token for a room it may read', async () => {
    expect(
      await upgradeStatus(server, sync(workshop.id, await roleToken(server, workshop, 'screen'))),
    ).toBe(101)
  })

  it('refuses a missing, forged or expired token with 401', async () => {
    expect(await upgradeStatus(server, sync(workshop.id))).toBe(401)
    const genuine = await roleToken(server, workshop, 'facilitator')
    const forged = `${genuine.split('.')[0]}.AAAA${genuine.split('.')[1]!.slice(4)}`
    expect(await upgradeStatus(server, sync(workshop.id, forged))).toBe(401)
    const past = Date.now() - 30 * 24 * 3600_000
    const expired = new TokenSigner(loadSecret(server.dataDir), () => past).sign({
      workshopId: workshop.id,
      role: 'facilitator',
    })
    expect(await upgradeStatus(server, sync(workshop.id, expired))).toBe(401)
  })

  it('refuses rooms the token does not open with 403', async () => {
    const phone = await joinWorkshop(server, workshop.code)
    const screen = await roleToken(server, workshop, 'screen')
    expect(
      await upgradeStatus(server, sync(other.id, await roleToken(server, workshop, 'facilitator'))),
    ).toBe(403)
    expect(await upgradeStatus(server, sync(`${workshop.id}:layout`, phone.token))).toBe(403)
    expect(await upgradeStatus(server, sync(`${workshop.id}:private`, phone.token))).toBe(403)
    expect(await upgradeStatus(server, sync(`${workshop.id}:private`, screen))).toBe(403)
    expect(await upgradeStatus(server, sync(`${workshop.id}:someoneelse`, phone.token))).toBe(403)
    expect(await upgradeStatus(server, sync(`${workshop.id}:${phone.participantId}`, screen))).toBe(
      403,
    )
  })

  it('refuses malformed room names with 404 and foreign page origins with 403', async () => {
    const facilitator = await roleToken(server, workshop, 'facilitator')
    expect(await upgradeStatus(server, sync(`${workshop.id}:a:b`, facilitator))).toBe(404)
    expect(
      await upgradeStatus(server, sync(workshop.id, facilitator), {
        origin: 'https://evil.example',
      }),
    ).toBe(403)
    expect(
      await upgradeStatus(server, sync(workshop.id, facilitator), { origin: server.url }),
    ).toBe(101)
  })
})

describe('a refused upgrade says why', () => {
  it('answers with the JSON error a plain request would get', async () => {
    const refusal = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const ws = new WebSocket(`${server.url.replace(/^http/, 'ws')}${sync(workshop.id)}`)
      ws.on('unexpected-response', (_req, res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => {
          body += chunk
        })
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      })
      ws.on('error', (error) => {
        if (!String(error).includes('Unexpected server response')) reject(error)
      })
    })
    expect(refusal.status).toBe(401)
    expect(JSON.parse(refusal.body)).toMatchObject({ error: { code: 'token-missing' } })
  })

  it('asks a plain HTTP request to upgrade', async () => {
    const token = await roleToken(server, workshop, 'screen')
    const response = await fetch(`${server.url}${sync(workshop.id, token)}`)
    expect(response.status).toBe(426)
    expect(response.headers.get('upgrade')).toBe('websocket')
  })
})

describe('malformed frames', () => {
  it('are refused with a reason while the server keeps serving', async () => {
    const token = await roleToken(server, workshop, 'facilitator')
    const ws = new WebSocket(`${server.url.replace(/^http/, 'ws')}${sync(workshop.id, token)}`)
    const frames: Uint8Array[] = []
    ws.on('message', (data: Buffer) => frames.push(new Uint8Array(data)))
    await new Promise((resolve) => ws.once('open', resolve))

    ws.send(Uint8Array.from([0x7f])) // unknown message type
    ws.send(Uint8Array.from([0x00, 0x02, 0xff])) // truncated update
    ws.send(Uint8Array.from([0x00, 0x02, 0x04, 0xde, 0xad, 0xbe, 0xef])) // not a Yjs update
    ws.send(encodeAwareness(new Uint8Array(64 * 1024))) // presence far too large to relay

    const authFrames = () => frames.filter((f) => f[0] === 2)
    for (let i = 0; i < 100 && authFrames().length < 3; i++)
      await new Promise((r) => setTimeout(r, 20))
    const reasons = authFrames().map((f) => new TextDecoder().decode(f.slice(3)))
    expect(reasons).toHaveLength(4)
    expect(reasons[0]).toMatch(/unknown message type/)
    expect(reasons[1]).toMatch(/malformed/)
    expect(reasons[2]).toMatch(/malformed/)
    expect(reasons[3]).toMatch(/awareness-too-large/)
    expect(ws.readyState).toBe(WebSocket.OPEN)
    ws.close()

    // Everyone else is still served and the board is intact.
    const health = (await fetch(`${server.url}/healthz`).then((r) => r.json())) as { ok: boolean }
    expect(health.ok).toBe(true)
    expect(await upgradeStatus(server, sync(workshop.id, token))).toBe(101)
  })
})

describe('a frame ws itself refuses', () => {
  it('closes that socket with 1009, counts it, and the server serves on', async () => {
    const small = await startTestServer(undefined, { maxPayload: 64 * 1024 })
    try {
      const room = await createWorkshop(small)
      const phone = await joinWorkshop(small, room.code)
      const url = (token: string) =>
        `${small.url.replace(/^http/, 'ws')}${sync(`${room.id}:${phone.participantId}`, token)}`
      const hostile = new WebSocket(url(phone.token))
      await new Promise((resolve) => hostile.once('open', resolve))
      const closed = new Promise<number>((resolve) => hostile.once('close', resolve))
      hostile.send(new Uint8Array(64 * 1024 + 1))
      expect(await closed).toBe(1009)
      // Before ws's 'error' had a listener, this frame took the whole process down.
      const screen = await roleToken(small, room, 'screen')
      expect(await upgradeStatus(small, sync(room.id, screen))).toBe(101)
      const metrics = await fetch(`${small.url}/metrics`).then((r) => r.text())
      expect(metrics).toMatch(/^atelier_connections_dropped_total\{reason="protocol-error"\} 1$/m)
    } finally {
      await small.stop()
    }
  })
})
