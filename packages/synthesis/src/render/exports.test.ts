import { parse } from 'csv-parse/sync'
import { marked } from 'marked'
import { describe, expect, test } from 'vitest'
import { buildSynthesis } from '../build/build-synthesis.js'
import { parseSynthesis } from '../parse.js'
import { lyonCampaign, lyonSources } from '../test-support/lyon-territories.js'
import { unzipText, wordText } from '../test-support/unzip.js'
import { renderSynthesisCsv, renderSynthesisWorkshopsCsv } from './csv.js'
import { renderSynthesisDocx } from './docx.js'
import { renderSynthesisHtml } from './html.js'
import { renderSynthesisJson } from './json.js'
import { renderSynthesisMarkdown } from './markdown.js'

const synthesis = buildSynthesis(lyonCampaign(), lyonSources())
const items = synthesis.dimensions.flatMap((d) => d.groups.flatMap((g) => g.items))
const hostile = buildSynthesis(
  lyonCampaign({ title: '=HYPERLINK("http://x") <script>alert(1)</script> **gras**' }),
  lyonSources({
    cluster: (c, t) =>
      t === 0 && c.id === 'c02' ? { title: '+SUM(A1) <b>x</b>', recommendation: 'a; "b"\nc' } : c,
  }),
)

describe('CSV in the French Excel convention', () => {
  const csv = renderSynthesisCsv(synthesis)
  const rows: string[][] = parse(csv.slice(1), { delimiter: ';' })

  test('BOM, semicolons, one row per item that parses back to the item', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(rows[0]).toContain("Part des gommettes de l'atelier (%)")
    expect(rows.length - 1).toBe(items.length)
    const header = rows[0]!
    const col = (name: string) => header.indexOf(name)
    for (const row of rows.slice(1)) {
      const item = items.find((i) => i.id === row[col('Id recommandation')])!
      expect(row[col('Territoire')]).toBe(item.territory)
      expect(row[col("Titre dans l'atelier")]).toBe(item.title)
      expect(row[col("Recommandation de l'atelier")]).toBe(item.recommendation)
      expect(Number(row[col('Gommettes')])).toBe(item.dots)
      // Decimal comma, percentage with two decimals.
      expect(
        Number(row[col("Part des gommettes de l'atelier (%)")]!.replace(',', '.')),
      ).toBeCloseTo(item.dotShare * 100, 2)
    }
  })

  test('formula-looking text is neutralised and quotes survive', () => {
    const hostileRows: string[][] = parse(renderSynthesisCsv(hostile).slice(1), { delimiter: ';' })
    const flat = hostileRows.flat()
    expect(flat).toContain("'+SUM(A1) <b>x</b>")
    expect(flat).toContain('a; "b"\nc')
    expect(flat.some((cell) => cell.startsWith('+') || cell.startsWith('='))).toBe(false)
  })

  test('an English campaign gets commas and decimal points', () => {
    const en = buildSynthesis(lyonCampaign({ language: 'en' }), lyonSources())
    const csv = renderSynthesisCsv(en)
    const header = (parse(csv.slice(1), { delimiter: ',' }) as string[][])[0]!
    expect(header).toContain('Share of the workshop dots (%)')
    expect(csv).toMatch(/,\d+\.\d+,/)
    expect(renderSynthesisMarkdown(en)).toContain('## Annex — Workshops')
  })

  test('the workshops annex lists territory, date and participants', () => {
    const annex: string[][] = parse(renderSynthesisWorkshopsCsv(synthesis).slice(1), {
      delimiter: ';',
    })
    expect(annex.slice(1).map((r) => [r[0], r[2], Number(r[3])])).toEqual(
      synthesis.workshops.map((w) => [w.territory, w.date, w.participants]),
    )
  })
})

describe('Markdown', () => {
  const md = renderSynthesisMarkdown(synthesis)
  const tokens = marked.lexer(md)
  const headings = tokens.filter((t) => t.type === 'heading') as { depth: number; text: string }[]

  test('one heading per dimension, per group, and the annex', () => {
    expect(headings[0]).toMatchObject({ depth: 1, text: synthesis.campaign.title })
    const h2 = headings.filter((h) => h.depth === 2).map((h) => h.text)
    for (const [i, d] of synthesis.dimensions.entries()) {
      expect(h2).toContain(`${i + 1}. ${d.title.replace(/'/g, "'")}`)
    }
    expect(headings.filter((h) => h.depth === 3)).toHaveLength(synthesis.totals.groups)
    expect(h2.at(-1)).toBe('Annexe — Ateliers')
  })

  test('every supporting note is quoted, territories named, missing territory listed', () => {
    const html = marked.parse(md) as string
    expect(html).toContain('Saint-Étienne')
    for (const item of items.slice(0, 20)) {
      for (const note of item.notes) {
        expect(md).toContain(note.author)
      }
    }
    expect(html).toContain('Lyon Nord')
  })

  test('participant and organiser text stays literal', () => {
    const html = marked.parse(renderSynthesisMarkdown(hostile)) as string
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<b>x</b>')
    expect(html).not.toContain('<strong>gras</strong>')
  })
})

describe('HTML', () => {
  test('self-contained, escaped, with every item and the annex', () => {
    const html = renderSynthesisHtml(hostile)
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).not.toMatch(/<script|<b>x<\/b>|src=|href=/)
    expect(html).toContain('&lt;script&gt;')
    const page = renderSynthesisHtml(synthesis)
    expect(page.match(/<li class="item">/g)).toHaveLength(items.length)
    expect(page).toContain('Saint-Étienne')
  })
})

describe('DOCX', () => {
  test('unzips to a Word document holding the groups, the items, the notes and the annex', async () => {
    const bytes = await renderSynthesisDocx(synthesis)
    const parts = unzipText(bytes)
    expect(parts.has('[Content_Types].xml')).toBe(true)
    const text = wordText(parts.get('word/document.xml')!)
    expect(text).toContain(synthesis.campaign.title)
    for (const d of synthesis.dimensions) {
      expect(text).toContain(d.title)
      for (const g of d.groups) expect(text).toContain(g.title)
    }
    for (const item of items)
      for (const note of item.notes) expect(text).toContain(note.text.trim())
    expect(text).toContain('Annexe — Ateliers')
    expect(text).toContain('Saint-Étienne')
    expect(parts.get('docProps/core.xml')).toContain('Synthèse régionale')
  })

  test('same synthesis, same bytes; hostile text stays text', async () => {
    const a = await renderSynthesisDocx(synthesis)
    const b = await renderSynthesisDocx(synthesis)
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true)
    const text = wordText(unzipText(await renderSynthesisDocx(hostile)).get('word/document.xml')!)
    expect(text).toContain('<script>alert(1)</script>')
  })
})

describe('JSON', () => {
  test('synthesis.json parses back to the same synthesis', () => {
    expect(parseSynthesis(JSON.parse(renderSynthesisJson(synthesis)))).toEqual(synthesis)
  })
})
