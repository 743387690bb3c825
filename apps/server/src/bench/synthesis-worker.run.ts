import { availableParallelism, loadavg } from 'node:os'
import { test } from 'vitest'
import WebSocket from 'ws'
import { mainThreadBuilder } from '../campaigns/synthesis-builder.js'
import type { SynthesisInput } from '../campaigns/worker-protocol.js'
import { WorkerSynthesisBuilder } from '../campaigns/worker-synthesis.js'
import { seedWorkshop } from '../seed/seed-workshop.js'
import {
  bigCampaignSummaries,
  importBigCampaign,
  longestStall,
} from '../test-support/big-campaign.js'
import { createCampaign } from '../test-support/campaign.js'
import { api, startTestServer } from '../test-support/harness.js'
import { loadLyon } from '../test-support/lyon.js'

// Issue 10: "60 workshops of 160 notes: the synthesis is computed in under
// 2 s and updates live without stalling the server's event loop over 50 ms."
// Main thread and worker side by side, then through the real server, then
// the gathering of live workshops' summaries (done on the event loop).
// Issue 12's scenario 8: `pnpm bench campaign` runs this file and keeps its table.

const campaign = {
  id: 'bench',
  title: 'Congrès national',
  level: 'national' as const,
  territory: null,
  language: 'fr' as const,
  expectedTerritories: [],
}
const ms = (x: number) => `${x.toLocaleString('en-US', { maximumFractionDigits: 0 })} ms`

/** Wall time, this process's CPU (every thread: the worker's included) and the longest stall of its event loop. */
async function timed<T>(work: () => Promise<T>) {
  const start = performance.now()
  const cpuStart = process.cpuUsage()
  const { result, stallMs } = await longestStall(work)
  const cpu = process.cpuUsage(cpuStart)
  return {
    result,
    wallMs: performance.now() - start,
    cpuMs: (cpu.user + cpu.system) / 1000,
    stallMs,
  }
}

test('synthesis of 60 workshops x 160 notes: main thread vs worker thread', async () => {
  const summaries = bigCampaignSummaries()
  const inputs: SynthesisInput[] = summaries.map((summary) => ({
    kind: 'file',
    file: 'summary',
    json: JSON.stringify(summary),
  }))
  const main = mainThreadBuilder()
  const mainCold = await timed(() =>
    main.build({ campaignId: 'bench', campaign, sources: inputs }, { kind: 'synthesis' }),
  )
  const mainWarm = await timed(() =>
    main.build({ campaignId: 'bench', campaign, sources: inputs }, { kind: 'synthesis' }),
  )
  const worker = new WorkerSynthesisBuilder()
  const workerCold = await timed(() =>
    worker.build({ campaignId: 'bench', campaign, sources: inputs }, { kind: 'synthesis' }),
  )
  const workerWarm = await timed(() =>
    worker.build({ campaignId: 'bench', campaign, sources: inputs }, { kind: 'synthesis' }),
  )
  await worker.close()

  const server = await startTestServer()
  const big = await importBigCampaign(server, summaries)
  const get = () =>
    api(server, `/api/campaigns/${big.id}/synthesis.json`, { bearer: big.organiserKey })
  const httpCold = await timed(get)
  const httpWarm = await timed(get)
  const overview = await timed(() =>
    api(server, `/api/campaigns/${big.id}`, { bearer: big.organiserKey }),
  )

  // Live workshops: each summary is built from its rooms on the event loop,
  // one workshop per turn. Six Lyon workshops (164 notes each) run for real.
  const live = await createCampaign(server, { title: 'Campagne en direct' })
  const lyon = loadLyon()
  const seeded = []
  for (let k = 0; k < 6; k += 1)
    seeded.push(
      await seedWorkshop(
        server.url,
        { ...lyon, workshop: { ...lyon.workshop, territory: `Territoire ${k + 1}` } },
        {
          WebSocket,
          create: { path: `/api/campaigns/${live.id}/workshops`, bearer: live.organiserKey },
        },
      ),
    )
  const liveGet = () =>
    api(server, `/api/campaigns/${live.id}/synthesis.json`, { bearer: live.organiserKey })
  const liveCold = await timed(liveGet)
  const liveWarm = await timed(liveGet)
  // One workshop's summary alone (what the gathering does per turn, plus its JSON).
  const one = seeded[0]!
  const oneSummary = await timed(() =>
    api(server, `/api/workshops/${one.id}/summary.json`, { bearer: one.facilitatorKey }),
  )
  await server.stop()

  const notes = summaries.reduce((n, s) => n + s.totals.notes, 0)
  const ratio = (a: number, b: number) => `${(a / Math.max(b, 1)).toFixed(1)}×`
  const row = (label: string, t: { wallMs: number; cpuMs: number; stallMs: number }) =>
    `| ${label} | ${ms(t.wallMs)} | ${ms(t.cpuMs)} | ${ms(t.stallMs)} |`
  const lines = [
    `Synthesis of ${summaries.length} workshops × 160 notes (${notes.toLocaleString('en-US')} notes, ${mainCold.result.totals.items.toLocaleString('en-US')} items → ${mainCold.result.totals.groups} groups)`,
    '',
    '| | build (wall) | CPU | longest event-loop stall |',
    '| --- | --- | --- | --- |',
    row('main thread, cold cache', mainCold),
    row('worker thread, cold cache (worker start included)', workerCold),
    row('main thread, after a vote', mainWarm),
    row('worker thread, after a vote', workerWarm),
    row('server: 60 imported workshops, `GET synthesis.json` cold', httpCold),
    row('server: the same, again', httpWarm),
    row("server: the organiser's overview (`GET /api/campaigns/:id`)", overview),
    row('server: 6 live Lyon workshops (summaries gathered on the event loop), cold', liveCold),
    row('server: the same, again', liveWarm),
    row("server: one live workshop's `summary.json` alone", oneSummary),
    '',
    `Targets (issue 10): build < 2,000 ms, stall < 50 ms. Stall ratio main thread / worker: cold ${ratio(mainCold.stallMs, workerCold.stallMs)}, after a vote ${ratio(mainWarm.stallMs, workerWarm.stallMs)}. CPU: this process's, every thread (the worker's, and the in-process HTTP client's for the server rows). The server runs in the bench's process; the stall is its event loop's longest gap between two 5 ms ticks. Load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores.`,
  ]
  // Between markers: `pnpm bench` keeps what is between them as markdown (vitest prints around it).
  console.log(['<!-- bench:markdown -->', ...lines, '<!-- /bench:markdown -->'].join('\n'))
}, 600_000)
