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
      html.slice(html.indexOf('<section class="cover">'), html.indexOf('</section>')),
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
