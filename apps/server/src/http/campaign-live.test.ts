import { readParticipant, setPhase, setVote } from '@atelier/board-model'
import { parseSynthesis, type Synthesis } from '@atelier/synthesis'
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
  joinWorkshop,
  rawNote,
  roleToken,
  startTestServer,
  type TestServer,
  waitFor,
} from '../test-support/harness.js'
import { loadLyon } from '../test-support/lyon.js'

// Issue 10: "a workshop still running updates the synthesis as its room
// votes". A workshop of the campaign is clustered, its facilitator opens the
// vote, a phone votes over the real websocket: the synthesis counts its dots.

let server: TestServer
let campaign: CreatedCampaign
let workshop: SeededWorkshop
const clients: Client[] = []

beforeAll(async () => {
  server = await startTestServer()
  campaign = await createCampaign(server, { expectedTerritories: ['Lyon'] })
  const [lyonPart] = splitByParticipants(loadLyon(), ['Lyon', 'Villeurbanne', 'Vénissieux'])
  workshop = await seedWorkshop(server.url, lyonPart!, {
    WebSocket,
    until: 'cluster',
    create: { path: `/api/campaigns/${campaign.id}/workshops`, bearer: campaign.organiserKey },
  })
}, 60_000)
afterAll(async () => {
  for (const client of clients) client.destroy()
  await server.stop()
})

const synthesisNow = async (): Promise<Synthesis> => {
  const { status, body } = await api(server, `/api/campaigns/${campaign.id}/synthesis.json`, {
    bearer: campaign.organiserKey,
  })
  expect(status).toBe(200)
  return parseSynthesis(body)
}
const itemDots = (synthesis: Synthesis, clusterId: string) =>
  synthesis.dimensions
    .flatMap((d) => d.groups.flatMap((g) => g.items))
    .find((item) => item.id === `${workshop.id}:${clusterId}`)?.dots

describe('a running workshop in the synthesis', () => {
  it("changes the synthesis dots as its room votes, and the overview's voters", async () => {
    const cluster = workshop.clusterIds.get('c16')!
    const before = await synthesisNow()
    expect(before.workshops[0]).toMatchObject({ status: 'running', source: 'live', dots: 0 })
    expect(itemDots(before, cluster)).toBe(0)

    const facilitator = connect(
      server,
      workshop.id,
      await roleToken(server, { ...workshop, joinUrl: '', screenUrl: '' }, 'facilitator'),
    )
    clients.push(facilitator)
    await facilitator.synced
    setPhase(facilitator.doc, 'vote', 'facilitator')

    const phone = await joinWorkshop(server, workshop.code)
    const own = connect(server, `${workshop.id}:${phone.participantId}`, phone.token)
    clients.push(own)
    await own.synced
    setVote(own.doc, cluster, 2)
    await waitFor(async () => itemDots(await synthesisNow(), cluster) === 2, 10_000, '2 dots')

    // The phone moves one dot: the synthesis follows, item share and workshop dots too.
    setVote(own.doc, cluster, 1)
    await waitFor(async () => itemDots(await synthesisNow(), cluster) === 1, 10_000, '1 dot')
    const after = await synthesisNow()
    expect(after.workshops[0]).toMatchObject({ voters: 1, dots: 1 })

    const overview = await api<{ workshops: { voters: number; status: string }[] }>(
      server,
      `/api/campaigns/${campaign.id}`,
      { bearer: campaign.organiserKey },
    )
    expect(overview.body.workshops[0]).toMatchObject({ voters: 1, status: 'running' })

    // The facilitator closes the workshop: it shows as closed, its votes frozen.
    setPhase(facilitator.doc, 'closed', 'facilitator')
    await waitFor(
      async () => (await synthesisNow()).workshops[0]?.status === 'closed',
      10_000,
      'closed workshop',
    )
    setVote(own.doc, cluster, 3)
    // A note sent after the vote is answered after the vote was read: then the dots are known.
    rawNote(own.doc, 'late-note', 'Trop tard ?')
    await waitFor(
      () => readParticipant(own.doc).receipts['late-note'] !== undefined,
      10_000,
      'receipt',
    )
    expect(itemDots(await synthesisNow(), cluster)).toBe(1)
  })
})
