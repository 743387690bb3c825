import { type RoomPreview, readDimensions, readMeta, setPhase } from '@atelier/board-model'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  api,
  type CreatedWorkshop,
  connect,
  createWorkshop,
  startTestServer,
  type TestServer,
  waitFor,
} from '../test-support/harness.js'
import { CODE_ALPHABET, CODE_LENGTH } from '../workshops/ids.js'

let server: TestServer
let workshop: CreatedWorkshop

beforeAll(async () => {
  server = await startTestServer()
  workshop = await createWorkshop(server, {
    title: 'Atelier Lyon',
    territory: 'Lyon',
    template: 'congress',
  })
})
afterAll(() => server.stop())

type ErrorBody = { error: { code: string; message: string } }

describe('POST /api/workshops', () => {
  it('creates a workshop with links and a code that reads aloud', async () => {
    expect(workshop.code).toHaveLength(CODE_LENGTH)
    for (const char of workshop.code) expect(CODE_ALPHABET).toContain(char)
    expect(workshop.facilitatorUrl).toBe(
      `${server.url}/w/${workshop.id}#key=${workshop.facilitatorKey}`,
    )
    expect(workshop.joinUrl).toBe(`${server.url}/j/${workshop.code}`)
    expect(workshop.screenUrl).toMatch(
      new RegExp(`^${server.url}/w/${workshop.id}/screen#token=.+`),
    )
  })

  it('creates the congress dimensions with their French prompts', async () => {
    const token = (
      await api<{ token: string }>(server, `/api/workshops/${workshop.id}/tokens`, {
        body: { role: 'screen' },
        bearer: workshop.facilitatorKey,
      })
    ).body.token
    const screen = connect(server, workshop.id, token)
    await screen.synced
    const dimensions = screen.doc.getMap('dimensions')
    expect([...dimensions.keys()].sort()).toEqual(['efficacite', 'reseau', 'vision'])
    expect((dimensions.get('efficacite') as { get(k: string): unknown }).get('title')).toBe(
      "L'efficacité du mouvement",
    )
    screen.destroy()
  })

  it('names every problem of an invalid body', async () => {
    const { status, body } = await api<ErrorBody>(server, '/api/workshops', {
      body: { title: '', template: 'nope' },
    })
    expect(status).toBe(400)
    expect(body.error.code).toBe('invalid-request')
    expect(body.error.message).toMatch(/title/)
    expect(body.error.message).toMatch(/template/)
  })

  it('answers a body that is not JSON with 400', async () => {
    const response = await fetch(`${server.url}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{nope',
    })
    expect(response.status).toBe(400)
    expect(((await response.json()) as ErrorBody).error.code).toBe('invalid-json')
  })
})

describe('POST /api/join', () => {
  const join = (code: string, name?: string) =>
    api<{ workshopId: string; participantId: string; token: string; room?: RoomPreview }>(
      server,
      '/api/join',
      { body: name ? { code, name } : { code } },
    )

  it('joins with the code as typed on a phone, in any case and with spaces', async () => {
    const typed = `${workshop.code.slice(0, 3).toLowerCase()} ${workshop.code.slice(3)}`
    const { status, body } = await join(typed, 'Amandine')
    expect(status).toBe(200)
    expect(body.workshopId).toBe(workshop.id)
    expect(body.participantId).toMatch(/^[a-z0-9]+$/)
    expect(body.token).toContain('.')
    // Nobody holds the board yet: the join does not load it for a preview.
    expect(body.room).toBeUndefined()
  })

  it('answers with the meta and themes of the board once someone is in the workshop', async () => {
    const first = await join(workshop.code)
    const board = connect(server, workshop.id, first.body.token)
    await board.synced
    // What the phone shows before its copy of the board arrives: the board's own meta and themes.
    const { body } = await join(workshop.code)
    expect(body.room).toEqual({ meta: readMeta(board.doc), dimensions: readDimensions(board.doc) })
    expect(body.room!.meta).toMatchObject({ title: 'Atelier Lyon', phase: 'collect' })
    expect(body.room!.dimensions.length).toBeGreaterThan(0)
    board.destroy()
  })

  it('answers an unknown code with 404', async () => {
    const { status, body } = await api<ErrorBody>(server, '/api/join', { body: { code: 'XXXXXX' } })
    expect(status).toBe(404)
    expect(body.error.code).toBe('unknown-code')
  })
})

describe('joining a closed or full workshop', () => {
  it('refuses phones once the facilitator closes the workshop, and again when reopened lets them in', async () => {
    const closing = await createWorkshop(server, { title: 'À fermer' })
    const token = (
      await api<{ token: string }>(server, `/api/workshops/${closing.id}/tokens`, {
        body: { role: 'facilitator' },
        bearer: closing.facilitatorKey,
      })
    ).body.token
    const facilitator = connect(server, closing.id, token)
    await facilitator.synced
    setPhase(facilitator.doc, 'closed', 'facilitator')
    await waitFor(
      async () => (await api(server, '/api/join', { body: { code: closing.code } })).status === 404,
    )
    const refused = await api<ErrorBody>(server, '/api/join', { body: { code: closing.code } })
    expect(refused.body.error.code).toBe('workshop-closed')
    setPhase(facilitator.doc, 'collect', 'facilitator')
    await waitFor(
      async () => (await api(server, '/api/join', { body: { code: closing.code } })).status === 200,
    )
    facilitator.destroy()
  })

  it('refuses phones past the participant cap with 409', async () => {
    const small = await startTestServer(undefined, { maxParticipantsPerWorkshop: 2 })
    try {
      const created = await createWorkshop(small)
      expect((await api(small, '/api/join', { body: { code: created.code } })).status).toBe(200)
      expect((await api(small, '/api/join', { body: { code: created.code } })).status).toBe(200)
      const third = await api<ErrorBody>(small, '/api/join', { body: { code: created.code } })
      expect(third.status).toBe(409)
      expect(third.body.error.code).toBe('workshop-full')
    } finally {
      await small.stop()
    }
  })
})

describe('POST /api/workshops/:id/tokens', () => {
  it('issues role tokens to the facilitator key only', async () => {
    const path = `/api/workshops/${workshop.id}/tokens`
    expect((await api(server, path, { body: { role: 'screen' } })).status).toBe(401)
    expect((await api(server, path, { body: { role: 'screen' }, bearer: 'wrong' })).status).toBe(
      403,
    )
    expect(
      (await api(server, path, { body: { role: 'admin' }, bearer: workshop.facilitatorKey }))
        .status,
    ).toBe(400)
    expect(
      (await api(server, '/api/workshops/nope/tokens', { body: { role: 'screen' }, bearer: 'x' }))
        .status,
    ).toBe(404)
    const ok = await api<{ token: string }>(server, path, {
      body: { role: 'facilitator' },
      bearer: workshop.facilitatorKey,
    })
    expect(ok.status).toBe(200)
    expect(ok.body.token).toContain('.')
  })
})

describe('GET /api/workshops/:id', () => {
  it('gives the join code to the facilitator and the projector, not to phones', async () => {
    const path = `/api/workshops/${workshop.id}`
    const expected = {
      id: workshop.id,
      code: workshop.code,
      status: 'open',
      joinUrl: workshop.joinUrl,
    }
    expect((await api(server, path, { bearer: workshop.facilitatorKey })).body).toMatchObject(
      expected,
    )
    const screen = (
      await api<{ token: string }>(server, `${path}/tokens`, {
        body: { role: 'screen' },
        bearer: workshop.facilitatorKey,
      })
    ).body.token
    expect((await api(server, path, { bearer: screen })).body).toMatchObject(expected)
    const phone = (
      await api<{ token: string }>(server, '/api/join', { body: { code: workshop.code } })
    ).body.token
    expect((await api(server, path, { bearer: phone })).status).toBe(403)
    expect((await api(server, path)).status).toBe(401)
  })
})

describe('service routes', () => {
  it('reports health, server time and unknown API routes as JSON', async () => {
    expect((await api<{ ok: boolean }>(server, '/healthz')).body.ok).toBe(true)
    const { body } = await api<{ now: number }>(server, '/api/time')
    expect(Math.abs(body.now - Date.now())).toBeLessThan(5000)
    const metrics = await fetch(`${server.url}/metrics`).then((r) => r.text())
    expect(metrics).toMatch(/^atelier_updates_stored_total [1-9]\d*$/m)
    expect(metrics).toMatch(/^atelier_connections \d+$/m)
    const missing = await api<ErrorBody>(server, '/api/nothing-here')
    expect(missing.status).toBe(404)
    expect(missing.body.error.code).toBe('not-found')
  })
})
