import { lyonDataset } from '@atelier/fixtures'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type App, startApp } from './harness'
import { breaksInsideWords } from './line-breaks'
import { A4_CONTENT, colouredPixels, pdfPages, stretchPriorities } from './report-measure'
import { loadServer, loadWebSocket } from './server'

// Issue 8, exports for French users, in a real Chromium on the Lyon workshop:
// the CSV preview splits the server's `;`-separated French file into its
// columns; the printable report's first page is the priorities summary (one
// A4 page, even with overlong texts); headings wrap between words; emoji are
// drawn in colour, not as an empty box.

let app: App
let seeded: { code: string; facilitatorUrl: string }
let reportHtml: string

const keyOf = (facilitatorUrl: string) =>
  new URLSearchParams(new URL(facilitatorUrl).hash.slice(1)).get('key')!

beforeAll(async () => {
  app = await startApp()
  process.setMaxListeners(100)
  const { seedWorkshop } = await loadServer()
  seeded = await seedWorkshop(app.server.url, lyonDataset(), {
    WebSocket: await loadWebSocket(),
    until: 'vote',
  })
  const id = new URL(seeded.facilitatorUrl).pathname.split('/').pop()!
  const response = await fetch(`${app.server.url}/api/workshops/${id}/summary.html`, {
    headers: { authorization: `Bearer ${keyOf(seeded.facilitatorUrl)}` },
  })
  expect(response.status).toBe(200)
  reportHtml = await response.text()
})

afterAll(async () => {
  await app?.close()
})

const FRENCH_RECOMMENDATION_COLUMNS = [
  'Dimension',
  'Rang dans la dimension',
  'Titre du regroupement',
  'Texte de la recommandation',
  'Gommettes (votes)',
  'Part des gommettes de la dimension (%)',
  "Part des gommettes de l'atelier (%)",
  'Votants (personnes)',
  'Nombre de notes',
  'Id regroupement',
  'Id dimension',
]

/** The report as the server serves it, in a page of its own (its CSP applies). */
async function reportPage(width: number, height: number): Promise<Page> {
  const context = await app.browser.newContext({ viewport: { width, height } })
  const page = await context.newPage()
  await page.setContent(reportHtml)
  await page.evaluate(() => document.fonts.ready)
  return page
}

describe('exports for French users', () => {
  it('the CSV preview shows the French columns split on semicolons, decimal commas kept', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 } })
    const board = await context.newPage()
    await board.goto(`${seeded.facilitatorUrl}&code=${seeded.code}`)
    await board.locator('.board-canvas canvas').first().waitFor()
    await board.getByRole('button', { name: 'Exporter' }).click()
    const dialog = board.getByRole('dialog', { name: 'Exporter la synthèse' })
    await dialog.getByRole('tab', { name: 'CSV des recommandations' }).click()
    const table = dialog.locator('.export-table table')
    await table.locator('tbody tr').first().waitFor()

    expect(await table.locator('thead th').allTextContents()).toEqual(FRENCH_RECOMMENDATION_COLUMNS)
    const first = await table.locator('tbody tr').first().locator('td').allTextContents()
    expect(first).toHaveLength(FRENCH_RECOMMENDATION_COLUMNS.length)
    expect(first.slice(1, 3)).toEqual(['1', 'Rendre le modèle visible'])
    expect(first[4]).toBe('24')
    expect(first[5]).toBe('42,11')
    // A French decimal is still a number: right-aligned like the counts.
    expect(await table.locator('tbody tr').first().locator('td').nth(5).getAttribute('class')).toBe(
      'export-table__number',
    )

    await dialog.getByRole('tab', { name: 'CSV des notes' }).click()
    await expect
      .poll(() => table.locator('thead th').allTextContents())
      .toEqual([
        'Dimension',
        'Rang dans la dimension',
        'Titre du regroupement',
        'Texte de la note',
        'Participant (anonyme)',
        'Id note',
        'Id regroupement',
        'Id dimension',
      ])
    // Notes with commas and semicolons stay one cell each: every row is as wide as the header.
    const widths = await table
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.querySelectorAll('td').length))
    expect(widths.length).toBeGreaterThan(10)
    expect(new Set(widths)).toEqual(new Set([8]))
    const notes = await table.locator('tbody tr td:nth-child(4)').allTextContents()
    expect(notes.some((note) => note.includes(','))).toBe(true)
    await context.close()
  })

  it('the printed report starts with the priorities summary, alone on the first A4 page', async () => {
    const page = await reportPage(1440, 900)
    const all = await pdfPages(page)
    expect(all).toBeGreaterThan(3)
    // The summary comes first and takes exactly one page: without it the
    // report is one page shorter, alone it is one page.
    expect(await page.locator('body > section').first().getAttribute('class')).toBe('priorities')
    await page.evaluate(() => document.querySelector('section.priorities')?.remove())
    expect(await pdfPages(page)).toBe(all - 1)
    await page.setContent(reportHtml)
    await page.evaluate(() => {
      for (const section of document.querySelectorAll('body > section:not(.priorities)'))
        section.remove()
    })
    expect(await pdfPages(page)).toBe(1)
    await page.context().close()
  })

  it('the summary fits the A4 text area as printed, even with overlong titles and texts', async () => {
    const page = await reportPage(A4_CONTENT.width, A4_CONTENT.height)
    await page.emulateMedia({ media: 'print' })
    const height = () =>
      page.evaluate(
        () => document.querySelector('section.priorities')!.getBoundingClientRect().height,
      )
    const lyon = await height()
    console.log(
      `priorities summary: ${lyon.toFixed(0)} px of ${A4_CONTENT.height} px (A4 text area at 96 dpi)`,
    )
    expect(lyon).toBeLessThanOrEqual(A4_CONTENT.height)
    await stretchPriorities(page)
    const worst = await height()
    console.log(`priorities summary, overlong texts: ${worst.toFixed(0)} px`)
    expect(worst).toBeLessThanOrEqual(A4_CONTENT.height)
    await page.evaluate(() => {
      for (const section of document.querySelectorAll('body > section:not(.priorities)'))
        section.remove()
    })
    expect(await pdfPages(page)).toBe(1)
    await page.context().close()
  })

  it('headings wrap between words only, at print width and on a phone', async () => {
    for (const [width, height] of [
      [A4_CONTENT.width, A4_CONTENT.height],
      [390, 844],
    ] as const) {
      const page = await reportPage(width, height)
      await page.emulateMedia({ media: width === 390 ? 'screen' : 'print' })
      const style = await page.evaluate(() => {
        const s = getComputedStyle(document.querySelector('h2')!)
        return [s.hyphens, s.overflowWrap, s.wordBreak]
      })
      expect(style).toEqual(['manual', 'normal', 'normal'])
      const { wrapped, inside } = await breaksInsideWords(page)
      expect(wrapped).toBeGreaterThan(0) // long French titles do wrap here
      expect(inside).toEqual([])
      await page.context().close()
    }
  })

  it('emoji from the phones are drawn in colour with a real glyph, not an empty box', async () => {
    const page = await reportPage(1440, 900)
    const emoji = page
      .locator('li', { hasText: 'Le buffet était top, merci' })
      .locator('span.emoji')
    expect(await emoji.textContent()).toBe('🙏')
    expect(await emoji.evaluate((span) => span.getBoundingClientRect().width)).toBeGreaterThan(0)
    const blank = await page.context().newPage()
    expect(await colouredPixels(blank, await emoji.screenshot())).toBeGreaterThan(20)
    // What a missing glyph looks like, in the same place and fonts: U+10FFFD
    // (private use, in no font) is drawn as the grey .notdef box.
    await emoji.evaluate((span) => {
      const probe = document.createElement('span')
      probe.className = 'emoji missing-probe'
      probe.textContent = '\u{10FFFD}'
      span.after(probe)
    })
    const missing = page.locator('.missing-probe')
    expect(await missing.evaluate((span) => span.getBoundingClientRect().width)).toBeGreaterThan(0)
    expect(await colouredPixels(blank, await missing.screenshot())).toBe(0)
    // The sun (U+2600 + VS16) exists in black and white in DejaVu Sans: it must still be colour.
    const sun = page.locator('li', { hasText: 'en terrasse' }).locator('span.emoji')
    expect(await colouredPixels(blank, await sun.screenshot())).toBeGreaterThan(20)
    await page.context().close()
  })
})
