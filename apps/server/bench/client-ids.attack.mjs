#!/usr/bin/env node
// The 400,000-client-id attack of issue 9, against the built server
// (`pnpm --filter @atelier/server build` first):
//
//   node bench/client-ids.attack.mjs
//
// A phone sends ONE ~3 MB update naming 400,000 client ids (a GC struct
// each) to its own document. Prints whether it was refused, the server's
// resident memory before and after, and, after a kill -9 and restart, how
// long the room takes to answer a new client.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import WebSocket from 'ws'

const COUNT = Number(process.env.ATTACK_CLIENTS ?? 400_000)
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
const frame = attackUpdate()
const sent = performance.now()
socket.ws.send(frame)
// A query-awareness after it: its answer comes once the update was handled.
socket.ws.send(new Uint8Array([3]))
while (!socket.frames.some((f) => f[0] === 1)) await new Promise((r) => setTimeout(r, 5))
const handled = performance.now() - sent
const after = await rss(url)
console.log(`update: ${(frame.length / 1e6).toFixed(2)} MB, ${COUNT} client ids`)
console.log(`  answer: ${denied(socket.frames).join('; ') || '(accepted)'}`)
console.log(
  `  handled in ${handled.toFixed(0)} ms; server RSS ${(before / 1e6).toFixed(0)} MB -> ${(after / 1e6).toFixed(0)} MB (+${((after - before) / 1e6).toFixed(0)} MB)`,
)

socket.ws.terminate()
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
