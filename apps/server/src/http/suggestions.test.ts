import { adjustedRandIndex } from '@atelier/cluster-suggestions'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import type { Dataset } from '../seed/dataset.js'
import { type SeededWorkshop, seedWorkshop } from '../seed/seed-workshop.js'
import { api, startTestServer, type TestServer } from '../test-support/harness.js'
import { loadLyon } from '../test-support/lyon.js'

let server: TestServer
let lyon: Dataset
let seeded: SeededWorkshop

beforeAll(async () => {
  server = await startTestServer()
  lyon = loadLyon()
  seeded = await seedWorkshop(server.url, lyon, { WebSocket, until: 'collect' })
}, 60_000)
afterAll(() => server.stop())

interface Suggestions {
  clusters: { dimension: string; title: string; noteIds: string[] }[]
  duplicates: [string, string][]
}

describe('GET /api/workshops/:id/suggestions', () => {
  it("proposes groups close to the facilitator's, within dimensions, each note at most once", async () => {
    const { status, body } = await api<Suggestions>(
      server,
      `/api/workshops/${seeded.id}/suggestions`,
      {
        bearer: seeded.facilitatorKey,
      },
    )
    expect(status).toBe(200)
    const datasetId = new Map(
      [...seeded.noteIds].map(([datasetNote, boardNote]) => [boardNote, datasetNote]),
    )
    const dimensionOf = new Map(lyon.notes.map((n) => [n.id, n.dimension]))
    const seen = new Set<string>()
    const suggested = new Map<string, string>()
    body.clusters.forEach((cluster, index) => {
      expect(cluster.title.length).toBeGreaterThan(0)
      for (const noteId of cluster.noteIds) {
        expect(seen.has(noteId)).toBe(false)
        seen.add(noteId)
        expect(dimensionOf.get(datasetId.get(noteId)!)).toBe(cluster.dimension)
        suggested.set(datasetId.get(noteId)!, `s${index}`)
      }
    })
    // Agreement with the facilitator: every note counted, singletons as their own group.
    const ari = adjustedRandIndex(
      lyon.notes.map((n) => suggested.get(n.id) ?? `single-${n.id}`),
      lyon.notes.map((n) => n.cluster ?? `single-${n.id}`),
    )
    expect(ari).toBeGreaterThan(0.5)
  })

  it('flags the near-duplicate notes of the Lyon workshop', async () => {
    const { body } = await api<Suggestions>(server, `/api/workshops/${seeded.id}/suggestions`, {
      bearer: seeded.facilitatorKey,
    })
    const pair = [seeded.noteIds.get('n034')!, seeded.noteIds.get('n047')!].sort()
    expect(body.duplicates.map((p) => [...p].sort().join())).toContain(pair.join())
  })

  it('is for the facilitator only', async () => {
    expect((await api(server, `/api/workshops/${seeded.id}/suggestions`)).status).toBe(401)
  })
})
