import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadSecret } from '../auth/secret.js'
import { TokenSigner } from '../auth/tokens.js'
import { coOrganiserToken, createCampaign, type ErrorBody } from '../test-support/campaign.js'
import {
  api,
  joinWorkshop,
  roleToken,
  startTestServer,
  type TestServer,
  upgradeStatus,
} from '../test-support/harness.js'
import {
  type FlagBody,
  itemsOf,
  seedTerritoryCampaign,
  type TerritoryBody,
  type TerritoryCampaign,
  territoryToken,
} from '../test-support/territory.js'

// Issue 10, "back to the territories": who may mint a feedback link, read
// it, flag, withdraw and resolve, one real server for the file. A territory
// link opens its own workshop's trace and flags, nothing else: no room, no
// workshop route, no organiser route.

let server: TestServer
let seeded: TerritoryCampaign
let items: string[]
let next = 0
const credentials: Record<string, string | undefined> = {}

beforeAll(async () => {
  server = await startTestServer(undefined, {
    // The table files many flags through one link: its bucket is the limits test's business.
    httpLimits: { territoryFlags: { burst: 1000, perMinute: 1000 } },
  })
  seeded = await seedTerritoryCampaign(server)
  const { campaign, lyon, villeurbanne } = seeded
  const other = await createCampaign(server, { title: 'Une autre campagne' })
  const otherWorkshop = await api<{ id: string }>(server, `/api/campaigns/${other.id}/workshops`, {
    body: { title: 'Atelier ailleurs' },
    bearer: other.organiserKey,
  })
  const phone = await joinWorkshop(server, lyon.code)
  Object.assign(credentials, {
    organiser: campaign.organiserKey,
    'co-organiser': await coOrganiserToken(server, campaign),
    'territory (this workshop)': await territoryToken(
      server,
      campaign.id,
      lyon.id,
      campaign.organiserKey,
    ),
    'territory (other workshop)': await territoryToken(
      server,
      campaign.id,
      villeurbanne.id,
      campaign.organiserKey,
    ),
    'territory (other campaign)': await territoryToken(
      server,
      other.id,
      otherWorkshop.body.id,
      other.organiserKey,
    ),
    'facilitator key': lyon.facilitatorKey,
    'facilitator token': await roleToken(server, lyon, 'facilitator'),
    'phone token': phone.token,
    none: undefined,
  })
  const view = await api<TerritoryBody>(server, `/api/campaigns/${campaign.id}/territory`, {
    bearer: credentials['territory (this workshop)'],
  })
  items = itemsOf(view.body).map((i) => i.id)
  expect(items.length).toBeGreaterThan(8)
}, 120_000)
afterAll(() => server.stop())

const as = (bearer: string | undefined) => (bearer ? { bearer } : {})
const lyonToken = () => credentials['territory (this workshop)']!

/** The next Lyon item, its open flag (if any) withdrawn first, so only the credential decides. */
async function freeItem(): Promise<string> {
  const itemId = items[next++ % items.length]!
  const listed = await api<{ flags: FlagBody[] }>(
    server,
    `/api/campaigns/${seeded.campaign.id}/flags`,
    { bearer: lyonToken() },
  )
  for (const flag of listed.body.flags.filter((f) => f.itemId === itemId && f.status === 'open'))
    await api(server, `/api/campaigns/${seeded.campaign.id}/flags/${flag.id}/withdraw`, {
      method: 'POST',
      bearer: lyonToken(),
    })
  return itemId
}

/** A fresh open flag of Lyon's, filed with its own link. */
async function lyonFlag(): Promise<FlagBody> {
  const { status, body } = await api<FlagBody>(
    server,
    `/api/campaigns/${seeded.campaign.id}/flags`,
    {
      body: { itemId: await freeItem(), comment: 'À vérifier' },
      bearer: lyonToken(),
    },
  )
  if (status !== 201) throw new Error(`flag: ${status} ${JSON.stringify(body)}`)
  return body
}

const requests: Record<string, (bearer?: string) => Promise<{ status: number; body: unknown }>> = {
  'POST territory-links': (bearer) =>
    api(server, `/api/campaigns/${seeded.campaign.id}/territory-links`, {
      body: { workshopId: seeded.lyon.id },
      ...as(bearer),
    }),
  'POST workshop territory-links': (bearer) =>
    api(server, `/api/workshops/${seeded.lyon.id}/territory-links`, {
      method: 'POST',
      ...as(bearer),
    }),
  'GET territory': (bearer) =>
    api(server, `/api/campaigns/${seeded.campaign.id}/territory`, as(bearer)),
  'POST flag (a Lyon item)': async (bearer) =>
    api(server, `/api/campaigns/${seeded.campaign.id}/flags`, {
      body: { itemId: await freeItem(), comment: 'Nous ne reconnaissons pas notre contribution.' },
      ...as(bearer),
    }),
  'GET flags': (bearer) => api(server, `/api/campaigns/${seeded.campaign.id}/flags`, as(bearer)),
  'POST withdraw (a Lyon flag)': async (bearer) => {
    const flag = await lyonFlag()
    return api(server, `/api/campaigns/${seeded.campaign.id}/flags/${flag.id}/withdraw`, {
      method: 'POST',
      ...as(bearer),
    })
  },
  'POST resolve (a Lyon flag)': async (bearer) => {
    const flag = await lyonFlag()
    return api(server, `/api/campaigns/${seeded.campaign.id}/flags/${flag.id}/resolve`, {
      body: { reply: 'Regroupée avec Villeurbanne.' },
      ...as(bearer),
    })
  },
  'GET campaign (organiser route)': (bearer) =>
    api(server, `/api/campaigns/${seeded.campaign.id}`, as(bearer)),
  'GET synthesis.json': (bearer) =>
    api(server, `/api/campaigns/${seeded.campaign.id}/synthesis.json`, as(bearer)),
  'GET workshop summary.json': (bearer) =>
    api(server, `/api/workshops/${seeded.lyon.id}/summary.json`, as(bearer)),
}

// Expected status per credential, in the order of `requests`.
const table: Record<string, number[]> = {
  organiser: [201, 403, 403, 403, 200, 403, 200, 200, 200, 403],
  'co-organiser': [201, 403, 403, 403, 200, 403, 200, 200, 200, 403],
  'territory (this workshop)': [403, 403, 200, 201, 200, 200, 403, 403, 403, 403],
  // Its own link reads its own workshop; on Lyon's items and flags it finds nothing of its own.
  'territory (other workshop)': [403, 403, 200, 404, 200, 404, 403, 403, 403, 403],
  'territory (other campaign)': [403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
  'facilitator key': [403, 200, 403, 403, 403, 403, 403, 403, 403, 200],
  'facilitator token': [403, 200, 403, 403, 403, 403, 403, 403, 403, 200],
  'phone token': [403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
  none: [401, 401, 401, 401, 401, 401, 401, 401, 401, 401],
}

describe('who opens the territories’ feedback', () => {
  for (const [who, expected] of Object.entries(table)) {
    it(`${who}: ${expected.join(' ')}`, async () => {
      const statuses: number[] = []
      for (const request of Object.values(requests))
        statuses.push((await request(credentials[who])).status)
      expect(statuses).toEqual(expected)
    })
  }

  it('a territory link opens no room, even with the workshop’s id as its campaign', async () => {
    for (const token of [
      lyonToken(),
      new TokenSigner(loadSecret(server.dataDir)).sign({
        workshopId: seeded.lyon.id,
        role: 'territory',
        territoryWorkshopId: seeded.lyon.id,
        generation: 0,
      }),
    ]) {
      for (const room of [seeded.lyon.id, `${seeded.lyon.id}:private`, `${seeded.lyon.id}:layout`])
        expect([room, await upgradeStatus(server, `/sync/${room}?token=${token}`)]).toEqual([
          room,
          403,
        ])
    }
  })

  it('the other workshop’s link shows its own workshop, not Lyon', async () => {
    const { body } = await api<TerritoryBody>(
      server,
      `/api/campaigns/${seeded.campaign.id}/territory`,
      { bearer: credentials['territory (other workshop)'] },
    )
    expect(body.workshop).toMatchObject({ id: seeded.villeurbanne.id, territory: 'Villeurbanne' })
    expect(body.flags).toEqual([])
  })

  it('the facilitator gets one link per campaign of the workshop, and it works', async () => {
    const { body } = await api<{ links: { campaignId: string; url: string; token: string }[] }>(
      server,
      `/api/workshops/${seeded.lyon.id}/territory-links`,
      { method: 'POST', bearer: seeded.lyon.facilitatorKey },
    )
    expect(body.links.map((l) => l.campaignId)).toEqual([seeded.campaign.id])
    expect(body.links[0]!.url).toBe(
      `${server.url}/c/${seeded.campaign.id}/t#key=${body.links[0]!.token}`,
    )
    const view = await api(server, `/api/campaigns/${seeded.campaign.id}/territory`, {
      bearer: body.links[0]!.token,
    })
    expect(view.status).toBe(200)
  })

  it('a workshop in no campaign gets no link from its facilitator', async () => {
    const alone = await api<{ links: unknown[] }>(
      server,
      `/api/workshops/${seeded.imported.id}/territory-links`,
      { method: 'POST', bearer: seeded.imported.facilitatorKey },
    )
    expect([alone.status, alone.body.links]).toEqual([200, []])
  })

  it('an imported workshop gets no link; an unknown one neither', async () => {
    const imported = await api<ErrorBody>(
      server,
      `/api/campaigns/${seeded.campaign.id}/territory-links`,
      { body: { workshopId: seeded.imported.id }, bearer: seeded.campaign.organiserKey },
    )
    expect([imported.status, imported.body.error.code]).toEqual([409, 'imported-workshop'])
    const unknown = await api<ErrorBody>(
      server,
      `/api/campaigns/${seeded.campaign.id}/territory-links`,
      { body: { workshopId: 'pas-un-atelier' }, bearer: seeded.campaign.organiserKey },
    )
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'unknown-workshop'])
  })

  it('names why: missing-key, bad-key, token-revoked after a rotation of the organiser key', async () => {
    const none = await requests['GET territory']!()
    expect((none.body as ErrorBody).error.code).toBe('missing-key')
    const organiser = await requests['GET territory']!(seeded.campaign.organiserKey)
    expect((organiser.body as ErrorBody).error.code).toBe('bad-key')
    const revocable = await createCampaign(server, { title: 'Campagne à révoquer' })
    const created = await api<{ id: string }>(server, `/api/campaigns/${revocable.id}/workshops`, {
      body: { title: 'Atelier' },
      bearer: revocable.organiserKey,
    })
    const link = await territoryToken(server, revocable.id, created.body.id, revocable.organiserKey)
    const open = () =>
      api<ErrorBody>(server, `/api/campaigns/${revocable.id}/territory`, { bearer: link })
    expect((await open()).status).toBe(200)
    await api(server, `/api/campaigns/${revocable.id}/organiser-key/rotate`, {
      method: 'POST',
      bearer: revocable.organiserKey,
    })
    const revoked = await open()
    expect([revoked.status, revoked.body.error.code]).toEqual([401, 'token-revoked'])
  })
})
