import {
  type GroupRef,
  mergeGroups,
  renameGroup,
  writeRecommendation,
} from '@atelier/synthesis/campaign-doc'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { WebsocketProvider } from 'y-websocket'
import {
  type CreatedCampaign,
  coOrganiserToken,
  createCampaign,
  type ErrorBody,
} from '../test-support/campaign.js'
import {
  api,
  connect,
  joinWorkshop,
  roleToken,
  startTestServer,
  type TestServer,
  upgradeStatus,
  waitFor,
} from '../test-support/harness.js'
import { seedLyonCampaign } from '../test-support/lyon-campaign.js'

// Issue 10: the campaign's working document, room `campaign:<campaignId>`,
// opened by the campaign's organisers only; what a co-organiser writes there
// is in synthesis.json, and stays after a restart.

interface Group {
  id: string
  title: string
  recommendation: string
  origin: string
  accepted: boolean
  items: { id: string }[]
}
interface SynthesisBody {
  dimensions: { id: string; groups: Group[] }[]
}

let server: TestServer
let lyon: Awaited<ReturnType<typeof seedLyonCampaign>>
let campaign: CreatedCampaign
const credentials: Record<string, string | undefined> = {}

const syncToken = async (bearer: string, id = campaign.id) =>
  (
    await api<{ token: string; room: string }>(server, `/api/campaigns/${id}/tokens`, {
      method: 'POST',
      bearer,
    })
  ).body.token
const synthesis = async (bearer = campaign.organiserKey) =>
  (await api<SynthesisBody>(server, `/api/campaigns/${campaign.id}/synthesis.json`, { bearer }))
    .body
const ref = (g: Group, dimension: string): GroupRef => ({
  id: g.id,
  title: g.title,
  recommendation: g.recommendation,
  dimension,
  accepted: g.accepted,
  items: g.items.map((i) => i.id),
})
const synced = (provider: WebsocketProvider) =>
  new Promise<void>((resolve) => {
    if (provider.synced) resolve()
    else provider.once('sync', (ok: boolean) => ok && resolve())
  })

beforeAll(async () => {
  server = await startTestServer()
  lyon = await seedLyonCampaign(server)
  campaign = lyon.campaign
  const other = await createCampaign(server, { title: 'Une autre campagne' })
  const workshop = lyon.seeded[0]!
  const phone = await joinWorkshop(server, workshop.code)
  const results = await api<{ token: string }>(
    server,
    `/api/workshops/${workshop.id}/results-link`,
    {
      method: 'POST',
      bearer: workshop.facilitatorKey,
    },
  )
  const coOrganiser = await coOrganiserToken(server, campaign)
  Object.assign(credentials, {
    'organiser token': await syncToken(campaign.organiserKey),
    'co-organiser link': coOrganiser,
    'co-organiser token': await syncToken(coOrganiser),
    'organiser key (not a token)': campaign.organiserKey,
    'facilitator token': await roleToken(server, workshop, 'facilitator'),
    'screen token': await roleToken(server, workshop, 'screen'),
    phone: phone.token,
    'results link': results.body.token,
    "another campaign's organiser token": await syncToken(other.organiserKey, other.id),
    none: '',
  })
}, 120_000)
afterAll(() => server.stop())

describe('who opens the campaign room', () => {
  const expected: Record<string, number> = {
    'organiser token': 101,
    'co-organiser link': 101,
    'co-organiser token': 101,
    'organiser key (not a token)': 401,
    'facilitator token': 403,
    'screen token': 403,
    phone: 403,
    'results link': 403,
    "another campaign's organiser token": 403,
    none: 401,
  }
  for (const [who, status] of Object.entries(expected)) {
    it(`${who}: ${status}`, async () => {
      const token = credentials[who]!
      const path = `/sync/campaign:${campaign.id}?token=${encodeURIComponent(token)}`
      expect(await upgradeStatus(server, path)).toBe(status)
    })
  }

  it('403 says forbidden-room; the campaign tokens open no workshop room', async () => {
    const refused = await fetch(
      `${server.url}/sync/campaign:${campaign.id}?token=${credentials['facilitator token']}`,
    )
    expect(((await refused.json()) as ErrorBody).error.code).toBe('forbidden-room')
    const workshop = lyon.seeded[0]!.id
    for (const who of ['organiser token', 'co-organiser token'])
      for (const room of [workshop, `${workshop}:layout`, `${workshop}:private`])
        expect([
          who,
          room,
          await upgradeStatus(server, `/sync/${room}?token=${credentials[who]}`),
        ]).toEqual([who, room, 403])
  })

  it('POST tokens: organiser key and co-organiser link only', async () => {
    const post = (bearer?: string) =>
      api(server, `/api/campaigns/${campaign.id}/tokens`, {
        method: 'POST',
        ...(bearer ? { bearer } : {}),
      })
    expect((await post(campaign.organiserKey)).status).toBe(201)
    expect((await post(credentials['co-organiser link'])).status).toBe(201)
    expect((await post(lyon.seeded[0]!.facilitatorKey)).status).toBe(403)
    expect((await post(credentials.phone)).status).toBe(403)
    expect((await post()).status).toBe(401)
  })
})

describe('what organisers write', () => {
  it('a co-organiser’s merge, rename and recommendation are in synthesis.json, and after a restart', async () => {
    const before = await synthesis()
    const vision = before.dimensions.find((d) => d.id === 'vision')!.groups
    const [a, b] = vision.filter((g) => g.items.length >= 2)
    if (!a || !b) throw new Error('two vision groups of several territories expected')
    const writer = connect(server, `campaign:${campaign.id}`, credentials['co-organiser token']!)
    const reader = connect(server, `campaign:${campaign.id}`, credentials['organiser token']!)
    await Promise.all([synced(writer.provider), synced(reader.provider)])
    mergeGroups(writer.doc, ref(a, 'vision'), [ref(b, 'vision')], 'me')
    renameGroup(writer.doc, ref(a, 'vision'), 'Partager la valeur créée', 'me')
    writeRecommendation(writer.doc, ref(a, 'vision'), 'Publier la répartition chaque année.', 'me')
    // The other organiser sees it live.
    await waitFor(() => reader.doc.getMap('groups').has(a.id))
    const merged = [...a.items, ...b.items].map((i) => i.id).sort()
    const check = (s: SynthesisBody) => {
      const groups = s.dimensions.find((d) => d.id === 'vision')!.groups
      const g = groups.find((x) => x.id === a.id)
      expect(g).toMatchObject({
        title: 'Partager la valeur créée',
        recommendation: 'Publier la répartition chaque année.',
        origin: 'organiser',
      })
      expect(g!.items.map((i) => i.id).sort()).toEqual(merged)
      expect(groups.some((x) => x.id === b.id)).toBe(false)
    }
    await waitFor(async () => {
      try {
        check(await synthesis(credentials['co-organiser link']))
        return true
      } catch {
        return false
      }
    })
    writer.destroy()
    reader.destroy()

    const dataDir = server.dataDir
    await server.stop(false)
    server = await startTestServer(dataDir)
    // Nobody has the room open: the synthesis loads it from the store.
    check(await synthesis())
    // A published version is the draft with the organisers' edits, frozen.
    const published = await api(server, `/api/campaigns/${campaign.id}/publish`, {
      body: { by: 'Camille' },
      bearer: credentials['co-organiser link'],
    })
    expect(published.status).toBe(201)
    const version = await api<SynthesisBody>(
      server,
      `/api/campaigns/${campaign.id}/versions/1/synthesis.json`,
      { bearer: credentials['co-organiser link'] },
    )
    check(version.body)
    // The congress screen projects the organisers' title and regional text.
    const screen = await api<{
      dimensions: { id: string; groups: { id: string; title: string; recommendation: string }[] }[]
    }>(server, `/api/campaigns/${campaign.id}/screen`, { bearer: credentials['co-organiser link'] })
    const projected = screen.body.dimensions.find((d) => d.id === 'vision')!.groups
    expect(projected.find((g) => g.id === a.id)).toMatchObject({
      title: 'Partager la valeur créée',
      recommendation: 'Publier la répartition chaque année.',
    })
  })

  it('refuses what is not the document’s shape', async () => {
    const client = connect(
      server,
      `campaign:${campaign.id}`,
      await syncToken(campaign.organiserKey),
    )
    await synced(client.provider)
    client.doc.getMap('elsewhere').set('x', 1)
    await waitFor(() => client.denied.length > 0)
    expect(client.denied[0]).toMatch(/^shape: /)
    client.destroy()
  })

  it('rotating the organiser key closes the open campaign sockets (4401) and refuses their tokens', async () => {
    const fresh = await createCampaign(server, { title: 'Campagne à tourner' })
    const token = await syncToken(fresh.organiserKey, fresh.id)
    const client = connect(server, `campaign:${fresh.id}`, token)
    await synced(client.provider)
    const closed = new Promise<number>((resolve) =>
      client.provider.on('connection-close', (event: { code: number } | null) =>
        resolve(event?.code ?? 0),
      ),
    )
    const rotated = await api(server, `/api/campaigns/${fresh.id}/organiser-key/rotate`, {
      method: 'POST',
      bearer: fresh.organiserKey,
    })
    expect(rotated.status).toBe(200)
    expect(await closed).toBe(4401)
    client.destroy()
    const again = await fetch(`${server.url}/sync/campaign:${fresh.id}?token=${token}`)
    expect([again.status, ((await again.json()) as ErrorBody).error.code]).toEqual([
      401,
      'token-revoked',
    ])
  })
})
