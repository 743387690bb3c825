import { createHash } from 'node:crypto'
import { setPhase, setVote } from '@atelier/board-model'
import { parseSynthesis, type Synthesis, synthesisContent } from '@atelier/synthesis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { type SeededWorkshop, seedWorkshop } from '../seed/seed-workshop.js'
import {
  type CreatedCampaign,
  coOrganiserToken,
  createCampaign,
  type ErrorBody,
  splitByParticipants,
} from '../test-support/campaign.js'
import {
  api,
  type Client,
  connect,
  joinWorkshop,
  roleToken,
  startTestServer,
  type TestServer,
  waitFor,
} from '../test-support/harness.js'
import { loadLyon } from '../test-support/lyon.js'

// Issue 10, publishing: the organiser publishes a version of the synthesis;
// it is frozen (content hash, number, who and when) while a workshop keeps
// voting, its exports name it, and the next version says what changed.
// Through the real server: two workshops of the Lyon split, the second one
// still running, a phone voting in it over the real websocket.

let server: TestServer
let campaign: CreatedCampaign
let closed: SeededWorkshop
let running: SeededWorkshop
let coOrganiser: string
const clients: Client[] = []

beforeAll(async () => {
  server = await startTestServer()
  campaign = await createCampaign(server, { expectedTerritories: ['Lyon', 'Villeurbanne'] })
  const [lyon, villeurbanne] = splitByParticipants(loadLyon(), ['Lyon', 'Villeurbanne'])
  const create = { path: `/api/campaigns/${campaign.id}/workshops`, bearer: campaign.organiserKey }
  closed = await seedWorkshop(server.url, lyon!, { WebSocket, create })
  running = await seedWorkshop(server.url, villeurbanne!, { WebSocket, until: 'cluster', create })
  coOrganiser = await coOrganiserToken(server, campaign)
}, 60_000)
afterAll(async () => {
  for (const client of clients) client.destroy()
  await server.stop()
})

const base = () => `/api/campaigns/${campaign.id}`
const FORMATS = ['json', 'md', 'csv', 'workshops.csv', 'docx', 'html'] as const

interface Version {
  version: number
  contentHash: string
  publishedAt: string
  publishedBy: string
  role: string
  note: string
  totals: { workshops: number; items: number; dots: number }
}
interface Changes {
  version: number | null
  since: number | null
  changes: {
    same: boolean
    first: boolean
    workshops: { added: { territory: string | null }[] }
    items: { added: unknown[] }
    ranking: {
      group: { id: string; title: string }
      from: { rank: number; ranking: { dots: number } }
      to: { rank: number; ranking: { dots: number } }
    }[]
  }
}

/** A frozen file's bytes and download name. */
async function versionFile(n: number, format: (typeof FORMATS)[number], bearer = coOrganiser) {
  const response = await fetch(
    `${server.url}${base()}/versions/${n}/synthesis.${format}?download`,
    {
      headers: { authorization: `Bearer ${bearer}` },
    },
  )
  expect(response.status).toBe(200)
  return {
    bytes: Buffer.from(await response.arrayBuffer()),
    filename: /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1],
  }
}

const draft = async (): Promise<Synthesis> =>
  parseSynthesis((await api(server, `${base()}/synthesis.json`, { bearer: coOrganiser })).body)

const itemOf = (s: Synthesis, id: string) =>
  s.dimensions.flatMap((d) => d.groups.flatMap((g) => g.items)).find((i) => i.id === id)

describe('publishing a campaign synthesis', () => {
  let v1: Version
  const v1Files = new Map<string, Buffer>()

  it('publishes version 1: who (as typed, trimmed) and when, a SHA-256 over the content', async () => {
    const before = Date.now()
    const { status, body } = await api<Version>(server, `${base()}/publish`, {
      body: { by: '  Camille Martin\n ', note: ' Avant le congrès ' },
      bearer: campaign.organiserKey,
    })
    expect(status).toBe(201)
    v1 = body
    expect(v1).toMatchObject({
      version: 1,
      publishedBy: 'Camille Martin',
      role: 'organiser',
      note: 'Avant le congrès',
      totals: { workshops: 2 },
    })
    expect(v1.contentHash).toMatch(/^[0-9a-f]{64}$/)
    expect(Date.parse(v1.publishedAt)).toBeGreaterThanOrEqual(before - 1000)

    const { bytes, filename } = await versionFile(1, 'json')
    const frozen = parseSynthesis(JSON.parse(bytes.toString('utf8')))
    expect(frozen.publication).toEqual({
      version: 1,
      contentHash: v1.contentHash,
      publishedAt: v1.publishedAt,
      publishedBy: 'Camille Martin',
    })
    // Anyone can check the file against its hash.
    expect(createHash('sha256').update(synthesisContent(frozen)).digest('hex')).toBe(v1.contentHash)
    const day = v1.publishedAt.slice(0, 10)
    expect(filename).toBe(
      `congres-regional-de-test-synthese-v1-${day}-${v1.contentHash.slice(0, 8)}.json`,
    )
    for (const format of FORMATS) v1Files.set(format, (await versionFile(1, format)).bytes)
    const md = v1Files.get('md')!.toString('utf8')
    expect(md).toMatch(new RegExp(`Empreinte SHA-256\\s:\\*\\* ${v1.contentHash}`))
    expect(md).toMatch(/Version publiée\s:\*\* 1 \(/)
    expect(md).toContain('par Camille Martin)')
    expect((await versionFile(1, 'csv')).filename).toMatch(/-synthese-v1-.*\.csv$/)
  })

  it('refuses the same content twice (409 unchanged) and keeps the numbering', async () => {
    const again = await api<ErrorBody>(server, `${base()}/publish`, {
      body: {},
      bearer: coOrganiser,
    })
    expect(again.status).toBe(409)
    expect(again.body.error.code).toBe('unchanged')
    const list = await api<{ versions: Version[] }>(server, `${base()}/versions`, {
      bearer: campaign.organiserKey,
    })
    expect(list.body.versions.map((v) => v.version)).toEqual([1])
    // The page knows before trying: the draft says it is version 1's content.
    const draftNow = await api(server, `${base()}/changes`, { bearer: coOrganiser })
    expect(draftNow.body).toMatchObject({
      since: 1,
      unchanged: true,
      contentHash: v1.contentHash,
      changes: { same: true },
    })
  })

  it('keeps version 1 byte for byte while a workshop votes; version 2 and its changes follow', async () => {
    const cluster = running.clusterIds.get('c16')!
    const itemId = `${running.id}:${cluster}`
    expect(itemOf(await draft(), itemId)?.dots).toBe(0)

    const facilitator = connect(
      server,
      running.id,
      await roleToken(server, { ...running, joinUrl: '', screenUrl: '' }, 'facilitator'),
    )
    clients.push(facilitator)
    await facilitator.synced
    setPhase(facilitator.doc, 'vote', 'facilitator')
    const phone = await joinWorkshop(server, running.code)
    const own = connect(server, `${running.id}:${phone.participantId}`, phone.token)
    clients.push(own)
    await own.synced
    setVote(own.doc, cluster, 3)
    await waitFor(async () => itemOf(await draft(), itemId)?.dots === 3, 10_000, '3 dots')

    // The draft moved; version 1 did not.
    for (const format of FORMATS)
      expect((await versionFile(1, format)).bytes.equals(v1Files.get(format)!), format).toBe(true)
    const frozen = parseSynthesis(JSON.parse(v1Files.get('json')!.toString('utf8')))
    expect(itemOf(frozen, itemId)?.dots).toBe(0)

    // What the draft changes since version 1, before publishing it.
    const pending = await api<Changes>(server, `${base()}/changes`, { bearer: coOrganiser })
    expect(pending.status).toBe(200)
    expect(pending.body).toMatchObject({ version: null, since: 1, unchanged: false })
    const group = (await draft()).dimensions
      .flatMap((d) => d.groups)
      .find((g) => g.items.some((i) => i.id === itemId))!
    const move = pending.body.changes.ranking.find((r) => r.group.id === group.id)!
    expect(move.to.ranking.dots - move.from.ranking.dots).toBe(3)

    const published = await api<Version>(server, `${base()}/publish`, {
      body: { by: 'Sam' },
      bearer: coOrganiser,
    })
    expect(published.status).toBe(201)
    expect(published.body).toMatchObject({ version: 2, role: 'co-organiser', publishedBy: 'Sam' })
    expect(published.body.contentHash).not.toBe(v1.contentHash)
    expect(published.body.totals.dots).toBe(v1.totals.dots + 3)

    const list = await api<{ versions: Version[] }>(server, `${base()}/versions`, {
      bearer: coOrganiser,
    })
    expect(list.body.versions.map((v) => [v.version, v.contentHash])).toEqual([
      [1, v1.contentHash],
      [2, published.body.contentHash],
    ])

    const changes = await api<Changes>(server, `${base()}/versions/2/changes`, {
      bearer: campaign.organiserKey,
    })
    expect(changes.body).toMatchObject({ version: 2, since: 1 })
    expect(changes.body.changes.same).toBe(false)
    expect(changes.body.changes.workshops.added).toEqual([])
    expect(changes.body.changes.ranking.find((r) => r.group.id === group.id)).toEqual(move)
    const first = await api<Changes>(server, `${base()}/versions/1/changes`, {
      bearer: campaign.organiserKey,
    })
    expect(first.body).toMatchObject({ version: 1, since: null, changes: { first: true } })
    expect(first.body.changes.items.added).toHaveLength(frozen.totals.items)
    expect(first.body.changes.workshops.added.map((w) => w.territory).sort()).toEqual([
      'Lyon',
      'Villeurbanne',
    ])
    // Still frozen after a second version.
    expect((await versionFile(1, 'docx')).bytes.equals(v1Files.get('docx')!)).toBe(true)
  })

  it('opens to the organiser and co-organisers only', async () => {
    const credentials: Record<string, string | undefined> = {
      'facilitator key': closed.facilitatorKey,
      'facilitator token': await roleToken(
        server,
        { ...closed, joinUrl: '', screenUrl: '' },
        'facilitator',
      ),
      'phone token': (await joinWorkshop(server, running.code)).token,
      none: undefined,
      "another campaign's key": (await createCampaign(server, { title: 'Autre' })).organiserKey,
    }
    const requests = {
      'POST publish': (bearer?: string) =>
        api(server, `${base()}/publish`, { body: { by: 'X' }, ...(bearer ? { bearer } : {}) }),
      'GET versions': (bearer?: string) =>
        api(server, `${base()}/versions`, { ...(bearer ? { bearer } : {}) }),
      'GET a version': (bearer?: string) =>
        api(server, `${base()}/versions/1/synthesis.json`, { ...(bearer ? { bearer } : {}) }),
      'GET its changes': (bearer?: string) =>
        api(server, `${base()}/versions/1/changes`, { ...(bearer ? { bearer } : {}) }),
      'GET draft changes': (bearer?: string) =>
        api(server, `${base()}/changes`, { ...(bearer ? { bearer } : {}) }),
    }
    for (const [who, credential] of Object.entries(credentials))
      for (const [what, request] of Object.entries(requests)) {
        const { status } = await request(credential)
        expect([who, what, status]).toEqual([who, what, credential ? 403 : 401])
      }
    const list = await api<{ versions: Version[] }>(server, `${base()}/versions`, {
      bearer: campaign.organiserKey,
    })
    expect(list.body.versions).toHaveLength(2)
  })

  it('caps what is typed, refuses other fields, and names unknown versions and formats', async () => {
    const extra = await api<ErrorBody>(server, `${base()}/publish`, {
      body: { by: 'A', version: 7 },
      bearer: campaign.organiserKey,
    })
    expect(extra.status).toBe(400)
    for (const path of ['versions/9/synthesis.json', 'versions/0/changes', 'versions/x/changes']) {
      const { status, body } = await api<ErrorBody>(server, `${base()}/${path}`, {
        bearer: campaign.organiserKey,
      })
      expect([path, status, body.error.code]).toEqual([path, 404, 'unknown-version'])
    }
    const format = await api<ErrorBody>(server, `${base()}/versions/1/synthesis.pdf`, {
      bearer: campaign.organiserKey,
    })
    expect(format.body.error.code).toBe('unknown-format')
    // A long name is cut, not refused (a phone joined above: the draft changed).
    const long = await api<Version>(server, `${base()}/publish`, {
      body: { by: `${'é'.repeat(500)}`, note: 'n'.repeat(2000) },
      bearer: campaign.organiserKey,
    })
    expect(long.status).toBe(201)
    expect(long.body.publishedBy).toBe('é'.repeat(80))
    expect(long.body.note).toHaveLength(500)
  })

  it('keeps its versions across a restart of the server, byte for byte', async () => {
    for (const client of clients.splice(0)) client.destroy()
    const dataDir = server.dataDir
    await server.stop(false)
    server = await startTestServer(dataDir)
    const list = await api<{ versions: Version[] }>(server, `${base()}/versions`, {
      bearer: campaign.organiserKey,
    })
    expect(list.body.versions.map((v) => v.version)).toEqual([1, 2, 3])
    for (const format of ['json', 'docx', 'csv'] as const)
      expect((await versionFile(1, format)).bytes.equals(v1Files.get(format)!), format).toBe(true)
  })
})
