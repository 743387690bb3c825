#!/usr/bin/env node
// Two attacks of issue 9 against the built server (`pnpm --filter
// @atelier/server build` first):
//
//   node bench/client-ids.attack.mjs            one ~3 MB update naming 400,000 client ids
//   ATTACK=gaps node bench/client-ids.attack.mjs 24 updates of 2 MB with clock gaps, then a note
//
// A phone sends them to its own document. Prints what the server answered,
// its resident memory before and after, the bytes stored for the room, and,
// after a kill -9 and restart, how long the room takes to answer a new client.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import WebSocket from 'ws'

const COUNT = Number(process.env.ATTACK_CLIENTS ?? 400_000)
const GAPS = process.env.ATTACK === 'gaps'
const main = fileURLToPath(new URL('../dist/main.js', import.meta.url))
const dataDir = mkdtempSync(join(tmpdir(), 'atelier-attack-'))

function start() {
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'ignore'],
  })
  return new Promise((resolve) => {
    let out = ''
    child.stdout.on('data', (chunk) => {
      out += chunk
      const port = out.match(/localhost:(\d+)\//)?.[1]
      if (port) resolve({ child, url: `http://127.0.0.1:${port}` })
    })
  })
}

const rss = async (url) =>
  Number((await (await fetch(`${url}/metrics`)).text()).match(/^atelier_rss_bytes (\d+)$/m)[1])

function attackUpdate() {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, COUNT)
  for (let i = 0; i < COUNT; i++) {
    encoding.writeVarUint(e, 1)
    encoding.writeVarUint(e, 1_000_000 + i)
    encoding.writeVarUint(e, 0)
    encoding.writeUint8(e, 0)
    encoding.writeVarUint(e, 1)
  }
  encoding.writeVarUint(e, 0)
  const update = encoding.toUint8Array(e)
  const frame = encoding.createEncoder()
  encoding.writeVarUint(frame, 0)
  encoding.writeVarUint(frame, 2)
  encoding.writeVarUint8Array(frame, update)
  return encoding.toUint8Array(frame)
}

/** One 2 MB string item of client 77 starting at `clock` (> 0: a gap), as a sync update frame. */
function gapFrame(clock, bytes = 2_000_000) {
  const e = encoding.createEncoder()
  for (const n of [1, 1, 77, clock]) encoding.writeVarUint(e, n)
  encoding.writeUint8(e, 4 | 32)
  encoding.writeVarUint(e, 1)
  encoding.writeVarString(e, 'junk')
  encoding.writeVarString(e, `k${clock}`)
  encoding.writeVarString(e, 'x'.repeat(bytes))
  encoding.writeVarUint(e, 0)
  return syncUpdate(encoding.toUint8Array(e))
}

function syncUpdate(update) {
  const frame = encoding.createEncoder()
  encoding.writeVarUint(frame, 0)
  encoding.writeVarUint(frame, 2)
  encoding.writeVarUint8Array(frame, update)
  return encoding.toUint8Array(frame)
}

/** A small honest note of a fresh client: what makes today's relay write the pending blob. */
function smallNote() {
  const e = encoding.createEncoder()
  for (const n of [1, 1, 4242, 0]) encoding.writeVarUint(e, n)
  encoding.writeUint8(e, 4 | 32)
  encoding.writeVarUint(e, 1)
  encoding.writeVarString(e, 'probe')
  encoding.writeVarString(e, 'k')
  encoding.writeVarString(e, 'ok')
  encoding.writeVarUint(e, 0)
  return syncUpdate(encoding.toUint8Array(e))
}

function open(url, room, token) {
  const ws = new WebSocket(`${url.replace('http', 'ws')}/sync/${room}?token=${token}`)
  const frames = []
  ws.on('message', (data) => frames.push(new Uint8Array(data)))
  return new Promise((resolve) => ws.once('open', () => resolve({ ws, frames })))
}

const denied = (frames) =>
  frames.flatMap((f) => {
    const d = decoding.createDecoder(f)
    return decoding.readVarUint(d) === 2 && decoding.readVarUint(d) === 0
      ? [decoding.readVarString(d)]
      : []
  })

let { child, url } = await start()
const post = (path, body) =>
  fetch(url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).then((r) => r.json())
const workshop = await post('/api/workshops', { title: 'Attaque' })
const phone = await post('/api/join', { code: workshop.code })
const room = `${workshop.id}:${phone.participantId}`
const socket = await open(url, room, phone.token)
await new Promise((r) => setTimeout(r, 300))
const before = await rss(url)
const frames = GAPS ? Array.from({ length: 24 }, (_, i) => gapFrame(10 + i)) : [attackUpdate()]
if (GAPS) frames.push(smallNote())
const sent = performance.now()
for (const frame of frames) socket.ws.send(frame)
// A query-awareness after it: its answer comes once the update was handled.
socket.ws.send(new Uint8Array([3]))
while (!socket.frames.some((f) => f[0] === 1)) await new Promise((r) => setTimeout(r, 5))
const handled = performance.now() - sent
const after = await rss(url)
const bytes = frames.reduce((sum, f) => sum + f.length, 0)
console.log(
  GAPS
    ? `24 updates of 2 MB with clock gaps, then a ${frames.at(-1).length}-byte note (${(bytes / 1e6).toFixed(1)} MB)`
    : `update: ${(bytes / 1e6).toFixed(2)} MB, ${COUNT} client ids`,
)
const answers = denied(socket.frames)
console.log(
  `  answer: ${answers.length === 0 ? '(accepted)' : `${answers.length} refusals, first: ${answers[0]}`}`,
)
console.log(
  `  handled in ${handled.toFixed(0)} ms; server RSS ${(before / 1e6).toFixed(0)} MB -> ${(after / 1e6).toFixed(0)} MB (+${((after - before) / 1e6).toFixed(0)} MB)`,
)

await new Promise((r) => setTimeout(r, 300))
socket.ws.terminate()
const { default: Database } = await import('better-sqlite3')
const db = new Database(join(dataDir, 'atelier.sqlite'), { readonly: true })
const storedRow = db
  .prepare('SELECT SUM(LENGTH(data)) AS n FROM room_updates WHERE room = ?')
  .get(room)
db.close()
console.log(`  stored for the room: ${((storedRow.n ?? 0) / 1e6).toFixed(2)} MB in the log`)
child.kill('SIGKILL')
await new Promise((r) => child.once('exit', r))
;({ child, url } = await start())
const t0 = performance.now()
const again = await open(url, room, phone.token)
again.ws.send(new Uint8Array([0, 0, 1, 0])) // sync step 1, empty state vector
while (!again.frames.some((f) => f[0] === 0 && f[1] === 1))
  await new Promise((r) => setTimeout(r, 5))
const reload = performance.now() - t0
console.log(
  `  after kill -9: the room answered a new client in ${reload.toFixed(0)} ms, server RSS ${((await rss(url)) / 1e6).toFixed(0)} MB`,
)
again.ws.terminate()
child.kill('SIGKILL')
await new Promise((r) => child.once('exit', r))
rmSync(dataDir, { recursive: true, force: true })
