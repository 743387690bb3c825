import { escapeHtml } from '@atelier/recommendations'
import { parseSynthesis, type Synthesis, synthesisLabels } from '@atelier/synthesis'
import { parse as parseCsv } from 'csv-parse/sync'
import { marked } from 'marked'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { coOrganiserToken } from '../test-support/campaign.js'
import { api, startTestServer, type TestServer } from '../test-support/harness.js'
import { type LyonCampaign, seedLyonCampaign } from '../test-support/lyon-campaign.js'
import { unzipEntry } from '../test-support/unzip.js'

// Issue 10: the synthesis exports of the Lyon campaign (three live
// territories + one imported file), downloaded with the organiser key or a
// co-organiser link, opened the way their readers open them.

let server: TestServer
let lyon: LyonCampaign
let synthesis: Synthesis
let coOrganiser: string

const download = async (file: string, bearer = lyon.campaign.organiserKey) => {
  const response = await fetch(`${server.url}/api/campaigns/${lyon.campaign.id}/${file}`, {
    headers: { authorization: `Bearer ${bearer}` },
  })
  expect(response.status).toBe(200)
  return response
}
const items = () => synthesis.dimensions.flatMap((d) => d.groups.flatMap((g) => g.items))
const groups = () => synthesis.dimensions.flatMap((d) => d.groups)
const BASE = 'congres-regional-auvergne-rhone-alpes-2021-synthese'

beforeAll(async () => {
  server = await startTestServer()
  lyon = await seedLyonCampaign(server)
  synthesis = parseSynthesis(await (await download('synthesis.json')).json())
  coOrganiser = await coOrganiserToken(server, lyon.campaign)
}, 180_000)
afterAll(() => server.stop())

describe('synthesis exports', () => {
  it('serves each format with its content type and, with ?download, a named attachment', async () => {
    const formats: [string, string, string][] = [
      ['synthesis.json', 'application/json; charset=utf-8', `${BASE}.json`],
      ['synthesis.md', 'text/markdown; charset=utf-8', `${BASE}.md`],
      ['synthesis.csv', 'text/csv; charset=utf-8', `${BASE}.csv`],
      ['synthesis.workshops.csv', 'text/csv; charset=utf-8', `${BASE}-ateliers.csv`],
      [
        'synthesis.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        `${BASE}.docx`,
      ],
      ['synthesis.html', 'text/html; charset=utf-8', `${BASE}.html`],
    ]
    for (const [file, type, name] of formats) {
      const response = await download(`${file}?download`)
      expect([file, response.headers.get('content-type')]).toEqual([file, type])
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${name}"`)
      expect(response.headers.get('cache-control')).toBe('no-store')
      // Without ?download the browser shows it in place.
      expect((await download(file)).headers.get('content-disposition')).toBeNull()
    }
    const unknown = await api(server, `/api/campaigns/${lyon.campaign.id}/synthesis.pdf`, {
      bearer: lyon.campaign.organiserKey,
    })
    expect(unknown.status).toBe(404)
  })

  it('a co-organiser link downloads the same synthesis.json as the organiser', async () => {
    const bytes = await (await download('synthesis.json', coOrganiser)).text()
    expect(bytes).toBe(await (await download('synthesis.json')).text())
  })

  it('CSV: French Excel (BOM, `;`), one row per item with its territory and ids, parsed back', async () => {
    const bytes = new Uint8Array(await (await download('synthesis.csv')).arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const h = synthesisLabels('fr').csv
    const rows = parseCsv(new TextDecoder().decode(bytes), {
      bom: true,
      columns: true,
      delimiter: ';',
    }) as Record<string, string>[]
    expect(rows).toHaveLength(items().length)
    const byId = new Map(items().map((item) => [item.id, item]))
    for (const row of rows) {
      const item = byId.get(row[h.itemId]!)!
      expect(row[h.territory]).toBe(item.territory)
      expect(row[h.workshopId]).toBe(item.workshopId)
      expect(Number(row[h.itemDots])).toBe(item.dots)
    }
    const annex = parseCsv(await (await download('synthesis.workshops.csv')).text(), {
      bom: true,
      columns: true,
      delimiter: ';',
    }) as Record<string, string>[]
    expect(annex.map((row) => row[h.territory]).sort()).toEqual(
      ['Grenoble', 'Lyon', 'Villeurbanne', 'Vénissieux'].sort(),
    )
  })

  it('Markdown: renders with a heading per dimension and every group and territory named', async () => {
    const markdown = await (await download('synthesis.md')).text()
    const html = await marked.parse(markdown)
    expect(html).toContain(`<h1>${escapeHtml(synthesis.campaign.title)}</h1>`)
    const headings = [...html.matchAll(/<h2[^>]*>(.*?)<\/h2>/g)].map((m) => m[1])
    // "## 1. <dimension title>"
    synthesis.dimensions.forEach((dimension, i) => {
      expect(headings).toContain(`${i + 1}. ${escapeHtml(dimension.title)}`)
    })
    for (const group of groups()) expect(html).toContain(escapeHtml(group.title))
    for (const territory of ['Lyon', 'Villeurbanne', 'Vénissieux', 'Grenoble'])
      expect(html).toContain(territory)
  })

  it('DOCX: unzips to a document naming every group and every contributing territory', async () => {
    const response = await download('synthesis.docx')
    const xml = unzipEntry(new Uint8Array(await response.arrayBuffer()), 'word/document.xml')
    for (const group of groups()) expect(xml).toContain(escapeXml(group.title))
    for (const workshop of synthesis.workshops)
      expect(xml).toContain(escapeXml(workshop.territory!))
  })

  it('HTML: a page naming every group, with participant text escaped', async () => {
    const html = await (await download('synthesis.html')).text()
    expect(html).toMatch(/^<!doctype html>/i)
    for (const group of groups()) expect(html).toContain(escapeHtml(group.title))
    // The Lyon dataset has a note with markup in it: it stays text.
    expect(html).not.toContain('<b>Important</b>')
  })
})

const escapeXml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
