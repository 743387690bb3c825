import { parse } from 'csv-parse/sync'
import { marked } from 'marked'
import { describe, expect, test } from 'vitest'
import { buildSummary } from '../build/build-summary.js'
import { HOSTILE_TEXTS, HOSTILE_UNCLUSTERED, plantHostileText } from '../test-support/hostile.js'
import { lyonSnapshot } from '../test-support/lyon.js'
import { htmlText, wordText } from '../test-support/text.js'
import { unzip, zipText } from '../test-support/unzip.js'
import { renderCsvNotes, renderCsvRecommendations } from './csv.js'
import { renderDocx } from './docx.js'
import { renderHtml } from './html.js'
import { renderJson } from './json.js'
import { renderMarkdown } from './markdown.js'

// Every format must show what people typed as the characters they typed:
// never bold, never a link, never a tag, never a formula.

const clean = buildSummary(lyonSnapshot())
const summary = buildSummary(plantHostileText(lyonSnapshot()))
const typed = [...HOSTILE_TEXTS, HOSTILE_UNCLUSTERED]
const oneLine = (text: string) => text.split('\n')
/** The sequence of element names in some HTML: what the browser will build. */
const tags = (html: string) =>
  [...html.matchAll(/<([a-z][a-z0-9]*)/gi)].map((m) => m[1]?.toLowerCase())
/** Markup the renderer adds around emoji: hostile text replaced a note that had one. */
const withoutEmojiSpans = (html: string) => html.replaceAll('<span class="emoji">', '')

describe('participant text stays literal in every format', () => {
  test('JSON keeps it verbatim', () => {
    const parsed = JSON.parse(renderJson(summary))
    const texts = JSON.stringify(parsed)
    for (const text of typed) expect(texts).toContain(JSON.stringify(text))
  })

  test('Markdown, once rendered by a CommonMark/GFM parser, shows the literal text and no markup', async () => {
    const html = await marked.parse(renderMarkdown(summary), { gfm: true })
    // Hostile text replaced ordinary text: the elements must be the very same,
    // except the <br> of the one multi-line note.
    const expected = tags(await marked.parse(renderMarkdown(clean), { gfm: true }))
    expect(tags(html).filter((t) => t !== 'br')).toEqual(expected.filter((t) => t !== 'br'))
    expect(html).not.toMatch(/<a[\s>]/)
    const text = htmlText(html)
    for (const input of typed) for (const line of oneLine(input)) expect(text).toContain(line)
    expect(text).toContain('<i>Citoyenneté</i> **économique**')
    expect(text).toContain('[clic](javascript:alert(1)) <b>oui</b>')
    expect(text).toContain('Atelier <script>alert(1)</script> & co')
  })

  test('HTML escapes it: same text on screen, no element from it', () => {
    const html = renderHtml(summary)
    const body = html.slice(html.indexOf('<body>'))
    expect(tags(withoutEmojiSpans(html))).toEqual(tags(withoutEmojiSpans(renderHtml(clean))))
    expect(html).not.toMatch(/href="javascript/i)
    expect(html).not.toMatch(/<[^>]*\son\w+=/i)
    const text = htmlText(body)
    for (const input of typed) expect(text).toContain(input.trim())
    expect(htmlText(html.slice(html.indexOf('<title>'), html.indexOf('</title>')))).toContain(
      'Atelier <script>alert(1)</script> & co',
    )
  })

  test('CSV keeps it as data and defuses formulas', () => {
    const notes = parse(renderCsvNotes(summary), { bom: true, delimiter: ';' }) as string[][]
    const cells = notes.flat()
    expect(cells).toContain('<b>hi</b>')
    expect(cells).toContain('line one\nline two')
    expect(cells).toContain('quote " and, comma')
    expect(cells).toContain('\'=HYPERLINK("http://evil.example","click")')
    expect(cells).toContain("'@SUM(1+1)")
    expect(cells).toContain("'-2+3")
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([])
    const recs = parse(renderCsvRecommendations(summary), {
      bom: true,
      delimiter: ';',
    }) as string[][]
    expect(recs.flat()).toContain('[clic](javascript:alert(1)) <b>oui</b>')
  })

  test('DOCX writes it as text runs: escaped in the XML, literal in Word', async () => {
    const xml = zipText(unzip(await renderDocx(summary)), 'word/document.xml')
    expect(xml).not.toContain('<b>hi</b>')
    expect(xml).not.toContain('<script>')
    expect(xml).toContain('&lt;b&gt;hi&lt;/b&gt;')
    const text = wordText(xml)
    for (const input of typed) expect(text).toContain(input.trim())
    expect(text).toContain('Atelier <script>alert(1)</script> & co')
  })
})
