import { createHmac } from 'node:crypto'
import { setPhase } from '@atelier/board-model'
import { beforeEach, describe, expect, it } from 'vitest'
import { loadSecret } from '../auth/secret.js'
import {
  api,
  type CreatedWorkshop,
  createWorkshop,
  joinWorkshop,
  roleToken,
  serverForEachTest,
  type TestServer,
  upgradeStatus,
  waitFor,
} from '../test-support/harness.js'

// Issue 8: the facilitator is never locked out, and a leaked link can be shut.
// A real server on port 0, stock y-websocket clients, plain fetch.

type ErrorBody = { error: { code: string; message: string } }
interface Rotated {
  facilitatorKey: string
  facilitatorUrl: string
  inviteUrl: string
  token: string
  generation: number
}

let server: TestServer
let workshop: CreatedWorkshop & { inviteUrl: string }
const harness = serverForEachTest()
const { open } = harness

beforeEach(async () => {
  server = harness.server
  workshop = (await createWorkshop(server)) as typeof workshop
})

const keyOf = (url: string) => new URL(url).hash.replace(/^#key=/, '')
const rotate = (bearer?: string, body?: unknown) =>
  api<Rotated & ErrorBody>(server, `/api/workshops/${workshop.id}/facilitator-key/rotate`, {
    method: 'POST',
    ...(bearer ? { bearer } : {}),
    ...(body === undefined ? {} : { body }),
  })
const info = (bearer: string) => api<ErrorBody>(server, `/api/workshops/${workshop.id}`, { bearer })
const tokenWith = (bearer: string, role: 'facilitator' | 'screen' = 'facilitator') =>
  api<{ token: string } & ErrorBody>(server, `/api/workshops/${workshop.id}/tokens`, {
    body: { role },
    bearer,
  })

/**
 * The status of a websocket upgrade (101 when it opens) and, when refused,
 * the error code the same URL answers over plain HTTP (what the web app's
 * probe reads, since browsers hide a refused upgrade's body).
 */
async function refusedUpgrade(path: string): Promise<{ status: number; code?: string }> {
  const status = await upgradeStatus(server, path)
  if (status === 101) return { status }
  const body = (await (await fetch(`${server.url}${path}`)).json()) as ErrorBody
  return { status, code: body.error.code }
}

describe('POST /api/workshops/:id/facilitator-key/rotate', () => {
  it('revokes the old key and facilitator tokens over HTTP; the new key and token work', async () => {
    const oldToken = await roleToken(server, workshop, 'facilitator')
    const screenToken = await roleToken(server, workshop, 'screen')
    const rotated = await rotate(workshop.facilitatorKey)
    expect(rotated.status).toBe(200)
    expect(rotated.body.generation).toBe(1)
    expect(rotated.body.facilitatorUrl).toBe(
      `${server.url}/w/${workshop.id}#key=${rotated.body.facilitatorKey}`,
    )
    expect(rotated.body.facilitatorKey).not.toBe(workshop.facilitatorKey)

    const oldKey = await info(workshop.facilitatorKey)
    expect(oldKey.status).toBe(401)
    expect(oldKey.body.error.code).toBe('key-replaced')
    expect(oldKey.body.error.message).toMatch(/replaced/)
    const oldTok = await tokenWith(oldToken, 'screen')
    expect(oldTok.status).toBe(401)
    expect(oldTok.body.error.code).toBe('token-revoked')

    expect((await info(rotated.body.facilitatorKey)).status).toBe(200)
    expect((await info(rotated.body.token)).status).toBe(200)
    expect((await tokenWith(rotated.body.facilitatorKey)).status).toBe(200)
    // The projector stays on.
    expect((await info(screenToken)).status).toBe(200)
  })

  it('closes open facilitator sockets and refuses their token; screens and phones stay', async () => {
    const oldToken = await roleToken(server, workshop, 'facilitator')
    const screenToken = await roleToken(server, workshop, 'screen')
    const phone = await joinWorkshop(server, workshop.code, 'Amandine')
    const board = open(workshop.id, oldToken)
    const privateRoom = open(`${workshop.id}:private`, oldToken)
    const screen = open(workshop.id, screenToken)
    const own = open(`${workshop.id}:${phone.participantId}`, phone.token)
    await Promise.all([board.synced, privateRoom.synced, screen.synced, own.synced])
    const closes: { code: number; reason: string }[] = []
    board.provider.on('closed', (event) => closes.push(event))

    const rotated = await rotate(workshop.facilitatorKey)
    expect(rotated.status).toBe(200)
    await waitFor(() => closes.length === 1, 5000, 'old facilitator socket closed')
    expect(closes[0]).toEqual({ code: 4401, reason: 'token-revoked' })
    await waitFor(() => !privateRoom.provider.wsconnected, 5000, 'private room closed')
    // 44xx: the stock provider does not come back.
    expect(board.provider.shouldConnect).toBe(false)

    expect(await refusedUpgrade(`/sync/${workshop.id}?token=${oldToken}`)).toEqual({
      status: 401,
      code: 'token-revoked',
    })
    expect(await upgradeStatus(server, `/sync/${workshop.id}?token=${rotated.body.token}`)).toBe(
      101,
    )

    // The screen and the phone were not disconnected and still write / read.
    expect(screen.provider.wsconnected).toBe(true)
    expect(own.provider.wsconnected).toBe(true)
    const fresh = open(workshop.id, rotated.body.token)
    await fresh.synced
    setPhase(fresh.doc, 'cluster', 'facilitator')
    await waitFor(
      () => (screen.doc.getMap('meta').get('phase') as string) === 'cluster',
      5000,
      'screen sees the new facilitator',
    )
    expect(await upgradeStatus(server, `/sync/${workshop.id}?token=${phone.token}`)).toBe(101)
  })

  it('refuses hostile requests with clear errors and rotates nothing', async () => {
    const missing = await rotate()
    expect(missing.status).toBe(401)
    expect(missing.body.error.code).toBe('missing-key')
    const wrong = await rotate('not-the-key')
    expect(wrong.status).toBe(403)
    expect(wrong.body.error.code).toBe('bad-key')
    const screen = await rotate(await roleToken(server, workshop, 'screen'))
    expect(screen.body.error.code).toBe('bad-key')
    const phone = await joinWorkshop(server, workshop.code)
    expect((await rotate(phone.token)).status).toBe(403)

    const badJson = await fetch(
      `${server.url}/api/workshops/${workshop.id}/facilitator-key/rotate`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${workshop.facilitatorKey}`,
          'content-type': 'application/json',
        },
        body: '{nope',
      },
    )
    expect(badJson.status).toBe(400)
    expect(((await badJson.json()) as ErrorBody).error.code).toBe('invalid-json')
    const options = await rotate(workshop.facilitatorKey, { generation: 0 })
    expect(options.status).toBe(400)
    expect(options.body.error.code).toBe('invalid-request')
    const unknown = await api<ErrorBody>(server, '/api/workshops/nope/facilitator-key/rotate', {
      method: 'POST',
      bearer: workshop.facilitatorKey,
    })
    expect(unknown.status).toBe(404)

    // None of the above rotated: the original key still opens the workshop.
    expect((await info(workshop.facilitatorKey)).status).toBe(200)
  })
})

describe('co-facilitator invitations', () => {
  it('opens the facilitator board, opens no room itself, and dies with a rotation', async () => {
    expect(workshop.inviteUrl).toMatch(new RegExp(`^${server.url}/w/${workshop.id}#key=.+`))
    const invite = keyOf(workshop.inviteUrl)
    expect(invite).not.toBe(workshop.facilitatorKey)
    expect((await info(invite)).status).toBe(200)
    const traded = await tokenWith(invite)
    expect(traded.status).toBe(200)
    const board = open(workshop.id, traded.body.token)
    const screen = open(workshop.id, await roleToken(server, workshop, 'screen'))
    await Promise.all([board.synced, screen.synced])
    setPhase(board.doc, 'cluster', 'facilitator')
    await waitFor(
      () => screen.doc.getMap('meta').get('phase') === 'cluster',
      5000,
      'the co-facilitator writes the board',
    )
    expect(board.denied).toEqual([])
    // The invitation itself is no websocket credential.
    expect(await refusedUpgrade(`/sync/${workshop.id}?token=${invite}`)).toEqual({
      status: 403,
      code: 'forbidden-room',
    })

    const minted = await api<{ inviteUrl: string } & ErrorBody>(
      server,
      `/api/workshops/${workshop.id}/invites`,
      { method: 'POST', bearer: traded.body.token },
    )
    expect(minted.status).toBe(201)
    const second = keyOf(minted.body.inviteUrl)
    expect((await info(second)).status).toBe(200)

    const rotated = await rotate(invite)
    expect(rotated.status).toBe(200)
    for (const old of [invite, second]) {
      const refused = await info(old)
      expect(refused.status).toBe(401)
      expect(refused.body.error.code).toBe('token-revoked')
    }
    expect((await info(keyOf(rotated.body.inviteUrl))).status).toBe(200)
  })

  it('refuses an invitation request without a valid facilitator credential', async () => {
    const path = `/api/workshops/${workshop.id}/invites`
    expect((await api<ErrorBody>(server, path, { method: 'POST' })).body.error.code).toBe(
      'missing-key',
    )
    const screen = await roleToken(server, workshop, 'screen')
    expect((await api(server, path, { method: 'POST', bearer: screen })).status).toBe(403)
    const badJson = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${workshop.facilitatorKey}`,
        'content-type': 'application/json',
      },
      body: 'nope',
    })
    expect(badJson.status).toBe(400)
  })
})

describe('version-1 facilitator tokens (before rotation existed)', () => {
  it('stay valid at generation 0 and are revoked by the first rotation', async () => {
    const secret = loadSecret(server.dataDir)
    const now = Date.now()
    const payload = Buffer.from(
      JSON.stringify({ v: 1, w: workshop.id, r: 'facilitator', iat: now, exp: now + 3600_000 }),
    ).toString('base64url')
    const legacy = `${payload}.${createHmac('sha256', secret).update(payload).digest('base64url')}`
    expect((await info(legacy)).status).toBe(200)
    expect(await upgradeStatus(server, `/sync/${workshop.id}?token=${legacy}`)).toBe(101)
    await rotate(workshop.facilitatorKey)
    expect((await info(legacy)).body.error.code).toBe('token-revoked')
    expect(await refusedUpgrade(`/sync/${workshop.id}?token=${legacy}`)).toEqual({
      status: 401,
      code: 'token-revoked',
    })
  })
})
