#!/usr/bin/env node
// Phone benchmark (issue 12, scenario 6): what a phone downloads to join a
// workshop, and how long until it can send its first note, on a throttled
// 3G link and on loopback without throttling (the reference).
//
//   pnpm -r build && pnpm --filter @atelier/web bench:phone      (RUNS=5 for more)
//
// It needs the built web app and the built workspace packages (`pnpm -r
// build` first). The real server runs in-process on 127.0.0.1 with the Lyon
// workshop (38 participants, 160 notes) seeded in its collect phase; each
// run opens the join link `/j/<code>` in a fresh 390x844 phone context with
// an empty cache, taps "Entrer" as soon as it is shown (no pseudonym), types
// a note and sends it, while a facilitator client on the board room watches
// for the note.
//
// Milestones, in the phone's clock from navigation start (timeOrigin):
// - join screen: the "Entrer" button is shown (the code was checked);
// - sendable: the note box is visible and enabled AND the connection badge
//   says `connected`, which (sync/connectionStatus.ts) means both of the
//   phone's rooms have an open socket and have synced: a note typed now goes
//   out at once instead of waiting in IndexedDB;
// - on board: the facilitator's copy of the board holds the note (measured in
//   this process's clock from just before navigation; the phone's own time to
//   type it, a Playwright fill and click, is included).
//
// Each run also joins a third time on 3G with the board's HTTP copy refused
// (`GET /sync/:room/state` answered 204, as a server without it would): the
// phone then gets the whole board over its socket, the reference measured
// in the same run for the copy's gain. BOARD_NOTES=2000 adds that many
// facilitator notes (Lyon's texts, numbered) to the board first: a big
// board, where what a phone downloads is most of its wait.
//
// 3G: Chromium's network emulation through CDP on the phone's page target,
// 400 kbit/s down and up and 400 ms latency, cache disabled. The service
// worker runs in its own target and is not throttled; what it re-fetches for
// the offline shell comes after the page's `load` and is listed apart.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { get } from 'node:http'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { launchChromium } from '../e2e/chromium.mjs'

const web = fileURLToPath(new URL('..', import.meta.url))
const dist = join(web, 'dist')
const require = createRequire(join(web, 'package.json'))
const { startServer, seedWorkshop } = await import('@atelier/server')
const { lyonDataset } = await import('@atelier/fixtures')
const { addFacilitatorNote, readBoard } = await import('@atelier/board-model')
const WebSocket = require('ws')
const { WebsocketProvider } = await import('y-websocket')
const Y = await import('yjs')

const RUNS = Number(process.env.RUNS ?? 3)
const BOARD_NOTES = Number(process.env.BOARD_NOTES ?? 0)
const BUDGET_GZ = 100 * 1024
const BUDGET_SENDABLE_MS = 5000
const THREE_G = {
  offline: false,
  latency: 400,
  downloadThroughput: (400 * 1000) / 8,
  uploadThroughput: (400 * 1000) / 8,
}
// Code the phone should never download: the facilitator's board and its
// canvas, the campaign and projector faces, the QR code generator.
const BOARD_ONLY =
  /(^|\/)(src\/(board|campaign|screen|results|home)\/|node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?(konva|react-konva|qrcode|docx)\/)/

const dataDir = mkdtempSync(join(tmpdir(), 'atelier-phone-'))
const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, webDist: dist })
process.setMaxListeners(0)
const browser = await launchChromium()

/** A facilitator's live copy of the board, to see a phone's note arrive. */
async function watchBoard(seeded) {
  const response = await fetch(`${server.url}/api/workshops/${seeded.id}/tokens`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${seeded.facilitatorKey}`,
    },
    body: JSON.stringify({ role: 'facilitator' }),
  })
  const { token } = await response.json()
  const open = (doc) =>
    new WebsocketProvider(`${server.url.replace(/^http/, 'ws')}/sync`, seeded.id, doc, {
      params: { token },
      disableBc: true,
      WebSocketPolyfill: WebSocket,
    })
  const doc = new Y.Doc()
  const provider = open(doc)
  await new Promise((resolve) => provider.once('sync', resolve))
  return {
    /** Adds `count` notes of the facilitator's, Lyon's texts numbered; resolves once stored. */
    async grow(count) {
      const { notes, dimensions } = lyonDataset()
      doc.transact(() => {
        for (let i = 0; i < count; i++) {
          const note = notes[i % notes.length]
          addFacilitatorNote(doc, {
            text: `${note.text} (${i + 1})`,
            dimension: dimensions[i % dimensions.length].id,
          })
        }
      })
      // A second reader that has them all: the server holds (and stored) every one.
      const reader = new Y.Doc()
      const check = open(reader)
      const want = Object.keys(readBoard(doc).notes).length
      while (Object.keys(readBoard(reader).notes).length < want)
        await new Promise((resolve) => setTimeout(resolve, 100))
      check.destroy()
    },
    /** Resolves with Date.now() when a note with `text` is on the board. */
    arrival(text) {
      return new Promise((resolve) => {
        const check = () => {
          if (Object.values(readBoard(doc).notes).some((note) => note.text === text)) {
            doc.off('afterTransaction', check)
            resolve(Date.now())
          }
        }
        doc.on('afterTransaction', check)
        check()
      })
    },
    close: () => provider.destroy(),
  }
}

// Runs in the phone page from its first byte: stamps the milestones.
function stampMilestones() {
  const marks = {}
  window.__phoneMarks = marks
  const visible = (el) => {
    if (!el) return false
    const box = el.getBoundingClientRect()
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden'
  }
  const check = () => {
    const now = performance.now()
    if (marks.joinScreen === undefined) {
      const enter = [...document.querySelectorAll('button[type=submit]')].find(
        (b) => /^(Entrer|Enter)$/.test(b.textContent.trim()) && !b.disabled && visible(b),
      )
      if (enter) marks.joinScreen = now
    }
    if (marks.noteBox === undefined) {
      const box = document.querySelector('textarea.collect__text')
      if (box && !box.disabled && visible(box)) marks.noteBox = now
    }
    if (marks.connected === undefined && document.querySelector('[data-status=connected]'))
      marks.connected = now
    if (
      marks.sendable === undefined &&
      marks.noteBox !== undefined &&
      marks.connected !== undefined &&
      document.querySelector('textarea.collect__text') &&
      document.querySelector('[data-status=connected]')
    ) {
      marks.sendable = now
    }
  }
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  })
}

/** Every network response of the page target, with its wire size and end time (epoch ms). */
async function recordNetwork(context, page, throttle) {
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  if (throttle) await cdp.send('Network.emulateNetworkConditions', throttle)
  const requests = new Map()
  const socket = { received: 0, frames: [] }
  cdp.on('Network.requestWillBeSent', (e) => {
    requests.set(e.requestId, {
      url: e.request.url,
      type: e.type,
      clockOffset: e.wallTime * 1000 - e.timestamp * 1000,
      started: e.wallTime * 1000,
    })
  })
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId)
    if (!r) return
    r.status = e.response.status
    r.mimeType = e.response.mimeType
    const headers = Object.fromEntries(
      Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]),
    )
    r.encoding = headers['content-encoding'] ?? null
    r.fromServiceWorker = e.response.fromServiceWorker
  })
  cdp.on('Network.dataReceived', (e) => {
    const r = requests.get(e.requestId)
    if (r) r.decoded = (r.decoded ?? 0) + e.dataLength
  })
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId)
    if (!r) return
    r.wire = e.encodedDataLength
    r.finished = e.timestamp * 1000 + r.clockOffset
  })
  cdp.on('Network.webSocketFrameReceived', (e) => {
    socket.frames.push({ at: e.timestamp, bytes: e.response.payloadData.length })
  })
  return { requests, socket }
}

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length

/** The body bytes the server sends for `path` to a client that accepts only `encoding`. */
function served(path, encoding) {
  return new Promise((resolve, reject) => {
    get(`${server.url}${path}`, { headers: { 'accept-encoding': encoding } }, (response) => {
      let bytes = 0
      response.on('data', (chunk) => {
        bytes += chunk.length
      })
      response.on('end', () =>
        resolve({ bytes, encoding: response.headers['content-encoding'] ?? 'identity' }),
      )
    }).on('error', reject)
  })
}

/** Sources (from the source map) of a built file that only other faces need. */
function boardOnlySources(file) {
  try {
    const map = JSON.parse(readFileSync(join(dist, `${file}.map`), 'utf8'))
    return map.sources.filter((s) => BOARD_ONLY.test(s))
  } catch {
    return []
  }
}

async function onePhone(seeded, board, throttle, label, run, withCopy = true) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  })
  try {
    await context.addInitScript(stampMilestones)
    const page = await context.newPage()
    // The reference: a server without the copy answers it 204, and the socket brings the board.
    if (!withCopy) await page.route('**/sync/*/state', (route) => route.fulfill({ status: 204 }))
    const net = await recordNetwork(context, page, throttle)
    const text = `Banc d'essai téléphone ${label} ${run} ${Date.now()}`
    const started = Date.now()
    await page.goto(`${server.url}/j/${seeded.code}`, { waitUntil: 'commit', timeout: 120_000 })
    await page.getByRole('button', { name: /^(Entrer|Enter)$/ }).click({ timeout: 120_000 })
    await page.waitForFunction(() => window.__phoneMarks.sendable !== undefined, null, {
      timeout: 120_000,
      polling: 50,
    })
    const arrived = board.arrival(text)
    const typing = Date.now()
    await page.locator('textarea.collect__text').fill(text)
    await page.getByRole('button', { name: /^(Envoyer|Send)$/ }).click()
    const onBoard = await arrived
    const { marks, timeOrigin } = await page.evaluate(() => ({
      marks: window.__phoneMarks,
      timeOrigin: performance.timeOrigin,
    }))
    const sendableAt = timeOrigin + marks.sendable
    const assets = []
    const others = []
    for (const r of net.requests.values()) {
      if (r.finished === undefined) continue
      const path = new URL(r.url).pathname
      const isAsset = /\.(js|css)$/.test(path)
      const beforeSendable = r.finished <= sendableAt
      ;(isAsset ? assets : others).push({ ...r, path, beforeSendable })
    }
    const needed = assets.filter((a) => a.beforeSendable)
    if (process.env.DEBUG) {
      for (const r of [...net.requests.values()].sort((a, b) => a.started - b.started))
        console.log(
          `  ${label} ${new URL(r.url).pathname.padEnd(40)} ${(r.started - timeOrigin).toFixed(0).padStart(6)} -> ${((r.finished ?? Number.NaN) - timeOrigin).toFixed(0).padStart(6)} ms ${r.wire ?? '?'} B`,
        )
      console.log(`  ${label} marks ${JSON.stringify(marks)}`)
    }
    return {
      joinScreen: marks.joinScreen,
      sendable: marks.sendable,
      noteBox: marks.noteBox,
      connected: marks.connected,
      onBoard: onBoard - (timeOrigin || started),
      typedToBoard: onBoard - typing,
      needed,
      late: assets.filter((a) => !a.beforeSendable),
      others,
      socketBytes: net.socket.frames.reduce((sum, f) => sum + f.bytes, 0),
      copyBytes: others
        .filter((r) => r.path.endsWith('/state') && r.status === 200)
        .reduce((sum, r) => sum + (r.wire ?? 0), 0),
    }
  } finally {
    await context.close()
  }
}

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`
const ms = (n) => `${(n / 1000).toFixed(2)} s`
const sorted = (xs) => [...xs].sort((a, b) => a - b)
const p50 = (xs) => sorted(xs)[Math.floor((xs.length - 1) / 2)]
const max = (xs) => sorted(xs).at(-1)

async function describeFiles(run) {
  const rows = []
  for (const a of run.needed) {
    const file = a.path.replace(/^\//, '')
    const body = readFileSync(join(dist, file))
    const asGzip = await served(a.path, 'gzip')
    rows.push({
      file,
      raw: body.length,
      // What a gzip-only browser gets, or gzip -9 of the body when the server sends it plain.
      gz: asGzip.encoding === 'gzip' ? asGzip.bytes : gz(body),
      gzipServed: asGzip.encoding === 'gzip',
      wire: a.wire,
      encoding: a.encoding,
      boardOnly: boardOnlySources(file),
    })
  }
  return rows.sort((a, b) => b.raw - a.raw)
}

try {
  const seeded = await seedWorkshop(server.url, lyonDataset(), {
    WebSocket,
    until: 'collect',
    timeoutMs: 120_000,
  })
  const board = await watchBoard(seeded)
  if (BOARD_NOTES > 0) await board.grow(BOARD_NOTES)
  const results = { '3G': [], loopback: [], '3G, socket only': [] }
  for (let run = 1; run <= RUNS; run++) {
    for (const [label, throttle, withCopy] of [
      ['3G', THREE_G, true],
      ['loopback', null, true],
      ['3G, socket only', THREE_G, false],
    ]) {
      const r = await onePhone(seeded, board, throttle, label, run, withCopy)
      results[label].push(r)
      console.log(
        `run ${run} ${label.padEnd(15)} join screen ${ms(r.joinScreen)}, note box ${ms(r.noteBox)}, connected ${ms(r.connected)}, sendable ${ms(r.sendable)}, note on board ${ms(r.onBoard)} (${r.typedToBoard} ms after typing began), ${r.needed.length} JS/CSS files before sendable, ${kb(r.copyBytes)} copy + ${kb(r.socketBytes)} of websocket frames`,
      )
    }
  }
  board.close()

  // The files: the same in every run (checked), described once.
  const first = results['3G'][0]
  const files = await describeFiles(first)
  const sameEverywhere = Object.values(results)
    .flat()
    .every(
      (r) =>
        r.needed
          .map((a) => a.path)
          .sort()
          .join() ===
        first.needed
          .map((a) => a.path)
          .sort()
          .join(),
    )
  const total = (key) => files.reduce((sum, f) => sum + f[key], 0)
  const gzipServed = files.filter((f) => f.gzipServed).length
  console.log(
    `\nJS and CSS the phone downloaded before it could send a note (same set in every run: ${sameEverywhere ? 'yes' : 'NO'}):`,
  )
  console.log(
    `${'file'.padEnd(44)} ${'raw'.padStart(10)} ${'gzipped'.padStart(10)} ${'on the wire'.padStart(12)}  sent as`,
  )
  for (const f of files) {
    console.log(
      `${f.file.padEnd(44)} ${kb(f.raw).padStart(10)} ${kb(f.gz).padStart(10)} ${kb(f.wire).padStart(12)}  ${f.encoding ?? 'identity'}${f.boardOnly.length ? `  BOARD-ONLY: ${f.boardOnly.join(', ')}` : ''}`,
    )
  }
  console.log(
    `${`${files.length} files`.padEnd(44)} ${kb(total('raw')).padStart(10)} ${kb(total('gz')).padStart(10)} ${kb(total('wire')).padStart(12)}`,
  )
  const konva = files.filter((f) => /Konva/.test(readFileSync(join(dist, f.file), 'utf8')))
  const boardOnly = files.filter((f) => f.boardOnly.length)
  console.log(
    `Konva among them: ${konva.length ? konva.map((f) => f.file).join(', ') : 'no'}; other board-only code: ${boardOnly.length ? boardOnly.map((f) => f.file).join(', ') : 'none'}`,
  )
  const lateFiles = [...new Set(first.late.map((a) => a.path))]
  if (lateFiles.length) console.log(`JS/CSS fetched after sendable: ${lateFiles.join(', ')}`)
  const otherRequests = first.others
    .filter((r) => r.beforeSendable)
    .map((r) => `${r.path} (${r.type}, ${kb(r.wire ?? 0)})`)
  console.log(`Other requests before sendable: ${otherRequests.join(', ')}`)

  const gzWhat =
    gzipServed === files.length
      ? 'as the server sends them gzipped (its .gz files)'
      : gzipServed === 0
        ? 'gzip -9 of the bodies (the server sends them plain)'
        : `${gzipServed} of ${files.length} as the server sends them, the rest gzip -9`
  const encodings = [...new Set(files.map((f) => f.encoding ?? 'identity'))].join(', ')
  const rows = [
    [
      'JS+CSS gzipped before sendable',
      kb(total('gz')),
      kb(BUDGET_GZ),
      total('gz') / BUDGET_GZ,
      gzWhat,
    ],
    [
      'JS+CSS on the wire before sendable',
      kb(total('wire')),
      '',
      null,
      `as Chromium got them (${encodings}), headers included`,
    ],
    ['JS+CSS files before sendable', String(files.length), '', null, ''],
  ]
  for (const label of ['3G', 'loopback']) {
    const rs = results[label]
    const sendable = rs.map((r) => r.sendable)
    const join = rs.map((r) => r.joinScreen)
    const onBoard = rs.map((r) => r.onBoard)
    rows.push([
      `${label}: join screen p50 / max`,
      `${ms(p50(join))} / ${ms(max(join))}`,
      '',
      null,
      '',
    ])
    rows.push([
      `${label}: first note sendable p50 / max`,
      `${ms(p50(sendable))} / ${ms(max(sendable))}`,
      label === '3G' ? ms(BUDGET_SENDABLE_MS) : '',
      label === '3G' ? max(sendable) / BUDGET_SENDABLE_MS : null,
      label === '3G' ? 'ratio of the max' : '',
    ])
    rows.push([
      `${label}: first note on the board p50 / max`,
      `${ms(p50(onBoard))} / ${ms(max(onBoard))}`,
      '',
      null,
      'includes typing it',
    ])
  }
  const reference = results['3G, socket only']
  const bytes = (r) => r.copyBytes + r.socketBytes
  rows.push([
    '3G, socket only: sendable p50 / max',
    `${ms(p50(reference.map((r) => r.sendable)))} / ${ms(max(reference.map((r) => r.sendable)))}`,
    '',
    p50(results['3G'].map((r) => r.sendable)) / p50(reference.map((r) => r.sendable)),
    'the board over the socket; ratio: 3G with the copy / this',
  ])
  rows.push([
    'board and own room to join, 3G, p50',
    kb(p50(results['3G'].map(bytes))),
    '',
    p50(results['3G'].map(bytes)) / p50(reference.map(bytes)),
    `the copy and the frames; ratio against the socket only: ${kb(p50(reference.map(bytes)))}`,
  ])
  console.log(
    `\nPhone (scenario 6), ${RUNS} runs, 3G = 400 kbit/s down and up, 400 ms latency, the Lyon board${BOARD_NOTES ? ` and ${BOARD_NOTES} more notes` : ''}:`,
  )
  console.log(
    `${'measure'.padEnd(40)} ${'figure'.padStart(17)} ${'target'.padStart(10)} ${'ratio'.padStart(6)}`,
  )
  for (const [name, figure, target, ratio, note] of rows) {
    console.log(
      `${name.padEnd(40)} ${figure.padStart(17)} ${target.padStart(10)} ${(ratio === null ? '' : ratio.toFixed(2)).padStart(6)}  ${note}`,
    )
  }
} finally {
  await browser.close()
  await server.close()
  rmSync(dataDir, { recursive: true, force: true })
}
process.exit(0)
