import { describe, expect, test } from 'vitest'
import { buildSummary } from '../build/build-summary.js'
import { lyonSnapshot } from '../test-support/lyon.js'
import { wordText } from '../test-support/text.js'
import { unzip, zipText } from '../test-support/unzip.js'
import { renderDocx } from './docx.js'

const summary = buildSummary(lyonSnapshot({ hidden: ['n003'] }), {
  generatedAt: '2021-06-10T18:00:00Z',
})
const bytes = await renderDocx(summary)
const entries = unzip(bytes)
const xml = zipText(entries, 'word/document.xml')
const text = wordText(xml)

describe('renderDocx', () => {
  test('is a Word package: content types, document, styles, numbering', () => {
    expect(bytes[0]).toBe(0x50) // "PK"
    expect(bytes[1]).toBe(0x4b)
    for (const part of [
      '[Content_Types].xml',
      'word/document.xml',
      'word/styles.xml',
      'word/numbering.xml',
    ]) {
      expect(entries.has(part)).toBe(true)
    }
  })

  test('title page: title, territory, date, facilitator, participant count', () => {
    const cover = text.slice(0, text.indexOf('1. Notre vision'))
    for (const fact of [
      summary.workshop.title,
      'Lyon – Métropole de Lyon (Rhône)',
      '10 juin 2021',
      "Kaléido'Scop",
      '38',
    ]) {
      expect(cover).toContain(fact)
    }
  })

  test('dimensions start on a new page and list recommendations in rank order', () => {
    expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(summary.dimensions.length + 1) // + annex
    for (const [d, dimension] of summary.dimensions.entries()) {
      const headings = dimension.recommendations.map((r) =>
        text.indexOf(`${d + 1}.${r.rank}  ${r.title}`),
      )
      expect(headings.every((at) => at >= 0)).toBe(true)
      expect([...headings].sort((a, b) => a - b)).toEqual(headings)
    }
  })

  test('a votes table per dimension', () => {
    expect(xml.match(/<w:tbl>/g)?.length).toBe(summary.dimensions.length + 2) // + facts and figures on the cover
    expect(text).toContain('Gommettes')
  })

  test('every visible note is quoted, hidden ones are not', () => {
    for (const dimension of summary.dimensions) {
      for (const note of [
        ...dimension.recommendations.flatMap((r) => r.notes),
        ...dimension.unclustered,
      ]) {
        expect(text).toContain(`«\u00a0${note.text.trim()}\u00a0»`)
      }
    }
    expect(text).not.toContain('Mes potes pensent') // n003, hidden
  })

  test('unclustered notes are in the annex', () => {
    const annex = text.slice(text.indexOf('Annexe — Contributions non regroupées'))
    expect(annex).toContain('test, ça marche ?')
    expect(annex).toContain('Divers / hors sujet')
  })

  test('same input, same bytes: fixed zip dates, core properties dated from the summary', async () => {
    expect(Buffer.from(await renderDocx(summary)).equals(Buffer.from(bytes))).toBe(true)
    for (const entry of entries.values()) expect([entry.dosDate, entry.dosTime]).toEqual([0x21, 0])
    const core = zipText(entries, 'docProps/core.xml')
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2021-06-10T18:00:00Z</dcterms:created>',
    )
    expect(core).toContain('<dc:creator>Atelier</dc:creator>')
  })
})
