#!/usr/bin/env node
// Canvas benchmark (issue 12, scenario 7): the facilitator board with N notes
// (default 2,000, in clusters and loose) in real headless Chromium through the
// real server, next to its floor, a bare Konva page drawing the same picture
// (bench/bare-konva.page.js). Prints the time until the board shows its notes,
// then frame times p50/p95/max while panning, zooming and dragging a cluster,
// for both pages, with the ratio board / bare.
//
//   pnpm -r build && pnpm --filter @atelier/web bench     (RUNS=3 N=2000 by default)
//
// How frames are measured: a requestAnimationFrame loop records every frame's
// timestamp in the page while a capture listener records when each input
// event (pointermove, wheel) is handled; a frame that handled an input lasts
// from its timestamp to the next one. Both pages get the same input events at
// the same rate (one every 1000/RATE ms, RATE=60 by default), the same screen
// coordinates and the same starting view. Beside frame times, the CPU time of
// all of Chromium's processes during each gesture (CDP SystemInfo), which a
// loaded machine disturbs less than wall-clock frame times.
//
// Chromium keeps its 60 Hz frame-rate limit. UNLIMITED=1 adds
// --disable-frame-rate-limit, which only matters for frames under 16.7 ms
// (with the limit they read as 16.7 whatever their work); here every frame
// with 2,000 notes takes longer than that, and without the limit the rAF loop
// makes frames back to back, a core's worth of CPU on a 2-core machine.
//
// Headless Chromium here renders without a GPU, on a shared 2-core machine:
// figures are for comparing the two pages in one run, not for a laptop.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { launchChromium } from '../e2e/chromium.mjs'
import { summarizeTrace, TRACE_CATEGORIES } from './trace-summary.mjs'

const web = fileURLToPath(new URL('..', import.meta.url))
const require = createRequire(join(web, 'package.json'))
const { startServer, seedWorkshop } = await import('@atelier/server')
const WebSocket = require('ws')
const N = Number(process.env.N ?? 2000)
const RUNS = Number(process.env.RUNS ?? 3)
const RATE = Number(process.env.RATE ?? 60)
const UNLIMITED = process.env.UNLIMITED === '1'
const VIEWPORT = { width: 1440, height: 900 }
// konva's package exports do not list its UMD build: found next to its package.json.
const KONVA = readFileSync(join(web, 'node_modules/konva/konva.min.js'), 'utf8')
const BARE = readFileSync(join(web, 'bench/bare-konva.page.js'), 'utf8')

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
// A quarter of the notes in clusters of 12 (3 columns x 4 rows), the rest loose.
const CLUSTER_SIZE = 12
const clusters = Array.from({ length: Math.floor(N / 4 / CLUSTER_SIZE) }, (_, i) => ({
  id: `c${i}`,
  dimension: dimensions[i % 3],
  title: `Thème ${i + 1} : ${words[i % words.length]}`,
  recommendation: null,
}))
const dataset = {
  workshop: { title: `Banc d'essai ${N} notes`, language: 'fr' },
  dimensions: dimensions.map((id) => ({ id, title: id, prompt: id })),
  participants,
  notes: Array.from({ length: N }, (_, i) => {
    const dimension = dimensions[i % 3]
    // Note i of dimension d goes to that dimension's clusters while they have room.
    const k = Math.floor(i / 3)
    const cluster = clusters[Math.floor(k / CLUSTER_SIZE) * 3 + (i % 3)]
    return {
      id: `n${i}`,
      participant: participants[i % participants.length].id,
      dimension,
      text: `${words[i % words.length]} et ${words[(i * 7) % words.length]} : idée ${i} pour le mouvement coopératif`,
      cluster: cluster && cluster.dimension === dimension ? cluster.id : null,
    }
  }),
  clusters,
  votes: [],
}

const dataDir = mkdtempSync(join(tmpdir(), 'atelier-canvas-'))
const server = await startServer({
  port: 0,
  host: '127.0.0.1',
  dataDir,
  webDist: process.env.WEB_DIST ?? join(web, 'dist'),
  // Seeding only: 150 notes per phone at once, past the product's 10-note
  // burst (this benchmark measures the board's drawing, not ingest).
  syncLimits: { notesBurst: 200 },
})
process.setMaxListeners(0)
const browser = await launchChromium(UNLIMITED ? ['--disable-frame-rate-limit'] : [])

/** In-page frame recorder, the same for both pages. */
const RECORDER = `(() => {
  const state = { frames: [], inputs: [], raf: 0, on: false }
  const input = () => { if (state.on) state.inputs.push(performance.now()) }
  window.addEventListener('pointermove', input, { capture: true })
  window.addEventListener('wheel', input, { capture: true, passive: true })
  window.__frames = {
    start() {
      state.frames = []; state.inputs = []; state.on = true
      const tick = (t) => { state.frames.push(t); state.raf = requestAnimationFrame(tick) }
      state.raf = requestAnimationFrame(tick)
    },
    stop() {
      state.on = false
      cancelAnimationFrame(state.raf)
      return { frames: state.frames, inputs: state.inputs }
    },
  }
})()`

/** CPU seconds used so far by all of Chromium's processes (browser, renderers, GPU), in ms. */
let browserCdp = null
async function chromiumCpu() {
  browserCdp ??= await browser.newBrowserCDPSession()
  const { processInfo } = await browserCdp.send('SystemInfo.getProcessInfo')
  return 1000 * processInfo.reduce((sum, p) => sum + p.cpuTime, 0)
}

/** Durations of the frames that handled at least one input event. */
function inputFrames({ frames, inputs }) {
  const durations = []
  let j = 0
  for (let i = 0; i + 1 < frames.length; i++) {
    let handled = false
    while (j < inputs.length && inputs[j] < frames[i + 1]) {
      if (inputs[j] >= frames[i]) handled = true
      j++
    }
    if (handled) durations.push(frames[i + 1] - frames[i])
  }
  return durations
}

/** PROFILE=1: the functions with the most self time during each gesture (build with --minify false to read them). */
const PROFILE = process.env.PROFILE === '1'
function printProfile(profile) {
  const self = new Map()
  const dt = new Map()
  for (const [i, id] of profile.samples.entries())
    dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0))
  for (const node of profile.nodes) {
    const f = node.callFrame
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').at(-1)}:${f.lineNumber + 1}`
    self.set(key, (self.get(key) ?? 0) + (dt.get(node.id) ?? 0))
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0)
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 18)
  for (const [key, us] of top)
    console.error(
      `  ${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${key}`,
    )
}

/** TRACE=1: where each gesture's time goes in the renderer (trace-summary.mjs), on stderr. */
const TRACE = process.env.TRACE === '1'

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]
const mean = (xs) => xs.reduce((sum, x) => sum + x, 0) / xs.length

/** Sends `step(i)` `count` times, one every 1000/RATE ms (wall clock), and measures the frames. */
async function measure(page, count, step, rate = RATE) {
  const cdp = PROFILE ? await page.context().newCDPSession(page) : null
  if (cdp) {
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
    await cdp.send('Profiler.start')
  }
  if (TRACE) await browser.startTracing(page, { categories: TRACE_CATEGORIES })
  const cpuBefore = await chromiumCpu()
  await page.evaluate(() => window.__frames.start())
  const interval = 1000 / rate
  const t0 = performance.now()
  // Not awaited one by one: Chromium acknowledges a move when a frame has
  // handled it, so awaiting would slow the input down to the page's frame
  // rate. A mouse does not wait; the renderer coalesces what a frame missed.
  const sent = []
  for (let i = 0; i < count; i++) {
    sent.push(step(i))
    const wait = t0 + (i + 1) * interval - performance.now()
    if (wait > 0) await new Promise((r) => setTimeout(r, wait))
  }
  const elapsed = performance.now() - t0
  await Promise.all(sent)
  // The last input's frame ends with the next frame.
  await page.waitForTimeout(100)
  const recorded = await page.evaluate(() => window.__frames.stop())
  const cpu = (await chromiumCpu()) - cpuBefore
  if (cdp) printProfile((await cdp.send('Profiler.stop')).profile)
  const d = inputFrames(recorded).sort((a, b) => a - b)
  if (TRACE) {
    console.error(
      `${d.length} input frames, mean ${mean(d).toFixed(1)} ms, CPU ${cpu.toFixed(0)} ms`,
    )
    console.error(summarizeTrace(JSON.parse((await browser.stopTracing()).toString())))
  }
  return {
    p50: quantile(d, 0.5),
    p95: quantile(d, 0.95),
    max: d.at(-1),
    frames: d.length,
    durations: d,
    rate: count / (elapsed / 1000),
    cpu,
  }
}

/** A point on empty canvas (the frames layer does not listen) near `near`, in page coordinates. */
function emptyPoint(page, box, near) {
  return page.evaluate(
    ({ box, near }) => {
      const stage = window.Konva.stages.at(-1)
      for (let r = 0; r < 400; r += 10)
        for (let a = 0; a < 16; a++) {
          const p = {
            x: near.x + r * Math.cos((a * Math.PI) / 8),
            y: near.y + r * Math.sin((a * Math.PI) / 8),
          }
          if (p.x < 50 || p.y < 80 || p.x > box.width - 50 || p.y > box.height - 50) continue
          if (!stage.getIntersection(p)) return { x: box.x + p.x, y: box.y + p.y }
        }
      throw new Error('no empty point on the canvas')
    },
    { box, near },
  )
}

/** The header of the cluster nearest the canvas's centre that is wholly on screen, in page coordinates. */
function clusterHandle(page, box) {
  return page.evaluate((box) => {
    const stage = window.Konva.stages.at(-1)
    const onScreen = stage
      .find((n) => n.id().startsWith('cluster-'))
      .map((g) => ({ g, r: g.getClientRect() }))
      .filter(
        ({ r }) => r.x > 20 && r.y > 80 && r.x + r.width < box.width && r.y + r.height < box.height,
      )
      .sort(
        (a, b) =>
          Math.hypot(a.r.x - box.width / 2, a.r.y - box.height / 2) -
          Math.hypot(b.r.x - box.width / 2, b.r.y - box.height / 2),
      )
    const cluster = onScreen[0]
    if (!cluster) throw new Error('no cluster wholly on screen')
    const p = { x: cluster.r.x + 30, y: cluster.r.y + 12 }
    const hit = stage.getIntersection(p)
    if (hit?.getParent()?.id() !== cluster.g.id()) throw new Error('the cluster header is covered')
    return { x: box.x + p.x, y: box.y + p.y, id: cluster.g.id() }
  }, box)
}

/** The board's picture as data: what the bare page draws. */
function readScene(page) {
  return page.evaluate(() => {
    const stage = window.Konva.stages.at(-1)
    const [framesLayer] = stage.getLayers()
    const frames = framesLayer.getChildren().map((g) => {
      const [bg, band, title, prompt] = g.getChildren()
      return {
        x: g.x(),
        y: g.y(),
        width: bg.width(),
        height: bg.height(),
        tone: band.fill(),
        title: title.text(),
        prompt: prompt.text(),
      }
    })
    const clusters = stage
      .find((n) => n.id().startsWith('cluster-'))
      .map((g) => {
        const [bg, , title] = g.getChildren()
        const tally = g.findOne('Circle')?.getParent().findOne('Text').text() ?? null
        return {
          id: g.id(),
          x: g.x(),
          y: g.y(),
          width: bg.width(),
          height: bg.height(),
          color: bg.stroke(),
          title: title.text(),
          tally,
        }
      })
    const rects = clusters.map((c) => c)
    const notes = stage
      .find((n) => n.id().startsWith('note-'))
      .map((g) => {
        const [rect, text] = g.getChildren()
        const cx = g.x() + 100
        const cy = g.y() + 65
        const home = rects.find(
          (c) => cx > c.x && cx < c.x + c.width && cy > c.y && cy < c.y + c.height,
        )
        return {
          x: g.x(),
          y: g.y(),
          opacity: g.opacity(),
          color: rect.fill(),
          text: text.text(),
          fontSize: text.fontSize(),
          clusterId: home?.id ?? null,
        }
      })
    return { frames, clusters, notes }
  })
}

const boardView = (page) =>
  page.evaluate(() => {
    const s = window.Konva.stages.at(-1)
    return { x: s.x(), y: s.y(), scale: s.scaleX() }
  })

async function openBoard(url) {
  const page = await (await browser.newContext({ viewport: VIEWPORT })).newPage()
  await page.addInitScript(RECORDER)
  const opened = Date.now()
  await page.goto(url)
  await page.waitForFunction(
    (n) => document.querySelector('[data-testid=note-count]')?.textContent === String(n),
    N,
    { timeout: 300_000 },
  )
  await page.locator('.board-canvas canvas').first().waitFor()
  const shown = Date.now() - opened
  await page.waitForTimeout(1500)
  const b = await page.locator('.board-canvas').boundingBox()
  return { page, shown, box: { x: b.x, y: b.y, width: b.width, height: b.height } }
}

async function openBare(scene, box, view) {
  const page = await (await browser.newContext({ viewport: VIEWPORT })).newPage()
  await page.setContent('<!doctype html><html><body style="margin:0"></body></html>')
  await page.addScriptTag({ content: RECORDER })
  await page.addScriptTag({ content: KONVA })
  await page.addScriptTag({ content: BARE })
  await page.evaluate(
    ({ scene, box, view }) => {
      window.bare = window.bareBoard(scene, box, view)
    },
    { scene, box, view },
  )
  await page.waitForTimeout(500)
  return page
}

/** The gestures, the same input events for both pages, from page coordinates. */
const gestures = {
  /** Nothing for 3 s: what the page costs when no one touches it. */
  idle: (page) => () => measure(page, 180, () => undefined),
  /** Drag on empty canvas 400 px left and 200 px up and back, 180 moves. */
  pan: (page, at) => async () => {
    await page.mouse.move(at.x, at.y)
    await page.mouse.down()
    const r = await measure(page, 180, (i) => {
      const k = i < 90 ? (i + 1) / 90 : (180 - i - 1) / 90
      return page.mouse.move(at.x - 400 * k, at.y - 200 * k)
    })
    await page.mouse.up()
    return r
  },
  /** 30 wheel steps in, then 30 out, at the canvas's centre (a quarter notch each, 30 Hz): back where it began, under MAX_SCALE. */
  zoom: (page, at) => async () => {
    await page.mouse.move(at.x, at.y)
    return measure(page, 60, (i) => page.mouse.wheel(0, i < 30 ? -30 : 30), 30)
  },
  /** Drag a cluster by its header 300 px right and 120 px down and back (it lands where it was), 180 moves. */
  cluster: (page, at) => async () => {
    await page.mouse.move(at.x, at.y)
    await page.mouse.down()
    const r = await measure(page, 180, (i) => {
      const k = i < 90 ? (i + 1) / 90 : (180 - i - 1) / 90
      return page.mouse.move(at.x + 300 * k, at.y + 120 * k)
    })
    await page.mouse.up()
    return r
  },
}

const results = new Map()
const record = (label, side, r) => {
  if (!results.has(label)) results.set(label, { board: [], bare: [] })
  results.get(label)[side].push(r)
}
const shownTimes = []

try {
  const seeded = await seedWorkshop(server.url, dataset, {
    WebSocket,
    until: 'vote',
    timeoutMs: 300_000,
  })
  const url = `${seeded.facilitatorUrl}&code=${seeded.code}`
  for (let run = 0; run < RUNS; run++) {
    const { page: board, shown, box } = await openBoard(url)
    shownTimes.push(shown)
    const scene = await readScene(board)
    const opening = await boardView(board)
    const bare = await openBare(scene, box, opening)
    const centre = { x: box.width / 2, y: box.height / 2 }
    const middle = { x: box.x + centre.x, y: box.y + centre.y }
    // Both pages start every gesture from the board's view of the moment.
    const both = async (label, at, gesture) => {
      const view = await boardView(board)
      await bare.evaluate((v) => window.bare.setView(v), view)
      await bare.waitForTimeout(300)
      if (PROFILE || TRACE) console.error(`${label}: board`)
      record(label, 'board', await gestures[gesture](board, at)())
      if (PROFILE || TRACE) console.error(`${label}: bare`)
      await board.waitForTimeout(600)
      record(label, 'bare', await gestures[gesture](bare, at)())
      await bare.waitForTimeout(600)
    }
    const at = `scale ${opening.scale.toFixed(2)}`
    await both('idle, 3 s (no frame handles an input)', middle, 'idle')
    await both(`pan, opening zoom (${at})`, await emptyPoint(board, box, centre), 'pan')
    await both(`zoom, opening zoom (${at})`, middle, 'zoom')
    const handle = await clusterHandle(board, box)
    await both(`drag a cluster of ${CLUSTER_SIZE}, opening zoom`, handle, 'cluster')
    // Let the board's drop (a re-flow write) settle before the whole-board view.
    await board.waitForTimeout(1500)
    await board.getByRole('button', { name: 'Tout voir' }).click()
    await board.waitForTimeout(800)
    const fitted = `scale ${(await boardView(board)).scale.toFixed(2)}`
    await both(`pan, whole board (${fitted})`, await emptyPoint(board, box, centre), 'pan')
    await both(`zoom, whole board (${fitted})`, middle, 'zoom')
    await board.context().close()
    await bare.context().close()
    console.error(`run ${run + 1}/${RUNS} done`)
  }
} finally {
  await browser.close()
  await server.close()
  rmSync(dataDir, { recursive: true, force: true })
}

const range = (xs, digits = 1) => {
  if (xs.some((x) => x === undefined || Number.isNaN(x))) return '–'
  const lo = Math.min(...xs)
  const hi = Math.max(...xs)
  return lo.toFixed(digits) === hi.toFixed(digits)
    ? lo.toFixed(digits)
    : `${lo.toFixed(digits)}–${hi.toFixed(digits)}`
}
console.log(
  `\n${N} notes (${clusters.length} clusters of ${CLUSTER_SIZE}), ${VIEWPORT.width}x${VIEWPORT.height}, ${RUNS} runs, input at ${RATE} Hz, frame rate limit ${UNLIMITED ? 'off' : 'on (60 Hz)'}`,
)
console.log(`board shown ${range(shownTimes, 0)} ms after opening the facilitator link\n`)
console.log(
  '| gesture | board p50 | board p95 | board max | bare p50 | bare p95 | bare max | p95 board / bare |',
)
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
for (const [label, { board, bare }] of results) {
  const ratios = board.map((b, i) => b.p95 / bare[i].p95)
  const cells = [
    range(board.map((r) => r.p50)),
    range(board.map((r) => r.p95)),
    range(board.map((r) => r.max)),
    range(bare.map((r) => r.p50)),
    range(bare.map((r) => r.p95)),
    range(bare.map((r) => r.max)),
    range(ratios, 2),
  ]
  console.log(`| ${label} | ${cells.join(' | ')} |`)
}
console.log('\n| gesture | Chromium CPU, board | bare | board / bare |')
console.log('| --- | --- | --- | --- |')
for (const [label, { board, bare }] of results) {
  const cells = [
    range(
      board.map((r) => r.cpu),
      0,
    ),
    range(
      bare.map((r) => r.cpu),
      0,
    ),
    range(
      board.map((b, i) => b.cpu / bare[i].cpu),
      2,
    ),
  ]
  console.log(`| ${label} | ${cells.join(' | ')} |`)
}
// One gesture's p95 is about its third longest frame: at 50 to 100 ms a
// frame, one frame more or less moves a run's ratio from 1.0 to 1.5. Pooled
// over the runs, the p95 and the mean are steadier figures of the same frames.
console.log(
  '\n| gesture, every run pooled | board p95 | bare p95 | p95 board / bare | board mean | bare mean | mean board / bare |',
)
console.log('| --- | --- | --- | --- | --- | --- | --- |')
const pooled = (runs) => runs.flatMap((r) => r.durations).sort((a, b) => a - b)
for (const [label, { board, bare }] of results) {
  const b = pooled(board)
  const r = pooled(bare)
  if (b.length === 0 || r.length === 0) continue
  const cells = [quantile(b, 0.95), quantile(r, 0.95)]
  const means = [mean(b), mean(r)]
  console.log(
    `| ${label} | ${cells.map((x) => x.toFixed(1)).join(' | ')} | ${(cells[0] / cells[1]).toFixed(2)} | ${means.map((x) => x.toFixed(1)).join(' | ')} | ${(means[0] / means[1]).toFixed(2)} |`,
  )
}
const frames = [...results.values()]
  .flatMap(({ board, bare }) => [...board, ...bare])
  .filter((r) => r.frames > 0)
console.log(
  `\nframe times and CPU in ms; frames that handled an input (${range(
    frames.map((r) => r.frames),
    0,
  )} per gesture); input delivered at ${range(
    frames.map((r) => r.rate),
    0,
  )} events/s`,
)
process.exit(0)
