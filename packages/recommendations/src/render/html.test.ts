import { describe, expect, test } from 'vitest'
import { buildSummary } from '../build/build-summary.js'
import { lyonSnapshot } from '../test-support/lyon.js'
import { htmlText } from '../test-support/text.js'
import { renderHtml } from './html.js'

const summary = buildSummary(lyonSnapshot({ hidden: ['n004'] }))
const html = renderHtml(summary)

describe('renderHtml', () => {
  test('is a complete UTF-8 page in the workshop language', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="fr">')).toBe(true)
    expect(html).toContain('<meta charset="utf-8">')
    expect(html.trimEnd().endsWith('</html>')).toBe(true)
  })

  test('is self-contained and cannot run scripts', () => {
    expect(html).not.toMatch(/<(script|link|img|iframe)[\s>]/)
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//)
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`)
  })

  test('prints as a report: A4 margins, a page per dimension and for the annex', () => {
    expect(html).toMatch(/@page \{ size: A4; margin: [^}]+\}/)
    expect(html).toContain('section.dimension, section.annex { break-before: page;')
    expect(html.match(/<section class="dimension"/g)).toHaveLength(summary.dimensions.length)
    expect(html.match(/<section class="annex"/g)).toHaveLength(1)
  })

  test('title page with facts and figures', () => {
    const cover = htmlText(
      html.slice(
        html.indexOf('<section class="cover">'),
        html.indexOf('</section>', html.indexOf('<section class="cover">')),
      ),
    )
    for (const fact of [
      'Territoire',
      'Lyon – Métropole de Lyon (Rhône)',
      '10 juin 2021',
      "Kaléido'Scop",
      '38',
    ]) {
      expect(cover).toContain(fact)
    }
  })

  test('votes tables list recommendations in rank order with a bar sized by dots', () => {
    const first = summary.dimensions[0]
    const rows = [...html.matchAll(/<tr><td class="num">(\d+)<\/td><td>([^<]*)<\/td>/g)].slice(
      0,
      first?.recommendations.length,
    )
    expect(rows.map((m) => htmlText(m[2] ?? ''))).toEqual(
      first?.recommendations.map((r) => r.title),
    )
    expect(html).toContain('<span style="width:100.0%"></span>')
  })

  test('every visible note appears once', () => {
    const items = html.match(/<li>«/g) ?? []
    expect(items).toHaveLength(summary.totals.notes)
    expect(html).not.toContain('sont les membres du conseil') // nothing invented
  })
})

describe('the report opens with a one-page priorities summary', () => {
  const body = html.slice(html.indexOf('<body>'))
  const section = body.slice(
    body.indexOf('<section class="priorities"'),
    body.indexOf('</section>') + '</section>'.length,
  )

  test('it is the first section, with the page broken after it', () => {
    expect(body.indexOf('<section')).toBe(body.indexOf('<section class="priorities"'))
    expect(body.indexOf('<section class="priorities"')).toBeLessThan(
      body.indexOf('<section class="cover">'),
    )
    expect(html).toContain('section.priorities { break-after: page;')
    expect(htmlText(section)).toContain('Synthèse\u00a0: priorités')
  })

  test('the top three clusters of each dimension by votes, in rank order, with their recommendation, votes and notes', () => {
    const blocks = section.split('<div class="priority-dimension">').slice(1)
    expect(blocks).toHaveLength(summary.dimensions.length)
    blocks.forEach((block, d) => {
      const dimension = summary.dimensions[d]
      expect(htmlText(block)).toContain(`${d + 1}. ${dimension?.title}`)
      const items = block.split('<li>').slice(1)
      const top = dimension?.recommendations.slice(0, 3) ?? []
      expect(
        items.map((item) => htmlText(/class="priority-title">(.*?)<\/b>/.exec(item)?.[1] ?? '')),
      ).toEqual(top.map((r) => r.title))
      const dots = items.map((item) =>
        Number(/class="priority-figures"><b>(\d+)<\/b>/.exec(item)?.[1]),
      )
      expect(dots).toEqual(top.map((r) => r.dots))
      expect([...dots].sort((a, b) => b - a)).toEqual(dots)
      items.forEach((item, i) => {
        const text = htmlText(item)
        expect(text).toContain(`${top[i]?.notes.length} contributions`)
        // The recommendation, whole or clipped at a word with an ellipsis.
        const shown = htmlText(/class="priority-text">(.*?)<\/p>/.exec(item)?.[1] ?? '')
        expect(top[i]?.text.replace(/\s+/g, ' ').startsWith(shown.replace(/…$/, ''))).toBe(true)
      })
    })
    expect(htmlText(section)).toContain('Rendre le modèle visible')
  })

  test('headings wrap between words only', () => {
    const rule = /h1, h2, h3 \{([^}]*)\}/.exec(html)?.[1] ?? ''
    expect(rule).toContain('hyphens: manual;')
    expect(rule).toContain('overflow-wrap: normal;')
    expect(rule).toContain('word-break: normal;')
  })

  test('emoji are handed to colour emoji fonts, in the text and at the end of the body stack', () => {
    expect(html).toContain('merci <span class="emoji">🙏</span>')
    expect(html).toContain('<span class="emoji">🌱</span> planète')
    expect(html).toContain('terrasse ? <span class="emoji">☀️</span>')
    expect(html).toMatch(
      /\.emoji \{ font-family: "Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji"/,
    )
    expect(html).toMatch(
      /font: 10\.5pt\/1\.5 [^;]*"Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji";/,
    )
    // Never inside the <title>, where markup would show as text.
    expect(html.slice(html.indexOf('<title>'), html.indexOf('</title>'))).not.toContain('<span')
  })
})
