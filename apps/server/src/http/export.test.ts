import { parseSummary, type SessionSummary } from '@atelier/recommendations'
import { parse as parseCsv } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import type { Dataset } from '../seed/dataset.js'
import { type SeededWorkshop, seedWorkshop } from '../seed/seed-workshop.js'
import { api, startTestServer, type TestServer } from '../test-support/harness.js'
import { loadLyon } from '../test-support/lyon.js'
import { unzipEntry } from '../test-support/unzip.js'

let server: TestServer
let lyon: Dataset
let seeded: SeededWorkshop
let summary: SessionSummary

const download = async (file: string) => {
  const response = await fetch(`${server.url}/api/workshops/${seeded.id}/${file}`, {
    headers: { authorization: `Bearer ${seeded.facilitatorKey}` },
  })
  expect(response.status).toBe(200)
  return response
}

beforeAll(async () => {
  server = await startTestServer()
  lyon = loadLyon()
  seeded = await seedWorkshop(server.url, lyon, { WebSocket })
  summary = parseSummary(await (await download('summary.json')).json())
}, 60_000)
afterAll(() => server.stop())

describe('the Lyon workshop, run through the server, summarised', () => {
  it('keeps every note exactly once', () => {
    const texts = summary.dimensions.flatMap((d) => [
      ...d.recommendations.flatMap((r) => r.notes.map((n) => n.text)),
      ...d.unclustered.map((n) => n.text),
    ])
    expect(texts.sort()).toEqual(lyon.notes.map((n) => n.text.trim()).sort())
    expect(summary.totals.notes).toBe(lyon.notes.length)
    expect(summary.workshop.participantCount).toBe(lyon.participants.length)
  })

  it('ranks recommendations by the dots the room cast', () => {
    const dots = new Map<string, number>()
    for (const vote of lyon.votes)
      dots.set(vote.cluster, (dots.get(vote.cluster) ?? 0) + vote.count)
    const titleOf = new Map(lyon.clusters.map((c) => [c.title, c.id]))
    for (const dimension of summary.dimensions) {
      const counted = dimension.recommendations.map((r) => r.dots)
      expect(counted).toEqual([...counted].sort((a, b) => b - a))
      for (const recommendation of dimension.recommendations) {
        expect(recommendation.dots).toBe(dots.get(titleOf.get(recommendation.title)!) ?? 0)
      }
    }
    expect(summary.totals.dotsCast).toBe(lyon.votes.reduce((sum, v) => sum + v.count, 0))
  })

  it('serves Markdown and HTML with participant markup as literal text', async () => {
    const markdown = await (await download('summary.md')).text()
    expect(markdown).not.toContain('<b>Important</b>')
    expect(markdown).toContain('\\<b\\>Important\\</b\\>')
    expect(markdown).toContain('\\*\\*URGENT\\*\\*')
    const html = await (await download('summary.html')).text()
    expect(html).not.toContain('<b>Important</b>')
    expect(html).toContain('&lt;b&gt;Important&lt;/b&gt;')
  })

  it('serves CSV files that open in French Excel (BOM, `;`, decimal comma) and round-trip through a CSV parser', async () => {
    const response = await download('summary.csv')
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes)
    // TextDecoder drops the BOM (checked above as bytes).
    expect(text.slice(0, text.indexOf('\r\n'))).toBe(
      'Dimension;Rang dans la dimension;Titre du regroupement;Texte de la note;Participant (anonyme);Id note;Id regroupement;Id dimension',
    )
    const rows = parseCsv(text, { bom: true, columns: true, delimiter: ';' }) as Record<
      string,
      string
    >[]
    expect(rows).toHaveLength(lyon.notes.length)
    // The board names no author: the export reads them from the private room.
    const authors = new Set(rows.map((row) => row['Participant (anonyme)']))
    expect(authors.size).toBe(new Set(lyon.notes.map((n) => n.participant)).size)
    const recommendations = await (await download('summary.recommendations.csv')).text()
    const recs = parseCsv(recommendations, { bom: true, columns: true, delimiter: ';' }) as Record<
      string,
      string
    >[]
    expect(recs).toHaveLength(summary.totals.recommendations)
    expect(recs[0]?.['Part des gommettes de la dimension (%)']).toMatch(/^\d+(,\d+)?$/)
  })

  it('serves a DOCX whose document names every recommendation', async () => {
    const response = await download('summary.docx?download')
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename=".+\.docx"/)
    const xml = unzipEntry(new Uint8Array(await response.arrayBuffer()), 'word/document.xml')
    for (const dimension of summary.dimensions) {
      for (const recommendation of dimension.recommendations)
        expect(xml).toContain(escapeXml(recommendation.title))
    }
    expect(xml).toContain('&lt;b&gt;Important&lt;/b&gt;')
  })

  it('refuses exports without the facilitator key', async () => {
    const response = await fetch(`${server.url}/api/workshops/${seeded.id}/summary.json`)
    expect(response.status).toBe(401)
    const unknown = await api(server, `/api/workshops/${seeded.id}/summary.pdf`, {
      bearer: seeded.facilitatorKey,
    })
    expect(unknown.status).toBe(404)
  })

  it('imports a summary as an archived, read-only workshop that exports the same summary', async () => {
    const imported = await api<{ id: string; facilitatorKey: string; status: string }>(
      server,
      '/api/workshops/import',
      {
        body: summary,
      },
    )
    expect(imported.status).toBe(201)
    expect(imported.body.status).toBe('archived')
    const again = await api<SessionSummary>(
      server,
      `/api/workshops/${imported.body.id}/summary.json`,
      {
        bearer: imported.body.facilitatorKey,
      },
    )
    expect(again.body).toEqual(summary)
    const broken = await api<{ error: { code: string } }>(server, '/api/workshops/import', {
      body: { ...summary, totals: { ...summary.totals, notes: 3 } },
    })
    expect(broken.status).toBe(400)
    expect(broken.body.error.code).toBe('invalid-summary')
  })
})

const escapeXml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
