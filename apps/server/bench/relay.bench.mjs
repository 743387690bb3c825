#!/usr/bin/env node
// Relay and join-storm benchmark: Atelier's server against the stock
// y-websocket server, side by side on loopback, same clients, same load.
//
//   pnpm --filter @atelier/server bench        (builds nothing: run `pnpm -r build` first)
//
// Prints, for each server, the server process's CPU time (Linux /proc) per
// delivered update and for a join storm, and the ratio Atelier / stock.
// Atelier validates every update against the connection's role and appends
// it to SQLite before relaying; the stock server does neither.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as decoding from 'lib0/decoding'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

const WRITERS = Number(process.env.BENCH_WRITERS ?? 4)
const READERS = Number(process.env.BENCH_READERS ?? 16)
const UPDATES = Number(process.env.BENCH_UPDATES ?? 600)
const JOINERS = Number(process.env.BENCH_JOINERS ?? 100)
const NOTES = Number(process.env.BENCH_NOTES ?? 400)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5)
process.setMaxListeners(0)

const here = (path) => fileURLToPath(new URL(path, import.meta.url))
const CLK_TCK = 100 // Linux USER_HZ

/** User + system CPU milliseconds of a process, from /proc. */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK
}

function startChild(args, env, ready) {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (chunk) => {
      out += chunk
      const port = ready(out)
      if (port) resolve({ child, port })
    })
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)))
  })
}

async function atelier() {
  const dataDir = mkdtempSync(join(tmpdir(), 'atelier-bench-'))
  const { child, port } = await startChild(
    [
      ...(process.env.BENCH_PROFILE
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
        : []),
      here('../dist/main.js'),
    ],
    { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir },
    (out) => out.match(/localhost:(\d+)\//)?.[1],
  )
  const base = `http://127.0.0.1:${port}`
  const post = (path, body, bearer) =>
    fetch(base + path, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      },
      body: JSON.stringify(body),
    }).then((r) => r.json())
  return {
    name: 'atelier',
    pid: child.pid,
    async room() {
      const workshop = await post('/api/workshops', { title: 'Bench', template: 'blank' })
      const writer = (
        await post(
          `/api/workshops/${workshop.id}/tokens`,
          { role: 'facilitator' },
          workshop.facilitatorKey,
        )
      ).token
      // Screen tokens: one participant token holds at most 8 sockets
      // (maxConnectionsPerParticipant), and the readers here are 16 and the joiners 100.
      const reader = (
        await post(
          `/api/workshops/${workshop.id}/tokens`,
          { role: 'screen' },
          workshop.facilitatorKey,
        )
      ).token
      return {
        writer: (doc) =>
          provider(`ws://127.0.0.1:${port}/sync`, workshop.id, doc, { token: writer }),
        reader: (doc) =>
          provider(`ws://127.0.0.1:${port}/sync`, workshop.id, doc, { token: reader }),
        readerUrl: `ws://127.0.0.1:${port}/sync/${workshop.id}?token=${reader}`,
      }
    },
    stop() {
      child.kill('SIGINT')
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

async function stock() {
  const { child, port } = await startChild(
    [here('./stock-server.mjs')],
    {},
    (out) => out.match(/listening (\d+)/)?.[1],
  )
  let rooms = 0
  return {
    name: 'stock',
    pid: child.pid,
    async room() {
      const name = `bench-${rooms++}`
      return {
        writer: (doc) => provider(`ws://127.0.0.1:${port}`, name, doc, {}),
        reader: (doc) => provider(`ws://127.0.0.1:${port}`, name, doc, {}),
        readerUrl: `ws://127.0.0.1:${port}/${name}`,
      }
    },
    stop() {
      child.kill()
    },
  }
}

function provider(url, room, doc, params) {
  const p = new WebsocketProvider(url, room, doc, {
    params,
    WebSocketPolyfill: WebSocket,
    disableBc: true,
  })
  p.synced_ = new Promise((resolve) => p.once('sync', () => resolve()))
  return p
}

const until = async (predicate, what, timeoutMs = 60_000) => {
  const start = Date.now()
  while (!predicate()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out: ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

/** Writers move notes (small map updates); every reader must receive every update. */
async function relay(server) {
  const room = await server.room()
  const writers = Array.from({ length: WRITERS }, () => room.writer(new Y.Doc()))
  const readers = Array.from({ length: READERS }, () => room.reader(new Y.Doc()))
  await Promise.all([...writers, ...readers].map((p) => p.synced_))
  const total = WRITERS * UPDATES
  const before = cpuMs(server.pid)
  const started = performance.now()
  for (let i = 0; i < UPDATES; i++) {
    for (const [k, w] of writers.entries())
      w.doc.getMap('positions').set(`n${k}-${i % 40}`, { x: i, y: k })
    if (i % 20 === 0) await new Promise((resolve) => setImmediate(resolve))
  }
  // Every reader has every writer's last value (keys sorted: map order differs between replicas).
  const sorted = (doc) =>
    JSON.stringify(
      Object.entries(doc.getMap('positions').toJSON()).sort(([x], [y]) => (x < y ? -1 : 1)),
    )
  const everyone = [...writers, ...readers]
  await until(() => {
    const expected = sorted(writers[0].doc)
    return (
      writers[0].doc.getMap('positions').size === WRITERS * 40 &&
      everyone.every((p) => sorted(p.doc) === expected)
    )
  }, 'relay')
  const wall = performance.now() - started
  const cpu = cpuMs(server.pid) - before
  for (const p of [...writers, ...readers]) p.destroy()
  const deliveries = total * (WRITERS - 1 + READERS)
  return { cpu, wall, deliveries, usPerDelivery: (cpu * 1000) / deliveries }
}

/** A whole room scans the QR code at once and must receive a board of NOTES notes. */
async function joinStorm(server) {
  const room = await server.room()
  const author = room.writer(new Y.Doc())
  await author.synced_
  const notes = author.doc.getMap('notes')
  author.doc.transact(() => {
    for (let i = 0; i < NOTES; i++) {
      notes.set(
        `note${i}`,
        new Y.Map([
          ['text', `Idée numéro ${i} : mutualiser les moyens entre coopératives du territoire`],
          ['dimension', 'idees'],
          ['author', `p${i % 40}`],
          ['createdAt', i],
        ]),
      )
    }
  })
  const check = room.reader(new Y.Doc())
  await check.synced_
  await until(() => check.doc.getMap('notes').size === NOTES, 'board stored')
  check.destroy()
  // Joiners are bare websockets that send "I have nothing" and wait for the
  // board, so the figure is the server's, not the cost of 100 Yjs clients
  // decoding the board in this one process.
  const before = cpuMs(server.pid)
  const started = performance.now()
  const boards = await Promise.all(Array.from({ length: JOINERS }, () => joinOnce(room.readerUrl)))
  const wall = performance.now() - started
  const cpu = cpuMs(server.pid) - before
  author.destroy()
  const first = new Y.Doc()
  Y.applyUpdate(first, boards[0])
  if (first.getMap('notes').size !== NOTES) throw new Error('a joiner got an incomplete board')
  return { cpu, wall }
}

/** Opens a websocket, sends sync step 1 with an empty state vector, resolves with the step-2 update. */
function joinOnce(url) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url)
    ws.binaryType = 'nodebuffer'
    ws.on('open', () => ws.send(Uint8Array.from([0, 0, 1, 0])))
    ws.on('message', (data) => {
      const frame = new Uint8Array(data)
      if (frame[0] !== 0 || frame[1] !== 1) return
      const decoder = decoding.createDecoder(frame)
      decoding.readVarUint(decoder)
      decoding.readVarUint(decoder)
      resolve(decoding.readVarUint8Array(decoder))
      ws.close()
    })
    ws.on('error', reject)
  })
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

// Rounds alternate between the servers so background load on the machine
// falls on both alike; medians are reported.
const servers = [await stock(), await atelier()]
const runs = Object.fromEntries(servers.map((server) => [server.name, { relays: [], storms: [] }]))
try {
  for (const server of servers) await relay(server) // warm-up: JIT, first room
  for (let round = 0; round < ROUNDS; round++) {
    for (const server of servers) {
      runs[server.name].relays.push(await relay(server))
      runs[server.name].storms.push(await joinStorm(server))
    }
  }
} finally {
  for (const server of servers) server.stop()
}
const results = Object.fromEntries(
  Object.entries(runs).map(([name, { relays, storms }]) => [
    name,
    {
      usPerDelivery: median(relays.map((r) => r.usPerDelivery)),
      relayWall: median(relays.map((r) => r.wall)),
      deliveries: relays[0].deliveries,
      stormCpu: median(storms.map((s) => s.cpu)),
      stormWall: median(storms.map((s) => s.wall)),
    },
  ]),
)

const { atelier: a, stock: s } = results
const fmt = (n, digits = 1) => n.toFixed(digits)
console.log(
  `relay: ${WRITERS} writers x ${UPDATES} updates to ${WRITERS - 1 + READERS} receivers (${a.deliveries} deliveries), median of ${ROUNDS}`,
)
console.log(
  `  stock   ${fmt(s.usPerDelivery, 2)} us CPU per delivered update, ${fmt(s.relayWall, 0)} ms wall`,
)
console.log(
  `  atelier ${fmt(a.usPerDelivery, 2)} us CPU per delivered update, ${fmt(a.relayWall, 0)} ms wall (validates + stores every update)`,
)
console.log(`  ratio atelier/stock CPU per delivery: ${fmt(a.usPerDelivery / s.usPerDelivery, 2)}`)
console.log(
  `join storm: ${JOINERS} clients join a board of ${NOTES} notes at once (time until every one has the board), median of ${ROUNDS}`,
)
console.log(
  `  stock   ${fmt(s.stormWall, 0)} ms until all synced, ${fmt(s.stormCpu, 0)} ms server CPU`,
)
console.log(
  `  atelier ${fmt(a.stormWall, 0)} ms until all synced, ${fmt(a.stormCpu, 0)} ms server CPU`,
)
console.log(
  `  ratio atelier/stock: wall ${fmt(a.stormWall / s.stormWall, 2)}, CPU ${fmt(a.stormCpu / s.stormCpu, 2)}`,
)
process.exit(0)
