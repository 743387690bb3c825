import { beforeEach, describe, expect, it } from 'vitest'
import {
  api,
  type CreatedWorkshop,
  createWorkshop,
  roleToken,
  serverForEachTest,
  type TestServer,
} from '../test-support/harness.js'

// Issue 9: only the facilitator key (or an invitation) mints tokens and
// rotates the key; a 12-hour facilitator token cannot renew itself for ever.

type ErrorBody = { error: { code: string; message: string } }
let server: TestServer
let workshop: CreatedWorkshop & { inviteUrl: string }
const harness = serverForEachTest()

beforeEach(async () => {
  server = harness.server
  workshop = (await createWorkshop(server)) as typeof workshop
})

const mint = (bearer: string, role: 'facilitator' | 'screen') =>
  api<{ token: string } & ErrorBody>(server, `/api/workshops/${workshop.id}/tokens`, {
    body: { role },
    bearer,
  })
const rotate = (bearer: string) =>
  api<{ facilitatorKey: string } & ErrorBody>(
    server,
    `/api/workshops/${workshop.id}/facilitator-key/rotate`,
    { method: 'POST', bearer },
  )

describe('minting tokens and rotating the key need the key or an invitation', () => {
  it('refuses a facilitator token with 403 key-required, for both roles and for rotation', async () => {
    const token = await roleToken(server, workshop, 'facilitator')
    for (const role of ['facilitator', 'screen'] as const) {
      const refused = await mint(token, role)
      expect(refused.status).toBe(403)
      expect(refused.body.error.code).toBe('key-required')
    }
    const rotation = await rotate(token)
    expect(rotation.status).toBe(403)
    expect(rotation.body.error.code).toBe('key-required')
    // Nothing was rotated: the key still opens the workshop.
    expect((await mint(workshop.facilitatorKey, 'facilitator')).status).toBe(200)
    // The token itself still works for what a board does with it.
    expect((await api(server, `/api/workshops/${workshop.id}`, { bearer: token })).status).toBe(200)
  })

  it('lets the key and an invitation mint both roles', async () => {
    const invite = new URL(workshop.inviteUrl).hash.replace(/^#key=/, '')
    for (const bearer of [workshop.facilitatorKey, invite]) {
      for (const role of ['facilitator', 'screen'] as const) {
        const minted = await mint(bearer, role)
        expect(minted.status).toBe(200)
        expect(minted.body.token).toEqual(expect.any(String))
      }
    }
    expect((await rotate(workshop.facilitatorKey)).status).toBe(200)
  })

  it('refuses a screen token as before (403 bad-key)', async () => {
    const screen = await roleToken(server, workshop, 'screen')
    expect((await mint(screen, 'screen')).status).toBe(403)
  })
})
