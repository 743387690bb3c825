#!/usr/bin/env node
// Presence at rest: what a phone page and the projector send while nobody
// does anything, and how often their sockets reopen.
//
//   pnpm -r build && pnpm --filter @atelier/web bench:presence      (REST_SECONDS=70)
//
// Starts the built server (apps/server/dist/main.js, SERVER_MAIN for another
// build) on 127.0.0.1 with a fresh data folder, creates a congress workshop,
// opens its phone page (390x844, joined) and its projector (1920x1080) in
// /usr/bin/chromium (CHROMIUM_PATH), then watches for REST_SECONDS: the
// awareness frames (y-websocket message type 1) each page sends, by room,
// and how many times each room's socket was opened. Figures, not
// assertions (the phone's zero is asserted in e2e/phone.e2e.test.ts).
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { launchChromium } from '../e2e/chromium.mjs'

const root = fileURLToPath(new URL('../../..', import.meta.url))
const main = process.env.SERVER_MAIN ?? join(root, 'apps/server/dist/main.js')
const seconds = Number(process.env.REST_SECONDS ?? 70)
const dataDir = mkdtempSync(join(tmpdir(), 'atelier-presence-'))
const port = 18_000 + Math.floor(Math.random() * 1000)
const url = `http://127.0.0.1:${port}`
const server = spawn(process.execPath, [main], {
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
})
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break
    } catch {}
    if (i > 100) throw new Error('the server did not start')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const workshop = await (
    await fetch(`${url}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Présence au repos', template: 'congress' }),
    })
  ).json()
  const browser = await launchChromium()
  const sent = {}
  const opened = {}
  const watch = (page, who) =>
    page.on('websocket', (socket) => {
      const room = new URL(socket.url()).pathname.replace(`/sync/${workshop.id}`, 'board')
      const key = `${who} ${room.replace(/:[a-z0-9]{8,}$/, ':own')}`
      opened[key] = (opened[key] ?? 0) + 1
      socket.on('framesent', ({ payload }) => {
        if (typeof payload !== 'string' && payload[0] === 1) sent[key] = (sent[key] ?? 0) + 1
      })
    })
  const phone = await (
    await browser.newContext({ viewport: { width: 390, height: 844 } })
  ).newPage()
  watch(phone, 'phone')
  await phone.goto(`${url}/j/${workshop.code}`)
  await phone.getByRole('button', { name: 'Entrer' }).click()
  const screen = await (
    await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  ).newPage()
  watch(screen, 'projector')
  await screen.goto(workshop.screenUrl)
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000))
  await browser.close()
  console.log(`Presence at rest, ${seconds} s (${main})\n`)
  console.log('| page and room | presence frames sent | socket opened |')
  console.log('| --- | --- | --- |')
  for (const key of Object.keys(opened).sort())
    console.log(`| ${key} | ${sent[key] ?? 0} | ${opened[key]} |`)
} finally {
  server.kill()
  rmSync(dataDir, { recursive: true, force: true })
}
