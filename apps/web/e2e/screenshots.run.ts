import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { lyonDataset } from '@atelier/fixtures'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { type App, joinAsPhone, phoneContext, sendNote, startApp } from './harness'
import { createdLinksShots } from './screenshots.access'
import { campaignShotsOnOwnServer } from './screenshots.campaign'
import { campaignEditShotsOnOwnServer } from './screenshots.campaign-edit'
import { canvasShots } from './screenshots.canvas'
import { congressScreenShotsOnOwnServer } from './screenshots.congress'
import { facilitationShots } from './screenshots.facilitation'
import { phoneFlowShots } from './screenshots.phone'
import { presenterShots } from './screenshots.presenter'
import { publishShotsOnOwnServer } from './screenshots.publish'
import { territoryShotsOnOwnServer } from './screenshots.territory'
import { writesShots } from './screenshots.writes'
import { loadServer, loadWebSocket } from './server'

// Every face with the Lyon workshop loaded, at the sizes people use them:
// phone 390x844, projector 1920x1080, board 1440x900.

const here = dirname(fileURLToPath(import.meta.url))
const OUT = resolve(here, '../../../docs/screenshots')

let app: App

beforeAll(async () => {
  app = await startApp()
  mkdirSync(OUT, { recursive: true })
})

afterAll(async () => {
  await app?.close()
})

const shot = (page: Page, name: string) => page.screenshot({ path: `${OUT}/${name}.png` })
const settle = (page: Page) => page.waitForTimeout(800)

it('takes the screenshots', async () => {
  process.setMaxListeners(100)
  const dataset = lyonDataset()
  const { seedWorkshop } = await loadServer()
  const seeded = await seedWorkshop(app.server.url, dataset, {
    WebSocket: await loadWebSocket(),
    until: 'vote',
  })
  const withCode = (url: string) => `${url}&code=${seeded.code}`

  const facilitator = await app.browser.newContext({ viewport: { width: 1440, height: 900 } })
  const board = await facilitator.newPage()
  await board.goto(withCode(seeded.facilitatorUrl))
  await expect
    .poll(() => board.getByTestId('note-count').textContent())
    .toBe(String(dataset.notes.length))
  await settle(board)
  await shot(board, 'board-1440x900')
  await board.getByRole('button', { name: 'Liste' }).click()
  await settle(board)
  await shot(board, 'board-list-1440x900')
  await board.getByRole('button', { name: 'Tableau' }).click()

  // The export dialog with the report preview, then the board image it exports
  // (committed downscaled; the full image is several thousand pixels wide).
  await board.locator('.board-canvas canvas').first().waitFor()
  await settle(board)
  await board.getByRole('button', { name: 'Exporter' }).click()
  const exporter = board.getByRole('dialog', { name: 'Exporter la synthèse' })
  await board.frameLocator('iframe.export-report').locator('h1').first().waitFor()
  await settle(board)
  await shot(board, 'export-report-1440x900')
  await exporter.getByRole('tab', { name: 'CSV des recommandations' }).click()
  await exporter.locator('.export-table table').waitFor()
  await shot(board, 'export-csv-1440x900')
  await exporter.getByRole('tab', { name: 'Image du tableau' }).click()
  await exporter.getByTestId('png-size').waitFor({ timeout: 30_000 })
  await settle(board)
  await shot(board, 'export-png-1440x900')
  const downscaled = await exporter.locator('.export-png img').evaluate((img: HTMLImageElement) => {
    const canvas = document.createElement('canvas')
    canvas.width = 1600
    canvas.height = Math.round((img.naturalHeight * 1600) / img.naturalWidth)
    const context = canvas.getContext('2d')!
    context.imageSmoothingQuality = 'high'
    context.drawImage(img, 0, 0, canvas.width, canvas.height)
    return canvas.toDataURL('image/png')
  })
  writeFileSync(`${OUT}/board-export-1600.png`, Buffer.from(downscaled.split(',')[1]!, 'base64'))
  await board.keyboard.press('Escape')

  const projector = await app.browser.newContext({ viewport: { width: 1920, height: 1080 } })
  const screen = await projector.newPage()
  await screen.goto(withCode(seeded.screenUrl))
  await settle(screen)
  await shot(screen, 'projector-results-1920x1080')

  // The facilitator puts the most voted cluster forward: the projector zooms onto it.
  await board.getByRole('button', { name: 'Liste' }).click()
  const top = board
    .locator('.list-view__cluster')
    .filter({ has: board.getByRole('heading', { name: /^Rendre le modèle visible/ }) })
  await top.getByRole('button', { name: "Montrer à l'écran" }).click()
  await settle(screen)
  await shot(screen, 'projector-focus-1920x1080')
  await top.getByRole('button', { name: "Tout le tableau à l'écran" }).click()
  await board.getByRole('button', { name: 'Tableau' }).click()

  // Back to collecting: the projector shows the way in, a phone writes.
  await board.getByRole('radio', { name: 'Collecte des idées' }).check({ force: true })
  const phone = await phoneContext(app.browser)
  const home = await phone.newPage()
  await home.goto(`${app.server.url}/`)
  await home.getByRole('heading', { name: 'Rejoindre un atelier' }).waitFor()
  await shot(home, 'phone-home-390x844')
  const mobile = await joinAsPhone(phone, app.server.url, seeded.code, 'Camille')
  await sendNote(mobile, 'Un fonds commun pour accompagner les reprises en SCOP')
  await sendNote(mobile, 'Des binômes entre coopératives anciennes et nouvelles')
  await expect.poll(() => mobile.locator('.my-note[data-status="onBoard"]').count()).toBe(2)
  await mobile.locator('textarea.collect__text').fill('Parler de la SCIC aux collectivités')
  await settle(mobile)
  await shot(mobile, 'phone-collect-390x844')
  // The smallest phones still in use: nothing may overflow at 320 px.
  await mobile.setViewportSize({ width: 320, height: 640 })
  await settle(mobile)
  await shot(mobile, 'phone-collect-320x640')
  expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
  await mobile.setViewportSize({ width: 390, height: 844 })
  await settle(screen)
  await shot(screen, 'projector-collect-1920x1080')

  await board.getByRole('radio', { name: 'Vote' }).check({ force: true })
  await settle(mobile)
  await mobile
    .getByRole('button', { name: /Ajouter une gommette/ })
    .first()
    .click()
  await settle(mobile)
  await shot(mobile, 'phone-vote-390x844')
  await phone.close()
  await projector.close()
  await facilitator.close()

  await facilitationShots(app, dataset, OUT)
  // Issue 8: a vote cluster opened, the ranking, the final summary, the shared results page.
  await phoneFlowShots(app, dataset, OUT)
  // The links shown once a workshop is created (issue 8).
  await createdLinksShots(app, OUT, [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ])
  // The list view with a selection (replaces board-list-1440x900), the note composer, the settings.
  await writesShots(app, dataset, OUT)
  // The canvas at its default zoom on a tablet, and a search (issue 8).
  await canvasShots(app.browser, withCode(seeded.facilitatorUrl), OUT)
  // Presenter mode: wall, vote, ranking, follow me, one cluster, synthesis (projector-*-1920x1080).
  await presenterShots(app, OUT)
  // Issue 10: the organiser view of the Lyon campaign (campaign-*, campaign-groups-*).
  await campaignShotsOnOwnServer(OUT, [
    { width: 1440, height: 900 },
    { width: 1920, height: 1080 },
  ])
  // Issue 10: two published versions, what version 2 changed open (campaign-publish-*).
  await publishShotsOnOwnServer(OUT, [
    { width: 1440, height: 900 },
    { width: 1920, height: 1080 },
  ])
  // Issue 10: the congress screen (congress-screen-*).
  const congress = [
    { width: 1440, height: 900 },
    { width: 1920, height: 1080 },
  ]
  await congressScreenShotsOnOwnServer(OUT, congress)
  // Issue 10: a territory's feedback link and the organiser's flags (territory-*).
  await territoryShotsOnOwnServer(OUT, [
    { width: 390, height: 844 },
    { width: 1440, height: 900 },
    { width: 1920, height: 1080 },
  ])
  // Issue 10: two organisers editing a group live, the undo bar (campaign-edit-*).
  await campaignEditShotsOnOwnServer(OUT, [
    { width: 1440, height: 900 },
    { width: 1920, height: 1080 },
  ])
})
