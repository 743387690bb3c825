import { readFileSync } from 'node:fs'
import { lyonDataset } from '@atelier/fixtures'
import type { Download, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { watchCsp } from './csp-watch'
import { type App, settled, startApp } from './harness'
import { loadServer, loadWebSocket } from './server'

// The facilitator's export dialog on the Lyon workshop, through the real
// server: the report preview shows the recommendations, downloads are the
// server's bytes under the server's names, and the board image covers the
// whole board at print resolution without moving the facilitator's view.

let app: App

beforeAll(async () => {
  app = await startApp()
})

afterAll(async () => {
  await app?.close()
})

interface Summary {
  totals: { notes: number }
  dimensions: { title: string; recommendations: { title: string }[] }[]
}

const keyOf = (facilitatorUrl: string) =>
  new URLSearchParams(new URL(facilitatorUrl).hash.slice(1)).get('key')!

async function serverFile(id: string, key: string, file: string) {
  const response = await fetch(`${app.server.url}/api/workshops/${id}/${file}?download`, {
    headers: { authorization: `Bearer ${key}` },
  })
  expect(response.status).toBe(200)
  const disposition = response.headers.get('content-disposition') ?? ''
  return {
    bytes: Buffer.from(await response.arrayBuffer()),
    filename: /filename="([^"]+)"/.exec(disposition)?.[1],
  }
}

async function download(
  page: Page,
  click: () => Promise<void>,
): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()])
  return { file, bytes: readFileSync((await file.path())!) }
}

/** How many notes Konva leaves undrawn because they are off screen. */
function culledNotes(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (
        window as unknown as {
          Konva: {
            stages: { find(f: (n: { id(): string; isVisible(): boolean }) => boolean): unknown[] }[]
          }
        }
      ).Konva.stages[0]!.find((node) => node.id().startsWith('note-') && !node.isVisible()).length,
  )
}

/** How many note texts Konva draws on screen right now. */
function visibleNoteTexts(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (
        window as unknown as {
          Konva: { stages: { find(selector: string): { isVisible(): boolean }[] }[] }
        }
      ).Konva.stages[0]!.find('.note-text').filter((node) => node.isVisible()).length,
  )
}

/** Pixel size from a PNG's IHDR chunk (always the first, at a fixed offset). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  )
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

const stageView = (page: Page) =>
  page.evaluate(() => {
    const konva = (
      window as unknown as { Konva: { stages: { x(): number; y(): number; scaleX(): number }[] } }
    ).Konva
    const stage = konva.stages[0]!
    return { x: stage.x(), y: stage.y(), scale: stage.scaleX() }
  })

describe('the export dialog', () => {
  it('previews and downloads every format of the Lyon workshop', async () => {
    process.setMaxListeners(100)
    const dataset = lyonDataset()
    const { seedWorkshop } = await loadServer()
    const seeded = await seedWorkshop(app.server.url, dataset, {
      WebSocket: await loadWebSocket(),
      until: 'vote',
    })
    const key = keyOf(seeded.facilitatorUrl)
    const id = new URL(seeded.facilitatorUrl).pathname.split('/').pop()!
    const summaryJson = await serverFile(id, key, 'summary.json')
    const summary = JSON.parse(summaryJson.bytes.toString('utf8')) as Summary

    const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 } })
    // The server's CSP must let the canvas, the PNG export and the report frame work.
    const csp = await watchCsp(context)
    const board = await context.newPage()
    await board.goto(`${seeded.facilitatorUrl}&code=${seeded.code}`)
    await expect
      .poll(() => board.getByTestId('note-count').textContent())
      .toBe(String(dataset.notes.length))
    await board.locator('.board-canvas canvas').first().waitFor()
    // A view of the facilitator's own: zoomed in far enough that notes off
    // screen are culled (not drawn), which the image must not notice.
    for (let i = 0; i < 4; i++)
      await board.getByRole('button', { name: 'Zoomer', exact: true }).click()
    const viewBefore = await settled(() => stageView(board))
    expect(await culledNotes(board)).toBeGreaterThan(0)

    const opener = board.getByRole('button', { name: 'Exporter' })
    await opener.click()
    const dialog = board.getByRole('dialog', { name: 'Exporter la synthèse' })
    await dialog.waitFor()
    expect(await dialog.getByRole('tab', { name: 'Rapport' }).getAttribute('aria-selected')).toBe(
      'true',
    )

    // The report: the server's HTML page in a sandboxed frame, with every dimension's top recommendation.
    const report = board.frameLocator('iframe.export-report')
    for (const dimension of summary.dimensions) {
      const top = dimension.recommendations[0]!.title
      await report.getByText(top, { exact: false }).first().waitFor()
    }
    expect(await dialog.locator('iframe.export-report').getAttribute('sandbox')).toBe(
      'allow-same-origin allow-modals',
    )

    // Focus stays in the dialog: Shift+Tab from its first control wraps to its last (the report).
    await dialog.getByRole('button', { name: 'Fermer' }).focus()
    await board.keyboard.press('Shift+Tab')
    expect(
      await board.evaluate(() => document.activeElement?.classList.contains('export-report')),
    ).toBe(true)

    // Keyboard: arrows move along the formats.
    await dialog.getByRole('tab', { name: 'Rapport' }).focus()
    await board.keyboard.press('ArrowDown')
    expect(await dialog.getByRole('tab', { name: 'Markdown' }).getAttribute('aria-selected')).toBe(
      'true',
    )
    await dialog
      .locator('pre.export-text')
      .getByText(summary.dimensions[0]!.title)
      .first()
      .waitFor()

    // CSV: a table parsed in the page, header first.
    await dialog.getByRole('tab', { name: 'CSV des recommandations' }).click()
    const table = dialog.locator('.export-table table')
    await table.waitFor()
    expect(await table.locator('thead th').count()).toBeGreaterThan(4)
    expect(await table.locator('tbody tr').count()).toBe(
      summary.dimensions.reduce((n, d) => n + d.recommendations.length, 0),
    )

    // JSON: the server's bytes under the server's name.
    await dialog.getByRole('tab', { name: 'JSON' }).click()
    const json = await download(board, () =>
      dialog.getByRole('button', { name: 'Télécharger' }).click(),
    )
    expect(json.file.suggestedFilename()).toBe(summaryJson.filename)
    expect(json.bytes.equals(summaryJson.bytes)).toBe(true)
    expect(JSON.parse(json.bytes.toString('utf8')).totals.notes).toBe(summary.totals.notes)

    // DOCX: a zip.
    await dialog.getByRole('tab', { name: 'Word (DOCX)' }).click()
    const docx = await download(board, () =>
      dialog.getByRole('button', { name: 'Télécharger' }).click(),
    )
    expect(docx.file.suggestedFilename()).toMatch(/\.docx$/)
    expect(docx.bytes.subarray(0, 2).toString('latin1')).toBe('PK')
    expect(docx.bytes.equals((await serverFile(id, key, 'summary.docx')).bytes)).toBe(true)

    // The board image: the whole board, large, and the facilitator's view left as it was.
    await dialog.getByRole('tab', { name: 'Image du tableau' }).click()
    await dialog.getByTestId('png-size').waitFor({ timeout: 30_000 })
    const png = await download(board, () =>
      dialog.getByRole('button', { name: 'Télécharger' }).click(),
    )
    expect(png.file.suggestedFilename()).toBe(
      summaryJson.filename!.replace(/\.json$/, '-board.png'),
    )
    const size = pngSize(png.bytes)
    expect(size.width).toBeGreaterThanOrEqual(2000)
    // Three frames side by side: much wider than tall, like the board.
    expect(size.width).toBeGreaterThan(size.height)
    expect(await stageView(board)).toEqual(viewBefore)

    // Escape closes; focus goes back to the button that opened the dialog.
    await board.keyboard.press('Escape')
    await expect.poll(() => dialog.count()).toBe(0)
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true)

    // Zoomed out, the board draws notes without their text (level of detail);
    // the image must not depend on the facilitator's zoom: same bytes.
    while ((await stageView(board)).scale >= 0.2) {
      await board.getByRole('button', { name: 'Dézoomer', exact: true }).click()
    }
    await expect.poll(() => visibleNoteTexts(board)).toBe(0)
    await opener.click()
    await dialog.getByRole('tab', { name: 'Image du tableau' }).click()
    await dialog.getByTestId('png-size').waitFor({ timeout: 30_000 })
    const zoomedOut = await download(board, () =>
      dialog.getByRole('button', { name: 'Télécharger' }).click(),
    )
    expect(zoomedOut.bytes.equals(png.bytes)).toBe(true)
    expect(await visibleNoteTexts(board)).toBe(0)
    await board.keyboard.press('Escape')

    // Escape also closes from inside the report's frame, once someone clicked into it.
    await opener.click()
    await board.frameLocator('iframe.export-report').locator('h1').first().click()
    await board.keyboard.press('Escape')
    await expect.poll(() => dialog.count()).toBe(0)
    expect(csp.violations()).toEqual([])
    await context.close()
  })

  it('says so when the workshop has no notes yet', async () => {
    const response = await fetch(`${app.server.url}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Atelier vide', template: 'congress', language: 'fr' }),
    })
    const created = (await response.json()) as { code: string; facilitatorUrl: string }
    const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 } })
    const board = await context.newPage()
    await board.goto(`${created.facilitatorUrl}&code=${created.code}`)
    await board.locator('.board-canvas canvas').first().waitFor()
    await board.getByRole('button', { name: 'Exporter' }).click()
    const dialog = board.getByRole('dialog', { name: 'Exporter la synthèse' })
    await dialog.getByText("Aucune note pour l'instant", { exact: false }).waitFor()
    await dialog.getByRole('tab', { name: 'CSV des notes' }).click()
    await dialog.getByText("Aucune ligne pour l'instant.").waitFor()
    await dialog.getByRole('button', { name: 'Fermer' }).click()
    await expect.poll(() => dialog.count()).toBe(0)
    await context.close()
  })
})
