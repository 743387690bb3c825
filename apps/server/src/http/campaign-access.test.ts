import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadSecret } from '../auth/secret.js'
import { TokenSigner } from '../auth/tokens.js'
import {
  type CreatedCampaign,
  coOrganiserToken,
  createCampaign,
  type ErrorBody,
} from '../test-support/campaign.js'
import {
  api,
  type CreatedWorkshop,
  createWorkshop,
  joinWorkshop,
  roleToken,
  startTestServer,
  type TestServer,
  upgradeStatus,
} from '../test-support/harness.js'
import { territoryToken } from '../test-support/territory.js'

// Issue 10, permissions: an organiser key or a co-organiser link opens its
// campaign and nothing of its workshops; a workshop's credentials (key,
// tokens, phones) open no campaign. One real server for the file.

let server: TestServer
let campaign: CreatedCampaign
let other: CreatedCampaign
let inside: CreatedWorkshop
const credentials: Record<string, string | undefined> = {}

beforeAll(async () => {
  server = await startTestServer()
  campaign = await createCampaign(server, { expectedTerritories: ['Lyon', 'Grenoble'] })
  other = await createCampaign(server, { title: 'Une autre campagne' })
  const created = await api<CreatedWorkshop>(server, `/api/campaigns/${campaign.id}/workshops`, {
    body: { title: 'Atelier Lyon', territory: 'Lyon' },
    bearer: campaign.organiserKey,
  })
  expect(created.status).toBe(201)
  inside = created.body
  const phone = await joinWorkshop(server, inside.code)
  const results = await api<{ token: string }>(server, `/api/workshops/${inside.id}/results-link`, {
    method: 'POST',
    bearer: inside.facilitatorKey,
  })
  Object.assign(credentials, {
    organiser: campaign.organiserKey,
    'co-organiser': await coOrganiserToken(server, campaign),
    'facilitator key': inside.facilitatorKey,
    'facilitator token': await roleToken(server, inside, 'facilitator'),
    'screen token': await roleToken(server, inside, 'screen'),
    'phone (participant token)': phone.token,
    'results link': results.body.token,
    none: undefined,
    "another campaign's organiser key": other.organiserKey,
    "another campaign's co-organiser": await coOrganiserToken(server, other),
    'territory link': await territoryToken(server, campaign.id, inside.id, campaign.organiserKey),
  })
}, 30_000)
afterAll(() => server.stop())

/** A workshop outside the campaign and its (empty) summary file: fresh for every call that may succeed. */
async function outsideWorkshop() {
  const workshop = await createWorkshop(server, { title: 'Atelier hors campagne' })
  const summary = await api(server, `/api/workshops/${workshop.id}/summary.json`, {
    bearer: workshop.facilitatorKey,
  })
  return { workshop, summary: summary.body }
}

const campaignRequests: Record<
  string,
  (bearer?: string) => Promise<{ status: number; body: unknown }>
> = {
  'GET campaign': (bearer) =>
    api(server, `/api/campaigns/${campaign.id}`, { ...(bearer ? { bearer } : {}) }),
  'GET synthesis.json': (bearer) =>
    api(server, `/api/campaigns/${campaign.id}/synthesis.json`, { ...(bearer ? { bearer } : {}) }),
  'POST workshops': (bearer) =>
    api(server, `/api/campaigns/${campaign.id}/workshops`, {
      body: { title: 'Atelier Grenoble', territory: 'Grenoble' },
      ...(bearer ? { bearer } : {}),
    }),
  'POST attach': async (bearer) => {
    const { workshop } = await outsideWorkshop()
    return api(server, `/api/campaigns/${campaign.id}/attach`, {
      body: { workshopId: workshop.id, facilitatorKey: workshop.facilitatorKey },
      ...(bearer ? { bearer } : {}),
    })
  },
  'POST import': async (bearer) => {
    const { summary } = await outsideWorkshop()
    return api(server, `/api/campaigns/${campaign.id}/import`, {
      body: summary,
      ...(bearer ? { bearer } : {}),
    })
  },
  'POST co-organisers': (bearer) =>
    api(server, `/api/campaigns/${campaign.id}/co-organisers`, {
      method: 'POST',
      ...(bearer ? { bearer } : {}),
    }),
}

// Expected status per credential, in the order of campaignRequests.
const table: Record<string, number[]> = {
  organiser: [200, 200, 201, 201, 201, 201],
  'co-organiser': [200, 200, 201, 201, 201, 403],
  'facilitator key': [403, 403, 403, 403, 403, 403],
  'facilitator token': [403, 403, 403, 403, 403, 403],
  'screen token': [403, 403, 403, 403, 403, 403],
  'phone (participant token)': [403, 403, 403, 403, 403, 403],
  'results link': [403, 403, 403, 403, 403, 403],
  none: [401, 401, 401, 401, 401, 401],
  "another campaign's organiser key": [403, 403, 403, 403, 403, 403],
  "another campaign's co-organiser": [403, 403, 403, 403, 403, 403],
  'territory link': [403, 403, 403, 403, 403, 403],
}

describe('who opens a campaign', () => {
  for (const [who, expected] of Object.entries(table)) {
    it(`${who}: ${expected.join(' ')}`, async () => {
      const statuses: number[] = []
      for (const request of Object.values(campaignRequests))
        statuses.push((await request(credentials[who])).status)
      expect(statuses).toEqual(expected)
    })
  }

  it('names why: missing-key, bad-key, key-required', async () => {
    const none = await campaignRequests['GET campaign']!()
    expect((none.body as ErrorBody).error.code).toBe('missing-key')
    const facilitator = await campaignRequests['GET synthesis.json']!(inside.facilitatorKey)
    expect((facilitator.body as ErrorBody).error.code).toBe('bad-key')
    const mint = await campaignRequests['POST co-organisers']!(credentials['co-organiser'])
    expect((mint.body as ErrorBody).error.code).toBe('key-required')
    const unknown = await api<ErrorBody>(server, '/api/campaigns/nope/synthesis.json', {
      bearer: campaign.organiserKey,
    })
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'unknown-campaign'])
  })
})

describe('campaign credentials open no workshop', () => {
  const workshopRequests = (): Record<string, (bearer: string) => Promise<{ status: number }>> => ({
    'GET workshop': (bearer) => api(server, `/api/workshops/${inside.id}`, { bearer }),
    'GET summary.json': (bearer) =>
      api(server, `/api/workshops/${inside.id}/summary.json`, { bearer }),
    'GET suggestions': (bearer) =>
      api(server, `/api/workshops/${inside.id}/suggestions`, { bearer }),
    'POST tokens': (bearer) =>
      api(server, `/api/workshops/${inside.id}/tokens`, { body: { role: 'facilitator' }, bearer }),
    'POST invites': (bearer) =>
      api(server, `/api/workshops/${inside.id}/invites`, { method: 'POST', bearer }),
    'POST results-link': (bearer) =>
      api(server, `/api/workshops/${inside.id}/results-link`, { method: 'POST', bearer }),
    'POST rotate': (bearer) =>
      api(server, `/api/workshops/${inside.id}/facilitator-key/rotate`, { method: 'POST', bearer }),
    'POST joining': (bearer) =>
      api(server, `/api/workshops/${inside.id}/joining`, { body: { open: false }, bearer }),
  })

  for (const who of ['organiser', 'co-organiser', 'territory link'] as const) {
    it(`${who}: 403 on every facilitator route, no room opens`, async () => {
      const bearer = credentials[who]!
      for (const [name, request] of Object.entries(workshopRequests()))
        expect([name, (await request(bearer)).status]).toEqual([name, 403])
      for (const room of [inside.id, `${inside.id}:private`, `${inside.id}:layout`]) {
        const status = await upgradeStatus(
          server,
          `/sync/${room}?token=${encodeURIComponent(bearer)}`,
        )
        // The organiser key is no token at all (401); a co-organiser token opens no room (403).
        expect([room, status]).toEqual([room, who === 'organiser' ? 401 : 403])
      }
    })
  }

  it('a co-organiser token whose campaign id equals a workshop id still opens nothing of it', async () => {
    const forged = new TokenSigner(loadSecret(server.dataDir)).sign({
      workshopId: inside.id,
      role: 'co-organiser',
      generation: 0,
    })
    for (const [name, request] of Object.entries(workshopRequests()))
      expect([name, (await request(forged)).status]).toEqual([name, 403])
    expect(await upgradeStatus(server, `/sync/${inside.id}?token=${forged}`)).toBe(403)
    expect(await upgradeStatus(server, `/sync/${inside.id}:private?token=${forged}`)).toBe(403)
  })
})

describe('revocation: rotating the organiser key', () => {
  it('revokes every co-organiser link and the old key; the new key and new links work', async () => {
    const revocable = await createCampaign(server, { title: 'Campagne à révoquer' })
    const oldLink = await coOrganiserToken(server, revocable)
    const overview = (bearer: string) =>
      api<ErrorBody>(server, `/api/campaigns/${revocable.id}`, { bearer })
    expect((await overview(oldLink)).status).toBe(200)

    const byLink = await api<ErrorBody>(
      server,
      `/api/campaigns/${revocable.id}/organiser-key/rotate`,
      {
        method: 'POST',
        bearer: oldLink,
      },
    )
    expect([byLink.status, byLink.body.error.code]).toEqual([403, 'key-required'])

    const rotated = await api<{ organiserKey: string; organiserUrl: string; generation: number }>(
      server,
      `/api/campaigns/${revocable.id}/organiser-key/rotate`,
      { method: 'POST', bearer: revocable.organiserKey },
    )
    expect(rotated.status).toBe(200)
    expect(rotated.body.generation).toBe(1)
    expect(rotated.body.organiserUrl).toBe(
      `${server.url}/c/${revocable.id}#key=${rotated.body.organiserKey}`,
    )

    const revoked = await overview(oldLink)
    expect([revoked.status, revoked.body.error.code]).toEqual([401, 'token-revoked'])
    const revokedExport = await api(server, `/api/campaigns/${revocable.id}/synthesis.json`, {
      bearer: oldLink,
    })
    expect(revokedExport.status).toBe(401)
    const revokedCreate = await api(server, `/api/campaigns/${revocable.id}/workshops`, {
      body: { title: 'Atelier' },
      bearer: oldLink,
    })
    expect(revokedCreate.status).toBe(401)
    const oldKey = await overview(revocable.organiserKey)
    expect([oldKey.status, oldKey.body.error.code]).toEqual([403, 'bad-key'])

    expect((await overview(rotated.body.organiserKey)).status).toBe(200)
    const newLink = await coOrganiserToken(server, {
      ...revocable,
      organiserKey: rotated.body.organiserKey,
    })
    expect((await overview(newLink)).status).toBe(200)
  })
})
