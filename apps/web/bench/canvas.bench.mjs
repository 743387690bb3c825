#!/usr/bin/env node
// Canvas benchmark: a board of N notes (default 2,000) in real headless
// Chromium, through the real server; prints the time until the board shows
// them and the frame rate while panning and zooming, fitted and zoomed in.
//
//   pnpm -r build && pnpm --filter @atelier/web bench      (N=5000 for more)
//
// Headless Chromium here renders without a GPU on a 2-core machine: a
// facilitator's laptop does better. The figures are for comparing changes.
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const web = fileURLToPath(new URL('..', import.meta.url))
const require = createRequire(join(web, 'package.json'))
const { startServer, seedWorkshop } = await import('@atelier/server')
const WebSocket = require('ws')
const N = Number(process.env.N ?? 2000)
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

const dimensions = ['vision', 'efficacite', 'reseau']
const words =
  'coopérative formation jeunes réseau mutualiser achats visibilité territoire gouvernance démocratie transmission emploi'.split(
    ' ',
  )
// At most 150 notes per participant (the server caps each at 200).
const participants = Array.from({ length: Math.ceil(N / 150) }, (_, i) => ({
  id: `p${i}`,
  name: null,
}))
const dataset = {
  workshop: { title: `Banc d'essai ${N} notes`, language: 'fr' },
  dimensions: dimensions.map((id) => ({ id, title: id, prompt: id })),
  participants,
  notes: Array.from({ length: N }, (_, i) => ({
    id: `n${i}`,
    participant: participants[i % participants.length].id,
    dimension: dimensions[i % 3],
    text: `${words[i % words.length]} et ${words[(i * 7) % words.length]} : idée ${i} pour le mouvement coopératif`,
    cluster: null,
  })),
  clusters: [],
  votes: [],
}

const dataDir = mkdtempSync(join(tmpdir(), 'atelier-canvas-'))
const server = await startServer({
  port: 0,
  host: '127.0.0.1',
  dataDir,
  webDist: join(web, 'dist'),
})
process.setMaxListeners(0)
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
})
try {
  const seeded = await seedWorkshop(server.url, dataset, {
    WebSocket,
    until: 'collect',
    timeoutMs: 300_000,
  })
  const page = await (
    await browser.newContext({ viewport: { width: 1440, height: 900 } })
  ).newPage()
  const opened = Date.now()
  await page.goto(`${seeded.facilitatorUrl}&code=${seeded.code}`)
  await page.waitForFunction(
    (n) => document.querySelector('[data-testid=note-count]')?.textContent === String(n),
    N,
    { timeout: 300_000 },
  )
  await page.locator('.board-canvas canvas').first().waitFor()
  console.log(
    `board of ${N} notes shown ${Date.now() - opened} ms after opening the facilitator link`,
  )
  await page.waitForTimeout(1500)

  const box = await page.locator('.board-canvas').boundingBox()
  const cx = box.x + box.width / 2
  const cy = box.y + box.height / 2
  const frames = async (label, action) => {
    await page.evaluate(() => {
      window.__frames = []
      const tick = (t) => {
        window.__frames.push(t)
        window.__raf = requestAnimationFrame(tick)
      }
      window.__raf = requestAnimationFrame(tick)
    })
    const started = Date.now()
    await action()
    const elapsed = Date.now() - started
    const { count, p50, p95 } = await page.evaluate(() => {
      cancelAnimationFrame(window.__raf)
      const f = window.__frames
      const gaps = f
        .slice(1)
        .map((t, i) => t - f[i])
        .sort((a, b) => a - b)
      return {
        count: f.length,
        p50: gaps[Math.floor(gaps.length / 2)],
        p95: gaps[Math.floor(gaps.length * 0.95)],
      }
    })
    const fps = count / (elapsed / 1000)
    console.log(
      `${label.padEnd(34)} ${fps.toFixed(1).padStart(5)} fps (${(fps / 60).toFixed(2)} of 60), frame gap p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`,
    )
  }
  const pan = async () => {
    await page.mouse.move(cx, cy)
    await page.mouse.down()
    await page.mouse.move(cx - 400, cy - 200, { steps: 60 })
    await page.mouse.up()
  }
  // The board opens zoomed in to readable notes; first measure the whole board.
  await frames(
    `pan at the opening zoom (scale ${(await page.evaluate(() => window.Konva.stages[0].scaleX())).toFixed(2)})`,
    pan,
  )
  await page.getByRole('button', { name: 'Tout voir' }).click()
  await page.waitForTimeout(800)
  await frames('pan, whole board fitted', pan)
  await frames('zoom in and out (30 wheel steps)', async () => {
    await page.mouse.move(cx, cy)
    for (let i = 0; i < 30; i++) await page.mouse.wheel(0, i < 15 ? -120 : 120)
  })
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -120)
  await page.waitForTimeout(800)
  const scale = await page.evaluate(() => window.Konva.stages[0].scaleX())
  await frames(`pan zoomed in (scale ${scale.toFixed(2)})`, pan)
} finally {
  await browser.close()
  await server.close()
  rmSync(dataDir, { recursive: true, force: true })
}
process.exit(0)
