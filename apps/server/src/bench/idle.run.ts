import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, test } from 'vitest'
import { spawnServer } from '../test-support/child-server.js'
import { processCpuMs } from './process-cpu.js'

// `pnpm --filter @atelier/server bench:idle` (after a build): what a server
// spends with nothing to do, on SQLite, no client. Beside it, in the same
// run, the same build scraped every 5 s (its event-loop monitor, which
// starts at the first scrape, on) and a bare Node process with one timer
// (the floor). Figures, not assertions; about 45 s.

const SETTLE_MS = 10_000 // start-up's collections and the memory reducer's rounds are over
const WATCH_MS = Number(process.env.BENCH_IDLE_SECONDS ?? 30) * 1000
const SCRAPE_MS = 5000

const dataDir = mkdtempSync(join(tmpdir(), 'atelier-bench-idle-'))
const children: ChildProcess[] = []
afterAll(() => {
  for (const child of children) child.kill('SIGKILL')
  rmSync(dataDir, { recursive: true, force: true })
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

test('a server at rest', async () => {
  const quiet = await spawnServer(join(dataDir, 'quiet'))
  const scraped = await spawnServer(join(dataDir, 'scraped'))
  const bare = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' })
  children.push(quiet.child, scraped.child, bare)
  const scrape = () => fetch(`${scraped.url}/metrics`).then((response) => response.text())
  await scrape()
  const scraping = setInterval(() => void scrape(), SCRAPE_MS)
  try {
    await sleep(SETTLE_MS)
    const watched = [quiet.child, scraped.child, bare]
    const before = watched.map((child) => processCpuMs(child.pid!))
    await sleep(WATCH_MS)
    const perSecond = watched.map(
      (child, i) => (processCpuMs(child.pid!) - before[i]!) / (WATCH_MS / 1000),
    )
    const [server, scrapedServer, floor] = perSecond as [number, number, number]
    // The reference: the same build with its event-loop monitor on, as every server was before it waited for a scrape.
    const ratio = (value: number) =>
      scrapedServer > 0 ? `${(value / scrapedServer).toFixed(2)}×` : '–'
    console.log(
      [
        `### A server at rest: CPU over ${WATCH_MS / 1000} s, ${SETTLE_MS / 1000} s after start`,
        '',
        '| process | CPU (ms a second) | against the scraped server |',
        '| --- | --- | --- |',
        `| the server, no client, not scraped | ${server.toFixed(1)} | ${ratio(server)} |`,
        `| the same, /metrics scraped every ${SCRAPE_MS / 1000} s | ${scrapedServer.toFixed(1)} | 1× |`,
        `| bare Node, one timer a second (the floor) | ${floor.toFixed(1)} | ${ratio(floor)} |`,
        '',
        'CPU from /proc in 10 ms ticks (±0.3 ms a second over 30 s).',
      ].join('\n'),
    )
  } finally {
    clearInterval(scraping)
  }
})
