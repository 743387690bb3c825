import { describe, expect, test } from 'vitest'
import { buildSummary } from '../build/build-summary.js'
import { labelsFor } from '../labels.js'
import { lyonSnapshot } from '../test-support/lyon.js'
import { wordText } from '../test-support/text.js'
import { unzip, zipText } from '../test-support/unzip.js'
import { renderDocx } from './docx.js'
import { EMOJI_FONT } from './docx-runs.js'
import { VOTES_CELL_MARGINS, VOTES_COLUMNS, VOTES_HEADER_SIZE, votesHeader } from './docx-table.js'
import { hasEmoji } from './emoji.js'

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
    const from = text.indexOf('Sommaire')
    const cover = text.slice(text.lastIndexOf(summary.workshop.title, from), from)
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

  test('opens with the one-page priorities summary, its own section, before the title page', () => {
    const firstSection = xml.slice(0, xml.indexOf('<w:sectPr'))
    const page = wordText(firstSection)
    expect(page).toContain('Synthèse\u00a0: priorités')
    expect(page).not.toContain('Sommaire')
    expect(text.indexOf('Synthèse\u00a0: priorités')).toBeLessThan(text.indexOf('Sommaire'))
    for (const [d, dimension] of summary.dimensions.entries()) {
      const at = dimension.recommendations
        .slice(0, 3)
        .map((r) => page.indexOf(`${d + 1}.${r.rank}\t${r.title}\t${r.dots} gommettes`))
      expect(at.every((i) => i >= 0)).toBe(true)
      expect([...at].sort((a, b) => a - b)).toEqual(at)
    }
    // Three sections: summary, title page, details.
    expect(xml.match(/<w:sectPr/g)).toHaveLength(3)
  })

  test('every emoji is in a run set in the emoji font, and only emoji are', () => {
    const runs = [...xml.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map((m) => m[1] ?? '')
    const emojiFont = `<w:rFonts w:ascii="${EMOJI_FONT}" w:cs="${EMOJI_FONT}" w:eastAsia="${EMOJI_FONT}" w:hAnsi="${EMOJI_FONT}"/>`
    const withEmoji = runs.filter((run) => hasEmoji(wordText(run)))
    expect(withEmoji.map((run) => wordText(run).trim()).sort()).toEqual(
      expect.arrayContaining(['🙏', '🌱', '👏', '😴', '☀️']),
    )
    for (const run of withEmoji) expect(run).toContain(emojiFont)
    for (const run of runs.filter((r) => r.includes(emojiFont)))
      expect(wordText(run).replace(/\p{Extended_Pictographic}|\uFE0F/gu, '')).toBe('')
  })

  test('headings keep with the next paragraph and their lines together', () => {
    const styles = zipText(entries, 'word/styles.xml')
    for (const id of ['Heading1', 'Heading2', 'Heading3']) {
      const style = styles.slice(styles.indexOf(`w:styleId="${id}"`))
      const props = style.slice(0, style.indexOf('</w:style>'))
      expect(props).toContain('<w:keepNext/>')
      expect(props).toContain('<w:keepLines/>')
    }
  })

  test('no votes-table header word is wider than its column (Word would break it mid-word)', () => {
    // A wide fallback font's bold letters average well under 0.7 em.
    const twipsPerChar = 0.7 * (VOTES_HEADER_SIZE / 2) * 20
    for (const language of ['fr', 'en'] as const) {
      votesHeader(labelsFor(language)).forEach((header, column) => {
        const longest = Math.max(...header.split(/\s+/).map((word) => Array.from(word).length))
        expect(longest * twipsPerChar + VOTES_CELL_MARGINS).toBeLessThanOrEqual(
          VOTES_COLUMNS[column] ?? 0,
        )
      })
    }
  })
})
