import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  bigCampaignSummaries,
  importBigCampaign,
  longestStall,
} from '../test-support/big-campaign.js'
import type { CreatedCampaign } from '../test-support/campaign.js'
import { startTestServer, type TestServer } from '../test-support/harness.js'

// Issue 10, scale: publishing a 60 x 160 campaign, serving its frozen files
// and comparing versions happen in the synthesis worker; this thread (the
// server's event loop, in-process) only relays JSON text and stores it.

let server: TestServer
let campaign: CreatedCampaign
const summaries = bigCampaignSummaries()

beforeAll(async () => {
  server = await startTestServer()
  campaign = await importBigCampaign(server, summaries.slice(0, 59))
}, 120_000)
afterAll(() => server?.stop())

async function timed(method: string, path: string, body?: unknown) {
  const start = performance.now()
  const { result, stallMs } = await longestStall(async () => {
    const response = await fetch(`${server.url}/api/campaigns/${campaign.id}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${campaign.organiserKey}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    return { status: response.status, bytes: (await response.arrayBuffer()).byteLength }
  })
  return { ...result, stallMs, ms: performance.now() - start }
}

describe('publishing a 60-workshop campaign', () => {
  it('publishes, serves the frozen files and compares versions without stalling the loop', async () => {
    const figures: string[] = []
    const record = (what: string, r: Awaited<ReturnType<typeof timed>>) => {
      figures.push(
        `${what}: ${r.ms.toFixed(0)} ms, ${(r.bytes / 1e6).toFixed(1)} MB, longest stall ${r.stallMs.toFixed(0)} ms`,
      )
      return r
    }
    const v1 = record('publish v1 (59 workshops)', await timed('POST', '/publish', { by: 'A' }))
    expect(v1.status).toBe(201)
    const json = record('v1 synthesis.json', await timed('GET', '/versions/1/synthesis.json'))
    expect(json.status).toBe(200)
    expect(json.bytes).toBeGreaterThan(1e6)
    const docx = record('v1 synthesis.docx', await timed('GET', '/versions/1/synthesis.docx'))
    // Rendered once: the second download is the kept file.
    const again = record(
      'v1 synthesis.docx again',
      await timed('GET', '/versions/1/synthesis.docx'),
    )
    expect(again.bytes).toBe(docx.bytes)
    // The 60th workshop joins; the draft's changes and version 2's.
    const imported = await fetch(`${server.url}/api/campaigns/${campaign.id}/import`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${campaign.organiserKey}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(summaries[59]),
    })
    expect(imported.status).toBe(201)
    record('draft changes', await timed('GET', '/changes'))
    const v2 = record('publish v2 (60 workshops)', await timed('POST', '/publish', {}))
    expect(v2.status).toBe(201)
    const changes = record('v2 changes', await timed('GET', '/versions/2/changes'))
    expect(changes.status).toBe(200)
    console.log(figures.join('\n'))
    const stalls = [v1, json, v2, changes].map((r) => r.stallMs)
    // As in campaign-worker.test.ts: the bound is 50 ms on an idle
    // machine; two shared cores preempt this thread, so the bound asserted
    // is generous and the figures are printed.
    expect(Math.max(...stalls)).toBeLessThan(400)
  }, 180_000)
})
