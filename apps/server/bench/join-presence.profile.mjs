#!/usr/bin/env node
// Join storm, presence and idle-room heap: Atelier's built server against the
// stock @y/websocket-server, side by side on loopback, rounds alternated.
//
//   pnpm --filter "@atelier/server..." build
//   pnpm --filter @atelier/server bench:join   (node --expose-gc bench/join-presence.profile.mjs)
//
// Servers run pinned to core 0 (taskset), this load generator to core 1.
// Atelier runs as deployed: SQLite in a fresh data directory, behind a
// trusted proxy (TRUSTED_PROXIES=127.0.0.1) so each phone joins from an
// address of its own (X-Forwarded-For). Clients are raw websockets speaking
// the y-websocket protocol as a stock provider does (sync step 1, awareness,
// the awareness echo), so the figures are the server's, not the cost of
// hundreds of Yjs documents in this process.
//
// Prints: join storm (BENCH_NOTES-note board, BENCH_JOINERS phones connect at
// once, time until each has the whole board: p50/p99/max, server CPU per
// joiner); presence (BENCH_PRESENCE clients with heartbeats, BENCH_CURSORS of
// them moving a cursor at 30 Hz: server CPU, cursor delivery p99 to the
// cursor holders, bytes per phone); heap after gc of idle rooms with 30
// connections. Variables: BENCH_NOTES (8000), BENCH_JOINERS (300),
// BENCH_ROUNDS (3), BENCH_PRESENCE (300), BENCH_CURSORS (20),
// BENCH_PRESENCE_SECONDS (10), BENCH_ROOMS (10), BENCH_ONLY (storm,presence,heap).
import { execFileSync, fork } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { addFacilitatorNote, BOARD_MAPS } from '@atelier/board-model'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import WebSocket from 'ws'
import * as Y from 'yjs'

const NOTES = Number(process.env.BENCH_NOTES ?? 8000)
const JOINERS = Number(process.env.BENCH_JOINERS ?? 300)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const PRESENCE = Number(process.env.BENCH_PRESENCE ?? 300)
const CURSORS = Number(process.env.BENCH_CURSORS ?? 20)
const PRESENCE_SECONDS = Number(process.env.BENCH_PRESENCE_SECONDS ?? 10)
const ROOMS = Number(process.env.BENCH_ROOMS ?? 10)
const ONLY = (process.env.BENCH_ONLY ?? 'storm,presence,heap').split(',')
const PER_ROOM = 30
process.setMaxListeners(0)

const here = (path) => fileURLToPath(new URL(path, import.meta.url))
const CLK_TCK = 100 // Linux USER_HZ
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

function pin(pid, core) {
  try {
    execFileSync('taskset', ['-cp', String(core), String(pid)], { stdio: 'ignore' })
  } catch {
    // No taskset: unpinned, the figures say so through the load average.
  }
}
pin(process.pid, 1)

/** User + system CPU milliseconds of a process, from /proc. */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK
}

/** A server in a child process with an IPC channel to read its heap (heap-probe.mjs). */
async function startChild(name, script, env, ready) {
  const child = fork(script, [], {
    env: { ...process.env, ...env },
    execArgv: ['--expose-gc', '--import', here('./heap-probe.mjs')],
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  })
  pin(child.pid, 0)
  const port = await new Promise((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (chunk) => {
      out += chunk
      const found = ready(out)
      if (found) resolve(Number(found))
    })
    child.once('exit', (code) => reject(new Error(`${name} exited ${code}: ${out}`)))
  })
  return {
    name,
    pid: child.pid,
    port,
    heap: () =>
      new Promise((resolve) => {
        // The V8 heap plus ArrayBuffers: a cached frame is a Uint8Array, off the heap.
        child.once('message', (m) => resolve(m.heapUsed + m.arrayBuffers))
        child.send('heap')
      }),
    stop: () => child.kill('SIGKILL'),
  }
}

async function post(base, path, body, { bearer, from } = {}) {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(base + path, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
        ...(from ? { 'x-forwarded-for': from } : {}),
      },
      body: JSON.stringify(body),
    })
    if (response.status === 429 && attempt < 120) {
      await sleep(Number(response.headers.get('retry-after') ?? 1) * 1000)
      continue
    }
    const text = await response.text()
    if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${text}`)
    return JSON.parse(text)
  }
}

let phonesJoined = 0
const phoneAddress = (i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`

async function atelier() {
  const dataDir = mkdtempSync(join(tmpdir(), 'atelier-bench-'))
  const server = await startChild(
    'atelier',
    here('../dist/main.js'),
    {
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      TRUSTED_PROXIES: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    (out) => out.match(/localhost:(\d+)\//)?.[1],
  )
  const http = `http://127.0.0.1:${server.port}`
  return {
    ...server,
    /** A workshop: the board's URL for a token, and tokens to hand out. */
    async room() {
      const workshop = await post(http, '/api/workshops', { title: 'Banc', template: 'blank' })
      const token = async (role) =>
        (
          await post(
            http,
            `/api/workshops/${workshop.id}/tokens`,
            { role },
            { bearer: workshop.facilitatorKey },
          )
        ).token
      const facilitator = await token('facilitator')
      const screen = await token('screen')
      const url = (t) => `ws://127.0.0.1:${server.port}/sync/${workshop.id}?token=${t}`
      return {
        facilitatorUrl: url(facilitator),
        screenUrl: url(screen),
        async phoneUrls(count) {
          const urls = []
          for (let start = 0; start < count; start += 20) {
            const batch = await Promise.all(
              Array.from({ length: Math.min(20, count - start) }, () =>
                post(
                  http,
                  '/api/join',
                  { code: workshop.code },
                  { from: phoneAddress(++phonesJoined) },
                ),
              ),
            )
            urls.push(...batch.map((phone) => url(phone.token)))
          }
          return urls
        },
      }
    },
    stop() {
      server.stop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

async function stock() {
  const server = await startChild(
    'stock',
    here('./stock-server.mjs'),
    {},
    (out) => out.match(/listening (\d+)/)?.[1],
  )
  let rooms = 0
  return {
    ...server,
    async room() {
      const url = `ws://127.0.0.1:${server.port}/bench-${rooms++}`
      return {
        facilitatorUrl: url,
        screenUrl: url,
        phoneUrls: async (count) => Array.from({ length: count }, () => url),
      }
    },
  }
}

// --- the y-websocket protocol, by hand --------------------------------------

const STEP1_EMPTY = Uint8Array.from([0, 0, 1, 0])

function frameOf(write) {
  const encoder = encoding.createEncoder()
  write(encoder)
  return encoding.toUint8Array(encoder)
}

const updateFrame = (update) =>
  frameOf((e) => {
    encoding.writeVarUint(e, 0)
    encoding.writeVarUint(e, 2)
    encoding.writeVarUint8Array(e, update)
  })

/** An awareness frame announcing `state` (JSON) for one client id at `clock`. */
const awarenessFrame = (clientId, clock, state) =>
  frameOf((e) => {
    encoding.writeVarUint(e, 1)
    encoding.writeVarUint8Array(
      e,
      frameOf((u) => {
        encoding.writeVarUint(u, 1)
        encoding.writeVarUint(u, clientId)
        encoding.writeVarUint(u, clock)
        encoding.writeVarString(u, JSON.stringify(state))
      }),
    )
  })

/** The entries of an awareness frame: [{ clientId, clock, json }]. */
function awarenessEntries(frame) {
  const decoder = decoding.createDecoder(frame)
  decoding.readVarUint(decoder)
  const update = decoding.createDecoder(decoding.readVarUint8Array(decoder))
  const entries = []
  for (let n = decoding.readVarUint(update); n > 0; n--)
    entries.push({
      clientId: decoding.readVarUint(update),
      clock: decoding.readVarUint(update),
      json: decoding.readVarString(update),
    })
  return entries
}

/** The step-2 payload of a frame, or null. */
function step2Of(frame) {
  if (frame[0] !== 0 || frame[1] !== 1) return null
  const decoder = decoding.createDecoder(frame)
  decoding.readVarUint(decoder)
  decoding.readVarUint(decoder)
  return decoding.readVarUint8Array(decoder)
}

/**
 * A raw client as the stock provider behaves: sends step 1 on open (and its
 * awareness state if it has one), echoes every awareness frame it receives,
 * renews its state every 15 s. Counts the bytes it receives.
 */
function rawClient(url, { state = null, onFrame = () => {} } = {}) {
  const ws = new WebSocket(url)
  ws.binaryType = 'nodebuffer'
  const client = { ws, bytes: 0, clientId: 1 + Math.floor(Math.random() * 0x7ffffffe), clock: 0 }
  let renewal = null
  client.opened = new Promise((resolve, reject) => {
    ws.on('open', () => {
      ws.send(STEP1_EMPTY)
      if (state) {
        ws.send(awarenessFrame(client.clientId, ++client.clock, state))
        renewal = setInterval(
          () => ws.send(awarenessFrame(client.clientId, ++client.clock, state)),
          15_000,
        )
      }
      resolve()
    })
    ws.on('error', reject)
  })
  ws.on('message', (data) => {
    client.bytes += data.length
    if (data[0] === 1 && state) ws.send(data) // the stock provider's echo
    onFrame(data)
  })
  client.close = () => {
    if (renewal) clearInterval(renewal)
    ws.terminate()
  }
  return client
}

const percentile = (sorted, p) =>
  sorted.length === 0
    ? Number.NaN
    : sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const fmt = (n, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '-')

// --- join storm ----------------------------------------------------------------

/** Writes NOTES notes on an Atelier board as the facilitator; returns the board's full state. */
async function seedAtelierBoard(room) {
  const doc = new Y.Doc()
  const writer = rawClient(room.facilitatorUrl, {
    onFrame: (frame) => {
      const update = step2Of(frame)
      if (update) Y.applyUpdate(doc, update)
    },
  })
  await writer.opened
  while (doc.getMap(BOARD_MAPS.dimensions).size === 0) await sleep(10)
  const dimension = [...doc.getMap(BOARD_MAPS.dimensions).keys()][0]
  doc.on('update', (update, origin) => {
    if (origin === 'bench') writer.ws.send(updateFrame(update))
  })
  for (let start = 0; start < NOTES; start += 500)
    doc.transact(() => {
      for (let i = start; i < Math.min(NOTES, start + 500); i++)
        addFacilitatorNote(doc, {
          text: `Idée numéro ${i} : mutualiser les moyens entre coopératives du territoire`,
          dimension,
        })
    }, 'bench')
  const full = await fullBoard(room.screenUrl)
  return { writer, doc, full }
}

/** The board a fresh joiner receives (waits until it holds NOTES notes). */
async function fullBoard(url) {
  for (;;) {
    const update = await new Promise((resolve, reject) => {
      const client = rawClient(url, {
        onFrame: (frame) => {
          const got = step2Of(frame)
          if (got) {
            client.close()
            resolve(got)
          }
        },
      })
      client.opened.catch(reject)
    })
    const doc = new Y.Doc()
    Y.applyUpdate(doc, update)
    if (doc.getMap(BOARD_MAPS.notes).size >= NOTES) return update
    await sleep(100)
  }
}

/** JOINERS phones connect at once; each is done when its step-2 answer (the whole board) arrived. */
async function storm(server, urls, expectedBytes) {
  const before = cpuMs(server.pid)
  const started = performance.now()
  const times = await Promise.all(
    urls.map(
      (url) =>
        new Promise((resolve, reject) => {
          const client = rawClient(url, {
            onFrame: (frame) => {
              const update = step2Of(frame)
              if (!update) return
              if (update.length < expectedBytes * 0.99)
                reject(new Error(`${server.name}: a joiner got ${update.length} bytes`))
              resolve(performance.now() - started)
              client.close()
            },
          })
          client.opened.catch(reject)
        }),
    ),
  )
  const cpu = cpuMs(server.pid) - before
  const sorted = times.sort((a, b) => a - b)
  return {
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    max: sorted.at(-1),
    cpuPerJoiner: cpu / urls.length,
  }
}

async function joinStorms(servers) {
  const setups = {}
  for (const server of servers) {
    const room = await server.room()
    if (server.name === 'atelier') {
      const seeded = await seedAtelierBoard(room)
      setups.board = seeded.full
      setups[server.name] = {
        room,
        writer: seeded.writer,
        doc: seeded.doc,
        urls: await room.phoneUrls(JOINERS),
      }
    }
  }
  for (const server of servers) {
    if (server.name === 'atelier') continue
    // The same board, written into the stock server's room by one client.
    const room = await server.room()
    const writer = rawClient(room.facilitatorUrl)
    await writer.opened
    writer.ws.send(updateFrame(setups.board))
    await fullBoard(room.screenUrl)
    setups[server.name] = { room, writer, urls: await room.phoneUrls(JOINERS) }
  }
  const results = Object.fromEntries(servers.map((s) => [s.name, []]))
  for (let round = 0; round < ROUNDS; round++) {
    for (const server of servers) {
      const setup = setups[server.name]
      // A new document version before each storm: nothing cached from the previous round.
      if (setup.doc) {
        setup.doc.transact(() => setup.doc.getMap('meta').set('title', `Banc ${round}`), 'bench')
        await sleep(200)
      }
      results[server.name].push(await storm(server, setup.urls, setups.board.length))
      await sleep(500)
    }
  }
  // What an idle room of this board keeps after its storm: right away, then
  // once step-1 answers have expired (10 s).
  const server = servers.find((s) => s.name === 'atelier')
  const afterStorm = await server.heap()
  await sleep(11_000)
  const idle = await server.heap()
  for (const server of servers) setups[server.name].writer.close()
  return { results, boardBytes: setups.board.length, heldKB: (afterStorm - idle) / 1024 }
}

// --- presence ------------------------------------------------------------------

/** PRESENCE clients with heartbeats; CURSORS of them (facilitators on Atelier) move a cursor at 30 Hz. */
async function presence(server) {
  const room = await server.room()
  const phoneUrls = await room.phoneUrls(PRESENCE - CURSORS)
  const latencies = []
  const cursorIds = new Set()
  const phones = phoneUrls.map((url) => rawClient(url, { state: {} }))
  const cursors = Array.from({ length: CURSORS }, () => {
    const client = rawClient(room.facilitatorUrl, {
      state: { user: { role: 'facilitator' } },
      onFrame: (frame) => {
        if (frame[0] !== 1) return
        const now = performance.now()
        for (const entry of awarenessEntries(frame)) {
          if (entry.clientId === client.clientId || !cursorIds.has(entry.clientId)) continue
          const sent = JSON.parse(entry.json)?.cursor?.t
          if (typeof sent === 'number' && measuring) latencies.push(now - sent)
        }
      },
    })
    cursorIds.add(client.clientId)
    return client
  })
  let measuring = false
  await Promise.all([...phones, ...cursors].map((c) => c.opened))
  await sleep(2000)
  const bytesBefore = phones.reduce((sum, p) => sum + p.bytes, 0)
  const before = cpuMs(server.pid)
  measuring = true
  let tick = 0
  const mover = setInterval(() => {
    tick++
    const t = performance.now()
    for (const [i, c] of cursors.entries())
      c.ws.send(
        awarenessFrame(c.clientId, ++c.clock, {
          user: { role: 'facilitator' },
          cursor: { x: (tick * 7 + i * 31) % 1000, y: (tick * 3) % 700, t },
        }),
      )
  }, 1000 / 30)
  await sleep(PRESENCE_SECONDS * 1000)
  clearInterval(mover)
  measuring = false
  await sleep(300)
  const cpu = cpuMs(server.pid) - before
  const phoneBytes = (phones.reduce((sum, p) => sum + p.bytes, 0) - bytesBefore) / phones.length
  for (const c of [...phones, ...cursors]) c.close()
  const sorted = latencies.sort((a, b) => a - b)
  return {
    cpuMs: cpu,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    delivered: sorted.length,
    expected: tick * CURSORS * (CURSORS - 1),
    phoneKB: phoneBytes / 1024,
  }
}

// --- heap of idle rooms ----------------------------------------------------------

/** ROOMS rooms, 1 then 30 idle connections each (a facilitator, a screen, phones): heap after gc. */
async function idleHeap(server) {
  const rooms = []
  for (let i = 0; i < ROOMS; i++) {
    const room = await server.room()
    rooms.push({ room, phones: await room.phoneUrls(PER_ROOM - 2) })
  }
  await sleep(1000)
  await server.heap()
  const empty = await server.heap()
  const clients = []
  const open = async (url, state) => {
    const client = rawClient(url, { state })
    clients.push(client)
    await client.opened
  }
  for (const { room } of rooms) await open(room.facilitatorUrl, { user: { role: 'facilitator' } })
  await sleep(1500)
  const one = await server.heap()
  for (const { room, phones } of rooms) {
    await open(room.screenUrl, { user: { role: 'screen' } })
    for (const url of phones) await open(url, null)
  }
  await sleep(2500)
  const thirty = await server.heap()
  for (const c of clients) c.close()
  return {
    roomWithOneKB: (one - empty) / ROOMS / 1024,
    perConnectionKB: (thirty - one) / (ROOMS * (PER_ROOM - 1)) / 1024,
    roomWithThirtyKB: (thirty - empty) / ROOMS / 1024,
  }
}

/** Heap a document of this state takes in this process (gc before and after). */
function documentHeapKB(state) {
  if (!globalThis.gc) return Number.NaN
  const docs = []
  globalThis.gc()
  const used = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers
  const before = used()
  for (let i = 0; i < 100; i++) {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, state)
    docs.push(doc)
  }
  globalThis.gc()
  const after = used()
  return (after - before) / docs.length / 1024
}

// --- run -------------------------------------------------------------------------

const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')
console.log(`load average at start: ${load()}`)
const servers = [await stock(), await atelier()]
try {
  if (ONLY.includes('storm')) {
    const { results, boardBytes, heldKB } = await joinStorms(servers)
    console.log(
      `\njoin storm: a ${NOTES}-note board (${fmt(boardBytes / 1024)} KB), ${JOINERS} phones connect at once; time until each has the board; median of ${ROUNDS} rounds`,
    )
    const row = (name) => {
      const r = results[name]
      return {
        p50: median(r.map((x) => x.p50)),
        p99: median(r.map((x) => x.p99)),
        max: median(r.map((x) => x.max)),
        cpu: median(r.map((x) => x.cpuPerJoiner)),
      }
    }
    const s = row('stock')
    const a = row('atelier')
    for (const [name, r] of [
      ['stock', s],
      ['atelier', a],
    ])
      console.log(
        `  ${name.padEnd(8)} p50 ${fmt(r.p50)} ms  p99 ${fmt(r.p99)} ms  max ${fmt(r.max)} ms  server CPU ${fmt(r.cpu, 2)} ms/joiner   (rounds p99: ${results[name].map((x) => fmt(x.p99)).join(', ')})`,
      )
    console.log(
      `  ratio atelier/stock: p50 ${fmt(a.p50 / s.p50, 2)}  p99 ${fmt(a.p99 / s.p99, 2)}  max ${fmt(a.max / s.max, 2)}  CPU ${fmt(a.cpu / s.cpu, 2)}`,
    )
    console.log(
      `  atelier heap released by the idle board room 11 s after the storm: ${fmt(heldKB)} KB (step-1 answers expire after 10 s)`,
    )
  }
  if (ONLY.includes('presence')) {
    const results = {}
    for (const server of servers) results[server.name] = await presence(server)
    console.log(
      `\npresence: ${PRESENCE} clients with heartbeats (stock echo), ${CURSORS} cursors at 30 Hz for ${PRESENCE_SECONDS} s (Atelier: cursors are facilitators)`,
    )
    for (const [name, r] of Object.entries(results))
      console.log(
        `  ${name.padEnd(8)} server CPU ${fmt(r.cpuMs)} ms (${fmt((r.cpuMs / (PRESENCE_SECONDS * 1000)) * 100)}% of a core)  cursor delivery to cursor holders p50 ${fmt(r.p50, 1)} ms p99 ${fmt(r.p99, 1)} ms (${r.delivered}/${r.expected})  per phone ${fmt(r.phoneKB, 1)} KB`,
      )
    console.log(
      `  ratio atelier/stock: CPU ${fmt(results.atelier.cpuMs / results.stock.cpuMs, 2)}  p99 ${fmt(results.atelier.p99 / results.stock.p99, 2)}`,
    )
  }
  if (ONLY.includes('heap')) {
    const results = {}
    for (const server of servers) results[server.name] = await idleHeap(server)
    const blank = await fullBoardOfBlank(servers.find((s) => s.name === 'atelier'))
    const docKB = documentHeapKB(blank)
    console.log(
      `\nidle rooms: ${ROOMS} rooms, then 1 and ${PER_ROOM} idle connections each (1 facilitator, 1 screen, phones); heap + ArrayBuffers after gc`,
    )
    for (const [name, r] of Object.entries(results))
      console.log(
        `  ${name.padEnd(8)} room with 1 connection ${fmt(r.roomWithOneKB)} KB  per further connection ${fmt(r.perConnectionKB, 1)} KB  room with ${PER_ROOM} ${fmt(r.roomWithThirtyKB)} KB`,
      )
    console.log(
      `  atelier beyond its document (a blank board, ${fmt(docKB)} KB of heap as a Y.Doc): ${fmt(results.atelier.roomWithThirtyKB - docKB)} KB per room with ${PER_ROOM} connections`,
    )
  }
} finally {
  for (const server of servers) server.stop()
}
console.log(`\nload average at end: ${load()}`)
process.exit(0)

async function fullBoardOfBlank(server) {
  const room = await server.room()
  return new Promise((resolve) => {
    const client = rawClient(room.screenUrl, {
      onFrame: (frame) => {
        const update = step2Of(frame)
        if (update) {
          client.close()
          resolve(update)
        }
      },
    })
  })
}
