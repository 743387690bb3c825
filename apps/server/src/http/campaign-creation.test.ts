import { readDimensions } from '@atelier/board-model'
import { afterEach, describe, expect, it } from 'vitest'
import {
  type CreatedCampaign,
  coOrganiserToken,
  createCampaign,
  type ErrorBody,
} from '../test-support/campaign.js'
import {
  api,
  type CreatedWorkshop,
  connect,
  roleToken,
  startTestServer,
  type TestServer,
} from '../test-support/harness.js'

// Issue 10: POST /api/campaigns is guarded like POST /api/workshops; workshops
// created inside a campaign get its template, and answer like POST /api/workshops.

let server: TestServer | undefined
afterEach(async () => {
  await server?.stop()
  server = undefined
})

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server!.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
const codeOf = async (response: Response) => ((await response.json()) as ErrorBody).error.code

describe('POST /api/campaigns', () => {
  it('answers 201 with the organiser key (shown once) and its /c/ link', async () => {
    server = await startTestServer()
    const created = await createCampaign(server, { level: 'national' })
    expect(created.id).toMatch(/^[a-z2-9]{12}$/)
    expect(created.organiserKey.length).toBeGreaterThanOrEqual(32)
    expect(created.organiserUrl).toBe(`${server.url}/c/${created.id}#key=${created.organiserKey}`)
    const overview = await api<{ level: string; dimensions: { id: string }[] }>(
      server,
      `/api/campaigns/${created.id}`,
      { bearer: created.organiserKey },
    )
    expect(overview.body.level).toBe('national')
    expect(overview.body.dimensions.map((d) => d.id)).toEqual(['vision', 'efficacite', 'reseau'])
  })

  it('needs the admin key when the server has one; workshops inside need the organiser key only', async () => {
    server = await startTestServer(undefined, { adminKey: 'the-admin-key-123' })
    const missing = await post('/api/campaigns', { title: 'Congrès' })
    expect([missing.status, await codeOf(missing)]).toEqual([401, 'admin-key-required'])
    const wrong = await post(
      '/api/campaigns',
      { title: 'Congrès' },
      { authorization: 'Bearer nope-nope-nope' },
    )
    expect([wrong.status, await codeOf(wrong)]).toEqual([403, 'bad-admin-key'])
    const right = await post(
      '/api/campaigns',
      { title: 'Congrès' },
      { authorization: 'Bearer the-admin-key-123' },
    )
    expect(right.status).toBe(201)
    const campaign = (await right.json()) as CreatedCampaign
    const inside = await api(server, `/api/campaigns/${campaign.id}/workshops`, {
      body: { title: 'Atelier' },
      bearer: campaign.organiserKey,
    })
    expect(inside.status).toBe(201)
    // The admin key is not an organiser key.
    const admin = await api(server, `/api/campaigns/${campaign.id}`, {
      bearer: 'the-admin-key-123',
    })
    expect(admin.status).toBe(403)
  })

  it('shares the creation bucket with workshops; a stranger spends none of it', async () => {
    server = await startTestServer(undefined, {
      httpLimits: { workshopCreation: { burst: 3, perMinute: 1 } },
    })
    const remote = { 'x-forwarded-for': '203.0.113.9' }
    const first = await post('/api/campaigns', { title: 'Congrès' }, remote)
    expect(first.status).toBe(201)
    const campaign = (await first.json()) as CreatedCampaign
    for (let i = 0; i < 5; i++) {
      const stranger = await post(`/api/campaigns/${campaign.id}/workshops`, { title: 'A' }, remote)
      expect(stranger.status).toBe(401)
    }
    const inside = (auth = `Bearer ${campaign.organiserKey}`) =>
      post(
        `/api/campaigns/${campaign.id}/workshops`,
        { title: 'Atelier' },
        { ...remote, authorization: auth },
      )
    expect((await inside()).status).toBe(201)
    expect((await post('/api/workshops', { title: 'Atelier' }, remote)).status).toBe(201)
    const refused = await inside()
    expect([refused.status, await codeOf(refused)]).toEqual([429, 'rate-limited'])
    expect(refused.headers.get('retry-after')).toBe('60')
  })

  it('refuses bad bodies with the problems named', async () => {
    server = await startTestServer()
    for (const body of [
      {},
      { title: '' },
      { title: 'C', level: 'departmental' },
      { title: 'C', expectedTerritories: 'Lyon' },
      { title: 'C', organiserKey: 'mine' },
    ]) {
      const response = await post('/api/campaigns', body)
      expect([JSON.stringify(body), response.status, await codeOf(response)]).toEqual([
        JSON.stringify(body),
        400,
        'invalid-request',
      ])
    }
    const unknownTemplate = await post('/api/campaigns', { title: 'C', templateId: 'nope' })
    expect([unknownTemplate.status, await codeOf(unknownTemplate)]).toEqual([
      404,
      'unknown-template',
    ])
  })
})

describe('POST /api/campaigns/:id/workshops', () => {
  it("answers like POST /api/workshops, and the workshop starts with the campaign's saved template", async () => {
    server = await startTestServer()
    const template = await api<{ id: string }>(server, '/api/templates', {
      body: {
        format: 'atelier-template',
        version: 1,
        name: 'Congrès 2024',
        language: 'en',
        dimensions: [
          { id: 'housing', title: 'Housing', prompt: 'What should change?' },
          { id: 'work', title: 'Work', prompt: 'How do we work together?' },
        ],
      },
    })
    expect(template.status).toBe(201)
    const campaign = await createCampaign(server, { templateId: template.body.id })
    const created = await api<CreatedWorkshop & { inviteUrl: string }>(
      server,
      `/api/campaigns/${campaign.id}/workshops`,
      { body: { title: 'Atelier Brest', territory: 'Brest' }, bearer: campaign.organiserKey },
    )
    expect(created.status).toBe(201)
    const w = created.body
    expect(w.facilitatorUrl).toBe(`${server.url}/w/${w.id}#key=${w.facilitatorKey}`)
    expect(w.joinUrl).toBe(`${server.url}/j/${w.code}`)
    expect(w.screenUrl).toMatch(new RegExp(`^${server.url}/w/${w.id}/screen#token=`))
    expect(w.inviteUrl).toMatch(new RegExp(`^${server.url}/w/${w.id}#key=`))

    const board = connect(server, w.id, await roleToken(server, w, 'facilitator'))
    await board.synced
    expect(readDimensions(board.doc).map((d) => [d.id, d.title])).toEqual([
      ['housing', 'Housing'],
      ['work', 'Work'],
    ])
    board.destroy()

    for (const body of [
      { title: 'A', template: 'blank' },
      { title: 'A', language: 'fr' },
    ]) {
      const refused = await api<ErrorBody>(server, `/api/campaigns/${campaign.id}/workshops`, {
        body,
        bearer: campaign.organiserKey,
      })
      expect([refused.status, refused.body.error.code]).toEqual([400, 'invalid-request'])
    }
  })
})

describe('body sizes', () => {
  it('takes a file of several MiB on /import (16 MiB), 1 MiB elsewhere', async () => {
    server = await startTestServer()
    const campaign = await createCampaign(server)
    const big = { summaryVersion: 1, padding: 'x'.repeat(2 * 1024 * 1024) }
    const imported = await api<ErrorBody>(server, `/api/campaigns/${campaign.id}/import`, {
      body: big,
      bearer: campaign.organiserKey,
    })
    // Read and judged on its content, not cut off on its size.
    expect([imported.status, imported.body.error.code]).toEqual([400, 'invalid-summary'])
    const workshop = await api<ErrorBody>(server, `/api/campaigns/${campaign.id}/workshops`, {
      body: { title: 'A', padding: big.padding },
      bearer: campaign.organiserKey,
    })
    expect([workshop.status, workshop.body.error.code]).toEqual([413, 'body-too-large'])
  })
})

describe('a restart', () => {
  it('keeps the campaign, its workshops, its imports and its co-organiser links', async () => {
    server = await startTestServer()
    const dataDir = server.dataDir
    const campaign = await createCampaign(server, { expectedTerritories: ['Brest', 'Quimper'] })
    const link = await coOrganiserToken(server, campaign)
    const inside = await api(server, `/api/campaigns/${campaign.id}/workshops`, {
      body: { title: 'Atelier Brest', territory: 'Brest' },
      bearer: campaign.organiserKey,
    })
    expect(inside.status).toBe(201)
    await server.stop(false)

    server = await startTestServer(dataDir)
    for (const bearer of [campaign.organiserKey, link]) {
      const overview = await api<{
        workshops: { territory: string; joinedHow: string }[]
        missingTerritories: string[]
      }>(server, `/api/campaigns/${campaign.id}`, { bearer })
      expect(overview.status).toBe(200)
      expect(overview.body.workshops.map((w) => [w.territory, w.joinedHow])).toEqual([
        ['Brest', 'created'],
      ])
      expect(overview.body.missingTerritories).toEqual(['Quimper'])
    }
  })
})

describe('shared builds', () => {
  it('a synthesis asked for after an import includes it, even while an older build runs', async () => {
    server = await startTestServer()
    const campaign = await createCampaign(server)
    const outside = await api<CreatedWorkshop>(server, '/api/workshops', {
      body: { title: 'Ailleurs' },
    })
    const summary = await api(server, `/api/workshops/${outside.body.id}/summary.json`, {
      bearer: outside.body.facilitatorKey,
    })
    const synthesisPath = `/api/campaigns/${campaign.id}/synthesis.json`
    const before = api(server, synthesisPath, { bearer: campaign.organiserKey })
    const imported = await api(server, `/api/campaigns/${campaign.id}/import`, {
      body: summary.body,
      bearer: campaign.organiserKey,
    })
    expect(imported.status).toBe(201)
    const after = await api<{ workshops: { id: string }[] }>(server, synthesisPath, {
      bearer: campaign.organiserKey,
    })
    expect(after.body.workshops.map((w) => w.id)).toEqual([outside.body.id])
    expect((await before).status).toBe(200)
  })
})
