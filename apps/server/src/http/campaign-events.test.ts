import { setPhase, setVote } from '@atelier/board-model'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { type SeededWorkshop, seedWorkshop } from '../seed/seed-workshop.js'
import {
  type CreatedCampaign,
  createCampaign,
  splitByParticipants,
} from '../test-support/campaign.js'
import {
  api,
  type Client,
  connect,
  createWorkshop,
  joinWorkshop,
  roleToken,
  startTestServer,
  type TestServer,
  waitFor,
} from '../test-support/harness.js'
import { loadLyon } from '../test-support/lyon.js'
import { openEvents, type SseReader } from '../test-support/sse.js'

// Issue 10, push instead of polling: `GET /api/campaigns/:id/events` says
// "changed" when a contributing workshop's room votes (a few events a second
// at most however fast it votes), when a workshop joins; it says nothing for
// a workshop outside the campaign; it is bounded per campaign and per
// process, keeps itself alive with heartbeats and ends on shutdown.

const MIN_INTERVAL = 300
let server: TestServer
let campaign: CreatedCampaign
let workshop: SeededWorkshop
const clients: Client[] = []
const readers: SseReader[] = []

const events = async (of: CreatedCampaign = campaign, bearer = of.organiserKey) => {
  const reader = await openEvents(`${server.url}/api/campaigns/${of.id}/events`, bearer)
  readers.push(reader)
  return reader
}

beforeAll(async () => {
  server = await startTestServer(undefined, {
    campaignEvents: { streamsPerCampaign: 3, streams: 5, minIntervalMs: MIN_INTERVAL },
  })
  campaign = await createCampaign(server)
  const [part] = splitByParticipants(loadLyon(), ['Lyon', 'Villeurbanne', 'Vénissieux'])
  workshop = await seedWorkshop(server.url, part!, {
    WebSocket,
    until: 'cluster',
    create: { path: `/api/campaigns/${campaign.id}/workshops`, bearer: campaign.organiserKey },
  })
}, 60_000)
afterAll(async () => {
  for (const reader of readers) reader.close()
  for (const client of clients) client.destroy()
  await server.stop()
})

const streamsOpen = async () =>
  (await api<{ campaignStreams: number }>(server, '/healthz')).body.campaignStreams

/** A facilitator and a phone of `of`, the vote open. */
async function votingRoom(of: { id: string; code: string; facilitatorKey: string }) {
  const facilitator = connect(
    server,
    of.id,
    await roleToken(
      server,
      { ...of, facilitatorUrl: '', joinUrl: '', screenUrl: '' },
      'facilitator',
    ),
  )
  clients.push(facilitator)
  await facilitator.synced
  setPhase(facilitator.doc, 'vote', 'facilitator')
  const phone = await joinWorkshop(server, of.code)
  const own = connect(server, `${of.id}:${phone.participantId}`, phone.token)
  clients.push(own)
  await own.synced
  return { facilitator, phone: own }
}

describe('the campaign events stream', () => {
  it('says "changed" soon after a vote in a contributing workshop, not for a workshop outside', async () => {
    const stream = await events()
    expect(stream.status).toBe(200)
    expect(JSON.parse((await stream.next('ready')).data)).toEqual({ heartbeatMs: 25_000 })

    // A workshop outside the campaign opens its vote: the campaign hears nothing.
    const outside = await createWorkshop(server, { title: 'Atelier hors campagne' })
    await votingRoom(outside)
    await waitFor(() => server.registry.peek(outside.id) !== undefined, 5000, 'outside board')
    // A full synthesis request later, the campaign's own workshop votes.
    expect(
      (await api(server, `/api/campaigns/${campaign.id}/screen`, { bearer: campaign.organiserKey }))
        .status,
    ).toBe(200)

    const insideAt = Date.now()
    const { phone } = await votingRoom(workshop)
    // The phase change and the phone joining are changes; let them be told first.
    await stream.next('changed', 1, 3000)
    const votedAt = Date.now()
    setVote(phone.doc, workshop.clusterIds.get('c16')!, 2)
    await waitFor(
      () => stream.events.some((e) => e.event === 'changed' && e.at > votedAt),
      3000,
      'an event after the vote',
    )
    const afterVote = stream.events.find((e) => e.event === 'changed' && e.at > votedAt)!
    console.log(`"changed" ${afterVote.at - votedAt} ms after the vote`)
    // At most one coalescing interval and a vote's trip through ingest and tallies.
    expect(afterVote.at - votedAt).toBeLessThan(1500)
    // Nothing came from the workshop outside, which changed before.
    const changed = stream.events.filter((e) => e.event === 'changed')
    expect(changed.every((e) => e.at >= insideAt)).toBe(true)
    // The screen it tells to ask again counts the dots.
    await waitFor(
      async () => {
        const { body } = await api<{ dimensions: { groups: { dots: number }[] }[] }>(
          server,
          `/api/campaigns/${campaign.id}/screen`,
          { bearer: campaign.organiserKey },
        )
        return body.dimensions.some((d) => d.groups.some((g) => g.dots === 2))
      },
      5000,
      'dots on screen',
    )
  })

  it('coalesces a burst of votes into a few events a second, the last change included', async () => {
    const stream = await events()
    await stream.next('ready')
    const { phone } = await votingRoom(workshop)
    const cluster = workshop.clusterIds.get('c16')!
    const start = Date.now()
    // 60 ballot changes over about a second (one dot, two dots: within any budget).
    for (let i = 0; i < 60; i++) {
      setVote(phone.doc, cluster, (i % 2) + 1)
      await new Promise((resolve) => setTimeout(resolve, 15))
    }
    const lastAt = Date.now()
    // The trailing event comes after the last vote.
    await waitFor(
      () => stream.events.some((e) => e.event === 'changed' && e.at >= lastAt),
      3000,
      'trailing event',
    )
    const changed = stream.events.filter((e) => e.event === 'changed')
    const seconds = (changed.at(-1)!.at - start) / 1000
    console.log(`60 votes in ${lastAt - start} ms: ${changed.length} events`)
    expect(changed.length).toBeGreaterThanOrEqual(2)
    expect(changed.length).toBeLessThanOrEqual(Math.ceil(seconds * (1000 / MIN_INTERVAL)) + 2)
    for (let i = 1; i < changed.length; i++)
      expect(changed[i]!.at - changed[i - 1]!.at).toBeGreaterThanOrEqual(MIN_INTERVAL - 60)
    stream.close()
  })

  it('says "changed" when a workshop joins, and then hears that workshop too', async () => {
    const fresh = await createCampaign(server, { title: 'Campagne en ajout' })
    const stream = await events(fresh)
    await stream.next('ready')
    const outside = await createWorkshop(server, { title: 'Atelier rattaché' })
    const attached = await api(server, `/api/campaigns/${fresh.id}/attach`, {
      body: { workshopId: outside.id, facilitatorKey: outside.facilitatorKey },
      bearer: fresh.organiserKey,
    })
    expect(attached.status).toBe(201)
    await stream.next('changed', 1)
    // Its room opening the vote is a change of this campaign now.
    await votingRoom(outside)
    await stream.next('changed', 2)
    stream.close()
  })

  it('refuses streams past the limits, per campaign and per process, and frees closed ones', async () => {
    for (const reader of readers) reader.close()
    // A page that goes away frees its stream on the server.
    await waitFor(async () => (await streamsOpen()) === 0, 5000, 'earlier streams closed')
    const a = await createCampaign(server, { title: 'Campagne A' })
    const b = await createCampaign(server, { title: 'Campagne B' })
    const open = [await events(a), await events(a), await events(a)]
    for (const reader of open) expect(reader.status).toBe(200)
    const fourth = await events(a)
    expect(fourth.status).toBe(503)
    // The process holds five: two more on B, the next one refused even on B.
    const onB = [await events(b), await events(b)]
    for (const reader of onB) expect(reader.status).toBe(200)
    for (const reader of [...open, ...onB]) await reader.next('ready')
    expect(await streamsOpen()).toBe(5)
    const refused = await api<{ error: { code: string } }>(
      server,
      `/api/campaigns/${b.id}/events`,
      {
        bearer: b.organiserKey,
      },
    )
    expect(refused.status).toBe(503)
    expect(refused.body.error.code).toBe('too-many-streams')
    open[0]!.close()
    await waitFor(async () => (await streamsOpen()) === 4, 5000, 'slot freed')
    const again = await events(a)
    expect(again.status).toBe(200)
    for (const reader of readers) reader.close()
  })
})

describe('heartbeats and shutdown', () => {
  it('sends heartbeats while idle and ends every stream when the server stops', async () => {
    const own = await startTestServer(undefined, { campaignEvents: { heartbeatMs: 100 } })
    const quiet = await createCampaign(own)
    const stream = await openEvents(
      `${own.url}/api/campaigns/${quiet.id}/events`,
      quiet.organiserKey,
    )
    await stream.next('ready')
    await waitFor(() => stream.chunks >= 4, 3000, 'heartbeats')
    expect(stream.events.map((e) => e.event)).toEqual(['ready'])
    const stopping = Date.now()
    await own.stop()
    await stream.ended
    console.log(`server with an open events stream stopped in ${Date.now() - stopping} ms`)
    expect(Date.now() - stopping).toBeLessThan(3000)
  })
})
