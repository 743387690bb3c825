import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ScreenProjection } from '../campaigns/screen-projection.js'
import {
  type CreatedCampaign,
  coOrganiserToken,
  createCampaign,
  type ErrorBody,
} from '../test-support/campaign.js'
import {
  api,
  type CreatedWorkshop,
  joinWorkshop,
  roleToken,
  startTestServer,
  type TestServer,
  upgradeStatus,
} from '../test-support/harness.js'
import {
  LYON_TERRITORIES,
  type LyonCampaign,
  seedLyonCampaign,
} from '../test-support/lyon-campaign.js'
import { openEvents } from '../test-support/sse.js'

// Issue 10, congress day: `/c/<id>/screen` projects the regional
// recommendations with their territories, through a read-only link that
// opens the projection and the events stream and nothing else. One real
// server for the file, the Lyon campaign in it.

let server: TestServer
let lyon: LyonCampaign
let campaign: CreatedCampaign
let other: CreatedCampaign
let inside: CreatedWorkshop
const credentials: Record<string, string | undefined> = {}

async function screenToken(of: CreatedCampaign, bearer = of.organiserKey) {
  const { status, body } = await api<{ token: string; url: string }>(
    server,
    `/api/campaigns/${of.id}/screen-links`,
    { method: 'POST', bearer },
  )
  expect(status).toBe(201)
  expect(body.url).toBe(`${server.url}/c/${of.id}/screen#token=${body.token}`)
  return body.token
}

beforeAll(async () => {
  server = await startTestServer()
  lyon = await seedLyonCampaign(server)
  campaign = lyon.campaign
  other = await createCampaign(server, { title: 'Une autre campagne' })
  const seeded = lyon.seeded[0]!
  inside = { ...seeded, joinUrl: '', screenUrl: '' }
  const coOrganiser = await coOrganiserToken(server, campaign)
  Object.assign(credentials, {
    organiser: campaign.organiserKey,
    'co-organiser': coOrganiser,
    'screen link': await screenToken(campaign),
    'screen link minted by a co-organiser': await screenToken(campaign, coOrganiser),
    "another campaign's screen link": await screenToken(other),
    "another campaign's organiser key": other.organiserKey,
    'facilitator key': inside.facilitatorKey,
    "workshop's projector token": await roleToken(server, inside, 'screen'),
    'phone (participant token)': (await joinWorkshop(server, inside.code)).token,
    none: undefined,
  })
}, 120_000)
afterAll(() => server.stop())

const screen = (bearer?: string) =>
  api<ScreenProjection & ErrorBody>(server, `/api/campaigns/${campaign.id}/screen`, {
    ...(bearer ? { bearer } : {}),
  })

async function eventsStatus(bearer?: string) {
  const reader = await openEvents(`${server.url}/api/campaigns/${campaign.id}/events`, bearer)
  if (reader.status === 200) await reader.next('ready')
  reader.close()
  return reader.status
}

describe('the congress screen: who opens what', () => {
  // [credential, GET screen, GET events]
  const table: [string, number, number][] = [
    ['organiser', 200, 200],
    ['co-organiser', 200, 200],
    ['screen link', 200, 200],
    ['screen link minted by a co-organiser', 200, 200],
    ["another campaign's screen link", 403, 403],
    ["another campaign's organiser key", 403, 403],
    ['facilitator key', 403, 403],
    ["workshop's projector token", 403, 403],
    ['phone (participant token)', 403, 403],
    ['none', 401, 401],
  ]
  it.each(table)('%s: screen %i, events %i', async (who, screenStatus, eventsExpected) => {
    const answer = await screen(credentials[who])
    expect(answer.status).toBe(screenStatus)
    expect(await eventsStatus(credentials[who])).toBe(eventsExpected)
  })

  it('the screen link opens nothing else: no organiser route, no workshop, no room', async () => {
    const token = credentials['screen link']!
    const refused: [string, { method?: string; body?: unknown }][] = [
      [`/api/campaigns/${campaign.id}`, {}],
      [`/api/campaigns/${campaign.id}/synthesis.json`, {}],
      [`/api/campaigns/${campaign.id}/synthesis.md`, {}],
      [`/api/campaigns/${campaign.id}/screen-links`, { method: 'POST' }],
      [`/api/campaigns/${campaign.id}/co-organisers`, { method: 'POST' }],
      [`/api/campaigns/${campaign.id}/workshops`, { body: { title: 'Intrus' } }],
      [
        `/api/campaigns/${campaign.id}/attach`,
        { body: { workshopId: inside.id, facilitatorKey: 'x' } },
      ],
      [`/api/workshops/${inside.id}/summary.json`, {}],
    ]
    for (const [path, init] of refused) {
      const { status, body } = await api<ErrorBody>(server, path, { ...init, bearer: token })
      expect([path, status]).toEqual([path, 403])
      expect(body.error.code).toMatch(/bad-key|key-required/)
    }
    for (const room of [inside.id, `${inside.id}:layout`, `${inside.id}:private`]) {
      const status = await upgradeStatus(server, `/sync/${room}?token=${encodeURIComponent(token)}`)
      expect([room, status]).toEqual([room, 403])
    }
  })

  it('a rotation of the organiser key revokes the screen links', async () => {
    const scratch = await createCampaign(server, { title: 'Campagne tournante' })
    const token = await screenToken(scratch)
    const ok = await api(server, `/api/campaigns/${scratch.id}/screen`, { bearer: token })
    expect(ok.status).toBe(200)
    const stream = await openEvents(`${server.url}/api/campaigns/${scratch.id}/events`, token)
    await stream.next('ready')
    const rotated = await api(server, `/api/campaigns/${scratch.id}/organiser-key/rotate`, {
      method: 'POST',
      bearer: scratch.organiserKey,
    })
    expect(rotated.status).toBe(200)
    const after = await api<ErrorBody>(server, `/api/campaigns/${scratch.id}/screen`, {
      bearer: token,
    })
    expect(after.status).toBe(401)
    expect(after.body.error.code).toBe('token-revoked')
    // The open screen is told at once, and its stream ends.
    expect(JSON.parse((await stream.next('closed')).data)).toEqual({ code: 'token-revoked' })
    await stream.ended
    const events = await openEvents(`${server.url}/api/campaigns/${scratch.id}/events`, token)
    expect(events.status).toBe(401)
  })
})

describe('what the congress screen projects', () => {
  it('per dimension, the ranked groups with their territories and texts, and no note or author', async () => {
    const { status, body } = await screen(credentials['screen link'])
    expect(status).toBe(200)
    const { body: synthesis } = await api<{
      dimensions: { id: string; groups: { id: string; territories: string[] }[] }[]
    }>(server, `/api/campaigns/${campaign.id}/synthesis.json`, { bearer: campaign.organiserKey })
    expect(body.version).toBe('draft')
    expect(body.campaign.title).toBe('Congrès régional Auvergne-Rhône-Alpes 2021')
    expect(body.totals).toMatchObject({ workshops: 4, territories: 4 })
    // Same dimensions, same groups in the same order as the synthesis.
    expect(body.dimensions.map((d) => d.id)).toEqual(synthesis.dimensions.map((d) => d.id))
    for (const [i, dimension] of body.dimensions.entries()) {
      const expected = synthesis.dimensions[i]!.groups
      expect(dimension.groups.map((g) => g.id)).toEqual(expected.map((g) => g.id))
      expect(dimension.groups.map((g) => g.rank)).toEqual(expected.map((_, r) => r + 1))
      expect(dimension.groups.map((g) => g.territories)).toEqual(expected.map((g) => g.territories))
    }
    const groups = body.dimensions.flatMap((d) => d.groups)
    // The cluster raised in the three territories comes from all three.
    expect(groups.some((g) => LYON_TERRITORIES.every((t) => g.territories.includes(t)))).toBe(true)
    // No regional text is written yet: every text stands in from a workshop, which says where from.
    for (const group of groups) {
      expect(group.title).not.toBe('')
      if (group.recommendationFrom === 'workshop') {
        expect(group.recommendation).not.toBe('')
        expect(group.territories).toContain(group.recommendationTerritory)
      } else expect(group.recommendationFrom).toBe('none')
    }
    expect(groups.filter((g) => g.recommendationFrom === 'workshop').length).toBeGreaterThan(5)
    // Nothing of the notes or of who wrote them.
    const text = JSON.stringify(body)
    expect(text).not.toMatch(/"notes"|"author|"participantId|"items"/)
    const noteTexts = lyon.summaries[0]!.dimensions.flatMap((d) =>
      d.recommendations.flatMap((r) => r.notes.map((n) => n.text)),
    )
    expect(noteTexts.length).toBeGreaterThan(10)
    for (const note of noteTexts.slice(0, 20)) expect(text).not.toContain(`"${note}"`)
  })
})
