import { parse } from 'csv-parse/sync'
import { describe, expect, test } from 'vitest'
import { buildSummary } from '../build/build-summary.js'
import { lyonDataset, lyonSnapshot } from '../test-support/lyon.js'
import { renderCsvNotes, renderCsvRecommendations } from './csv.js'

const summary = buildSummary(lyonSnapshot({ hidden: ['n002'] }))
const notesCsv = renderCsvNotes(summary)
const recsCsv = renderCsvRecommendations(summary)
const records = (csv: string) =>
  parse(csv, { bom: true, columns: true }) as Record<string, string>[]

describe('CSV files', () => {
  test('are UTF-8 with a BOM and CRLF line ends, per RFC 4180', () => {
    for (const csv of [notesCsv, recsCsv]) {
      expect(csv.startsWith('\uFEFF')).toBe(true)
      expect(csv.endsWith('\r\n')).toBe(true)
      // Every LF outside a quoted field is preceded by CR.
      const unquoted = csv.replace(/"(?:[^"]|"")*"/g, '')
      expect(unquoted).not.toMatch(/[^\r]\n/)
    }
    expect(Buffer.from(notesCsv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
  })

  test('notes: one row per visible note, with its dimension, cluster and rank, round-tripping through a parser', () => {
    const rows = records(notesCsv)
    const data = lyonDataset()
    const visible = data.notes.filter((n) => n.id !== 'n002')
    expect(rows).toHaveLength(visible.length)
    const byId = new Map(rows.map((r) => [r['Id contribution'], r]))
    expect(byId.size).toBe(visible.length)
    const rankOf = new Map(
      summary.dimensions.flatMap((d) =>
        d.recommendations.map((r) => [r.clusterId, String(r.rank)] as const),
      ),
    )
    for (const note of visible) {
      const row = byId.get(note.id)
      const expectedText = /^[=+\-@\t\r]/.test(note.text) ? `'${note.text}` : note.text
      expect(row?.Contribution).toBe(expectedText)
      expect(row?.['Id dimension']).toBe(note.dimension)
      expect(row?.Rang).toBe(note.cluster ? (rankOf.get(note.cluster) ?? '') : '')
      expect(row?.Participant).toMatch(/^P\d\d$/)
    }
    expect(byId.get('n019')?.Contribution).toBe("'+ de visibilite svp")
    expect(byId.get('n094')?.Contribution).toBe(
      '<b>Important</b> : un espace numérique unique, on se perd entre 10 sites',
    )
  })

  test('recommendations: one row per recommendation with dots, shares and voters', () => {
    const rows = records(recsCsv)
    expect(rows).toHaveLength(summary.totals.recommendations)
    const first = summary.dimensions[0]?.recommendations[0]
    expect(rows[0]).toMatchObject({
      Rang: '1',
      Titre: first?.title,
      Recommandation: first?.text,
      Gommettes: String(first?.dots),
      'Part de la dimension': String(first?.shareOfDimension),
      "Part de l'atelier": String(first?.shareOfSession),
      Votants: String(first?.voters),
    })
    const totalDots = rows.reduce((sum, r) => sum + Number(r.Gommettes), 0)
    expect(totalDots).toBe(summary.totals.dotsOnRecommendations)
  })

  test('same input, same bytes', () => {
    const again = buildSummary(lyonSnapshot({ hidden: ['n002'] }))
    expect(renderCsvNotes(again)).toBe(notesCsv)
    expect(renderCsvRecommendations(again)).toBe(recsCsv)
  })
})
