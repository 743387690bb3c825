import { createCluster, setPhase } from '@atelier/board-model'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { layoutRoom, participantRoom, privateRoom } from '../auth/access.js'
import {
  api,
  type CreatedWorkshop,
  connect,
  createWorkshop,
  joinWorkshop,
  roleToken,
  startTestServer,
  type TestServer,
  upgradeStatus,
  waitFor,
} from '../test-support/harness.js'

let server: TestServer
let workshop: CreatedWorkshop

beforeAll(async () => {
  server = await startTestServer()
  workshop = await createWorkshop(server, { title: 'Atelier Lyon', template: 'congress' })
})
afterAll(() => server.stop())

type ErrorBody = { error: { code: string; message: string } }
type Check = { ok: boolean; title: string; status: string }

describe('GET /api/join/:code', () => {
  it('answers a joinable code with the title only, as typed on a phone, creating no participant', async () => {
    const typed = `${workshop.code.slice(0, 3).toLowerCase()}-${workshop.code.slice(3)}`
    const { status, body } = await api<Check>(server, `/api/join/${typed}`)
    expect(status).toBe(200)
    expect(body).toEqual({ ok: true, title: 'Atelier Lyon', status: 'open' })
    // Nothing else leaks: no id, no participant token.
    expect(JSON.stringify(body)).not.toContain(workshop.id)
    const facilitator = connect(server, workshop.id, await roleToken(server, workshop, 'screen'))
    await facilitator.synced
    expect(facilitator.doc.getMap('participants').size).toBe(0)
    facilitator.destroy()
  })

  it('refuses an unknown or malformed code with 404 unknown-code', async () => {
    for (const code of ['XXXXXX', 'AB', 'é'.repeat(40)]) {
      const { status, body } = await api<ErrorBody>(server, `/api/join/${encodeURIComponent(code)}`)
      expect(status, code).toBe(404)
      expect(body.error.code, code).toBe('unknown-code')
    }
  })

  it('refuses a closed workshop with 404 workshop-closed', async () => {
    const closing = await createWorkshop(server, { title: 'À fermer' })
    const facilitator = connect(server, closing.id, await roleToken(server, closing, 'facilitator'))
    await facilitator.synced
    setPhase(facilitator.doc, 'closed', 'facilitator')
    await waitFor(async () => (await api(server, `/api/join/${closing.code}`)).status === 404)
    const { body } = await api<ErrorBody>(server, `/api/join/${closing.code}`)
    expect(body.error.code).toBe('workshop-closed')
    facilitator.destroy()
  })

  it('refuses a full workshop with 409 workshop-full', async () => {
    const small = await startTestServer(undefined, { maxParticipantsPerWorkshop: 1 })
    try {
      const created = await createWorkshop(small)
      expect((await api(small, `/api/join/${created.code}`)).status).toBe(200)
      await joinWorkshop(small, created.code)
      const full = await api<ErrorBody>(small, `/api/join/${created.code}`)
      expect(full.status).toBe(409)
      expect(full.body.error.code).toBe('workshop-full')
    } finally {
      await small.stop()
    }
  })
})

describe('POST /api/workshops/:id/results-link', () => {
  const path = () => `/api/workshops/${workshop.id}/results-link`
  const resultsToken = async () =>
    (
      await api<{ token: string; url: string }>(server, path(), {
        body: {},
        bearer: workshop.facilitatorKey,
      })
    ).body

  it('gives the facilitator a /r/ link, and nobody else', async () => {
    const link = await resultsToken()
    expect(link.url).toBe(`${server.url}/r/${workshop.id}#token=${link.token}`)
    expect((await api<ErrorBody>(server, path(), { body: {} })).body.error.code).toBe('missing-key')
    const screen = await roleToken(server, workshop, 'screen')
    const phone = (await joinWorkshop(server, workshop.code)).token
    for (const bearer of [screen, phone, link.token]) {
      const refused = await api<ErrorBody>(server, path(), { body: {}, bearer })
      expect(refused.status).toBe(403)
      expect(refused.body.error.code).toBe('bad-key')
    }
  })

  it('opens the board room read-only: the board arrives, writes are dropped with a reason', async () => {
    const { token } = await resultsToken()
    const facilitator = connect(
      server,
      workshop.id,
      await roleToken(server, workshop, 'facilitator'),
    )
    await facilitator.synced
    createCluster(facilitator.doc, { title: 'Achats groupés', dimension: 'reseau' }, 'facilitator')

    const reader = connect(server, workshop.id, token)
    await reader.synced
    await waitFor(() => reader.doc.getMap('clusters').size === 1, 5000, 'cluster reaches the link')
    reader.doc.getMap('meta').set('title', 'Piraté')
    await waitFor(() => reader.denied.length > 0, 5000, 'permission denied')
    expect(reader.denied[0]).toMatch(/read-only/)
    // A fresh reader sees the board unchanged.
    const again = connect(server, workshop.id, await roleToken(server, workshop, 'screen'))
    await again.synced
    expect(again.doc.getMap('meta').get('title')).toBe('Atelier Lyon')
    for (const client of [facilitator, reader, again]) client.destroy()
  })

  it('never opens the private, layout or participant rooms, nor the workshop info', async () => {
    const { token } = await resultsToken()
    const phone = await joinWorkshop(server, workshop.code)
    for (const room of [
      privateRoom(workshop.id),
      layoutRoom(workshop.id),
      participantRoom(workshop.id, phone.participantId),
    ]) {
      const refused = await fetch(`${server.url}/sync/${encodeURIComponent(room)}?token=${token}`)
      expect(refused.status, room).toBe(403)
      expect(((await refused.json()) as ErrorBody).error.code, room).toBe('forbidden-room')
      expect(await upgradeStatus(server, `/sync/${encodeURIComponent(room)}?token=${token}`)).toBe(
        403,
      )
    }
    // The join code is not for a shared link (it would let readers join the room).
    expect((await api(server, `/api/workshops/${workshop.id}`, { bearer: token })).status).toBe(403)
    // Another workshop's board stays shut.
    const other = await createWorkshop(server, { title: 'Autre' })
    expect(await upgradeStatus(server, `/sync/${other.id}?token=${token}`)).toBe(403)
  })
})
