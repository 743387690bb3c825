import { parse } from 'csv-parse/sync'
import { describe, expect, test } from 'vitest'
import { buildSummary } from '../build/build-summary.js'
import type { BoardSnapshot } from '../snapshot.js'
import { lyonDataset, lyonSnapshot } from '../test-support/lyon.js'
import { percent, renderCsvNotes, renderCsvRecommendations } from './csv.js'

const summary = buildSummary(lyonSnapshot({ hidden: ['n002'] }))
const notesCsv = renderCsvNotes(summary)
const recsCsv = renderCsvRecommendations(summary)
const english = (snapshot: BoardSnapshot): BoardSnapshot => ({
  ...snapshot,
  workshop: { ...snapshot.workshop, language: 'en' },
})
const summaryEn = buildSummary(english(lyonSnapshot({ hidden: ['n002'] })))
const records = (csv: string, delimiter = ';') =>
  parse(csv, { bom: true, columns: true, delimiter }) as Record<string, string>[]
const headerOf = (csv: string) => csv.slice(1, csv.indexOf('\r\n'))

describe('CSV files', () => {
  test('are UTF-8 with a BOM and CRLF line ends, per RFC 4180', () => {
    for (const csv of [notesCsv, recsCsv, renderCsvNotes(summaryEn)]) {
      expect(csv.startsWith('\uFEFF')).toBe(true)
      expect(csv.endsWith('\r\n')).toBe(true)
      // Every LF outside a quoted field is preceded by CR.
      const unquoted = csv.replace(/"(?:[^"]|"")*"/g, '')
      expect(unquoted).not.toMatch(/[^\r]\n/)
    }
    expect(Buffer.from(notesCsv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
  })

  test('French: semicolon separators and headers that say what each column holds', () => {
    expect(headerOf(notesCsv)).toBe(
      'Dimension;Rang dans la dimension;Titre du regroupement;Texte de la note;Participant (anonyme);Id note;Id regroupement;Id dimension',
    )
    expect(headerOf(recsCsv)).toBe(
      "Dimension;Rang dans la dimension;Titre du regroupement;Texte de la recommandation;Gommettes (votes);Part des gommettes de la dimension (%);Part des gommettes de l'atelier (%);Votants (personnes);Nombre de notes;Id regroupement;Id dimension",
    )
    // Every row has as many fields as the header once split on `;` only.
    for (const csv of [notesCsv, recsCsv]) {
      const rows = parse(csv, { bom: true, delimiter: ';' }) as string[][]
      const width = rows[0]?.length
      expect(rows.every((row) => row.length === width)).toBe(true)
    }
  })

  test('English keeps commas and dots, with English headers', () => {
    const csv = renderCsvRecommendations(summaryEn)
    expect(headerOf(csv)).toBe(
      'Dimension,Rank in dimension,Cluster title,Recommendation text,Dots (votes),Share of dimension dots (%),Share of workshop dots (%),Voters (people),Number of notes,Cluster id,Dimension id',
    )
    const first = summaryEn.dimensions[0]?.recommendations[0]
    const row = records(csv, ',')[0]
    expect(row?.['Share of dimension dots (%)']).toBe(String(percent(first?.shareOfDimension ?? 0)))
    expect(row?.['Share of dimension dots (%)']).toMatch(/^\d+\.\d+$/)
    expect(headerOf(renderCsvNotes(summaryEn))).toBe(
      'Dimension,Rank in dimension,Cluster title,Note text,Participant (anonymous),Note id,Cluster id,Dimension id',
    )
  })

  test('notes: one row per visible note, with its dimension, cluster and rank, round-tripping through a parser', () => {
    const rows = records(notesCsv)
    const data = lyonDataset()
    const visible = data.notes.filter((n) => n.id !== 'n002')
    expect(rows).toHaveLength(visible.length)
    const byId = new Map(rows.map((r) => [r['Id note'], r]))
    expect(byId.size).toBe(visible.length)
    const rankOf = new Map(
      summary.dimensions.flatMap((d) =>
        d.recommendations.map((r) => [r.clusterId, String(r.rank)] as const),
      ),
    )
    for (const note of visible) {
      const row = byId.get(note.id)
      const expectedText = /^[=+\-@\t\r]/.test(note.text) ? `'${note.text}` : note.text
      expect(row?.['Texte de la note']).toBe(expectedText)
      expect(row?.['Id dimension']).toBe(note.dimension)
      expect(row?.['Rang dans la dimension']).toBe(
        note.cluster ? (rankOf.get(note.cluster) ?? '') : '',
      )
      expect(row?.['Participant (anonyme)']).toMatch(/^P\d\d$/)
    }
    expect(byId.get('n019')?.['Texte de la note']).toBe("'+ de visibilite svp")
    expect(byId.get('n094')?.['Texte de la note']).toBe(
      '<b>Important</b> : un espace numérique unique, on se perd entre 10 sites',
    )
    expect(byId.get('n046')?.['Texte de la note']).toBe('Le buffet était top, merci 🙏')
  })

  test('recommendations: dots, shares with a decimal comma, voters; values parse back', () => {
    const rows = records(recsCsv)
    expect(rows).toHaveLength(summary.totals.recommendations)
    const all = summary.dimensions.flatMap((d) => d.recommendations)
    rows.forEach((row, i) => {
      const rec = all[i]
      expect(row).toMatchObject({
        'Rang dans la dimension': String(rec?.rank),
        'Titre du regroupement': rec?.title,
        'Texte de la recommandation': rec?.text,
        'Gommettes (votes)': String(rec?.dots),
        'Votants (personnes)': String(rec?.voters),
        'Nombre de notes': String(rec?.notes.length),
      })
      const share = row['Part des gommettes de la dimension (%)'] ?? ''
      // What French Excel reads as a number: digits, at most one decimal comma, no dot.
      expect(share).toMatch(/^\d+(,\d+)?$/)
      expect(Number(share.replace(',', '.'))).toBe(percent(rec?.shareOfDimension ?? 0))
      const ofSession = row["Part des gommettes de l'atelier (%)"] ?? ''
      expect(Number(ofSession.replace(',', '.'))).toBe(percent(rec?.shareOfSession ?? 0))
    })
    expect(rows[0]?.['Part des gommettes de la dimension (%)']).toBe('42,11')
    const totalDots = rows.reduce((sum, r) => sum + Number(r['Gommettes (votes)']), 0)
    expect(totalDots).toBe(summary.totals.dotsOnRecommendations)
  })

  test('same input, same bytes', () => {
    const again = buildSummary(lyonSnapshot({ hidden: ['n002'] }))
    expect(renderCsvNotes(again)).toBe(notesCsv)
    expect(renderCsvRecommendations(again)).toBe(recsCsv)
  })
})
