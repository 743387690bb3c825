import { createHash } from 'node:crypto'
import { type CampaignInfo, parseSynthesis, synthesisContent } from '@atelier/synthesis'
import { afterAll, describe, expect, it } from 'vitest'
import { bigCampaignSummaries } from '../test-support/big-campaign.js'
import { SYNTHESIS_FORMATS } from './exports.js'
import { mainThreadBuilder } from './synthesis-builder.js'
import type { SynthesisInput } from './worker-protocol.js'
import { WorkerSynthesisBuilder } from './worker-synthesis.js'

// Published versions in the synthesis worker: the same stamp, hash, files
// and change reports as on the main thread, and a frozen file rendered twice
// is the same bytes.

const campaign: CampaignInfo = {
  id: 'c',
  title: 'Congrès de test',
  level: 'regional',
  territory: 'Bretagne',
  language: 'fr',
  expectedTerritories: [],
}
const summaries = bigCampaignSummaries(5, 40)
const sources = (n: number): SynthesisInput[] =>
  summaries.slice(0, n).map((summary) => ({
    kind: 'file',
    file: 'summary',
    json: JSON.stringify(summary),
  }))
const stamp = { version: 1, publishedAt: '2026-12-02T10:00:00.000Z', publishedBy: 'Camille' }
const worker = new WorkerSynthesisBuilder()
afterAll(() => worker.close())

describe('publishing in the synthesis worker', () => {
  it('stamps and hashes as the main thread does; the hash checks out on the file', async () => {
    const inWorker = await worker.build(
      { campaignId: 'c', campaign, sources: sources(4) },
      { kind: 'publish', stamp },
    )
    const onMain = await mainThreadBuilder().build(
      { campaignId: 'c', campaign, sources: sources(4) },
      { kind: 'publish', stamp },
    )
    expect(inWorker).toEqual(onMain)
    const file = parseSynthesis(JSON.parse(inWorker.json))
    expect(file.publication).toEqual({ ...stamp, contentHash: inWorker.contentHash })
    expect(file.generatedAt).toBeNull()
    expect(createHash('sha256').update(synthesisContent(file)).digest('hex')).toBe(
      inWorker.contentHash,
    )
    // Who and when do not enter the hash; content does.
    const later = await worker.build(
      { campaignId: 'c', campaign, sources: sources(4) },
      {
        kind: 'publish',
        stamp: {
          version: 2,
          publishedAt: '2026-12-03T10:00:00.000Z',
          publishedBy: 'Sam',
        },
      },
    )
    expect(later.contentHash).toBe(inWorker.contentHash)
    expect(later.json).not.toBe(inWorker.json)
    const more = await worker.build(
      { campaignId: 'c', campaign, sources: sources(5) },
      { kind: 'publish', stamp },
    )
    expect(more.contentHash).not.toBe(inWorker.contentHash)
  }, 60_000)

  it('renders a frozen version to the same bytes every time, and compares versions', async () => {
    const { json } = await worker.build(
      { campaignId: 'c', campaign, sources: sources(4) },
      { kind: 'publish', stamp },
    )
    for (const format of SYNTHESIS_FORMATS) {
      const first = await worker.renderFrozen(json, format)
      const again = await worker.renderFrozen(json, format)
      expect(Buffer.from(again.body).equals(Buffer.from(first.body)), format).toBe(true)
      expect(first.filename).toMatch(/^congres-de-test-synthese-v1-2026-12-02-[0-9a-f]{8}/)
    }
    const v2 = await worker.build(
      { campaignId: 'c', campaign, sources: sources(5) },
      { kind: 'publish', stamp: { ...stamp, version: 2 } },
    )
    const changes = await worker.versionChanges(json, v2.json)
    expect(changes.workshops.added.map((w) => w.id)).toEqual([summaries[4]!.workshop.id])
    expect(changes).toEqual(await mainThreadBuilder().versionChanges(json, v2.json))
    const draft = await worker.build(
      { campaignId: 'c', campaign, sources: sources(5) },
      { kind: 'draftChanges', since: v2.json },
    )
    expect(draft).toMatchObject({ contentHash: v2.contentHash, changes: { same: true } })
  }, 60_000)
})
