import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { CampaignInfo } from '@atelier/synthesis'
import { afterAll, describe, expect, it } from 'vitest'
import { bigCampaignSummaries } from '../test-support/big-campaign.js'
import { captureLogger } from '../test-support/capture-logger.js'
import { crashingWorkerEntry } from '../test-support/crashing-worker.js'
import { mainThreadBuilder } from './synthesis-builder.js'
import type { SynthesisInput } from './worker-protocol.js'
import { WorkerSynthesisBuilder } from './worker-synthesis.js'

// The worker's lifecycle: same result as the main thread, a crash fails the
// requests it held and the next one gets a fresh worker, close stops it.

const campaign: CampaignInfo = {
  id: 'c',
  title: 'Congrès de test',
  level: 'national',
  territory: null,
  language: 'fr',
  expectedTerritories: [],
}
const summaries = bigCampaignSummaries(6, 40)
const live: SynthesisInput[] = summaries.map((summary) => ({
  kind: 'workshop',
  source: 'live',
  status: 'running',
  summary,
}))
const files: SynthesisInput[] = summaries.map((summary) => ({
  kind: 'file',
  file: 'summary',
  json: JSON.stringify(summary),
}))

// A worker that dies on a request for the campaign titled "crash".
const { entry, dir } = crashingWorkerEntry('crash')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('WorkerSynthesisBuilder', () => {
  it('builds what the main thread builds, from live summaries and from stored files', async () => {
    const worker = new WorkerSynthesisBuilder()
    try {
      const onMain = await mainThreadBuilder().build(
        { campaignId: 'c1', campaign, sources: live },
        { kind: 'synthesis' },
      )
      expect(
        await worker.build({ campaignId: 'c1', campaign, sources: live }, { kind: 'synthesis' }),
      ).toEqual(onMain)
      // The same workshops imported: the same synthesis but for their source.
      const imported = await worker.build(
        { campaignId: 'c2', campaign, sources: files },
        { kind: 'synthesis' },
      )
      expect(imported).toEqual(
        await mainThreadBuilder().build(
          { campaignId: 'c2', campaign, sources: files },
          { kind: 'synthesis' },
        ),
      )
      expect(imported.totals).toEqual(onMain.totals)
      // The overview's part alone: the same workshops and missing territories.
      expect(
        await worker.build({ campaignId: 'c1', campaign, sources: live }, { kind: 'overview' }),
      ).toEqual({
        workshops: onMain.workshops,
        missingTerritories: onMain.missingTerritories,
      })
    } finally {
      await worker.close()
    }
  })

  it('renders the exports there as the main thread renders them', async () => {
    const worker = new WorkerSynthesisBuilder()
    try {
      for (const format of ['json', 'md', 'csv'] as const)
        expect(
          await worker.build(
            { campaignId: 'c1', campaign, sources: live },
            { kind: 'render', format },
          ),
        ).toEqual(
          await mainThreadBuilder().build(
            { campaignId: 'c1', campaign, sources: live },
            { kind: 'render', format },
          ),
        )
      const docx = await worker.build(
        { campaignId: 'c1', campaign, sources: live },
        { kind: 'render', format: 'docx' },
      )
      expect(docx.body).toBeInstanceOf(Uint8Array)
      // A .docx is a zip: it starts with "PK".
      expect([...(docx.body as Uint8Array).subarray(0, 2)]).toEqual([0x50, 0x4b])
    } finally {
      await worker.close()
    }
  })

  it('fails the requests of a crashed worker, then starts a fresh one', async () => {
    const log = captureLogger()
    const worker = new WorkerSynthesisBuilder(entry, log.logger)
    try {
      const crashed = worker.build(
        { campaignId: 'c0', campaign: { ...campaign, title: 'crash' }, sources: live },
        { kind: 'synthesis' },
      )
      const queued = worker.build(
        { campaignId: 'c1', campaign, sources: live },
        { kind: 'synthesis' },
      )
      await expect(crashed).rejects.toThrow(/exited with code 7/)
      await expect(queued).rejects.toThrow(/exited with code 7/)
      expect(log.lines().map((line) => line.msg)).toEqual(['synthesis worker stopped'])
      const after = await worker.build(
        { campaignId: 'c1', campaign, sources: live },
        { kind: 'synthesis' },
      )
      expect(after).toEqual(
        await mainThreadBuilder().build(
          { campaignId: 'c1', campaign, sources: live },
          { kind: 'synthesis' },
        ),
      )
    } finally {
      await worker.close()
    }
  })

  it('stops on close: waiting requests fail, later ones too', async () => {
    const worker = new WorkerSynthesisBuilder()
    const waiting = expect(
      worker.build({ campaignId: 'c1', campaign, sources: live }, { kind: 'synthesis' }),
    ).rejects.toThrow(/closing/)
    await worker.close()
    await waiting
    await expect(
      worker.build({ campaignId: 'c1', campaign, sources: live }, { kind: 'synthesis' }),
    ).rejects.toThrow(/closed/)
  })

  it('says how to build it when the built worker is missing', async () => {
    const worker = new WorkerSynthesisBuilder(pathToFileURL(join(dir, 'missing.js')))
    await expect(
      worker.build({ campaignId: 'c1', campaign, sources: live }, { kind: 'synthesis' }),
    ).rejects.toThrow(/build the server first/)
  })
})
