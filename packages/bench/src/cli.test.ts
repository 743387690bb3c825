import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { expect, test } from 'vitest'

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url))

/** The cells of the markdown row whose first cell starts with `metric`. */
function row(table: string, metric: string): string[] {
  const line = table.split('\n').find((l) => l.startsWith(`| ${metric}`))
  if (!line) throw new Error(`no row "${metric}" in:\n${table}`)
  return line
    .split('|')
    .slice(1, -1)
    .map((cell) => cell.trim())
}

// `pnpm bench` must keep working from a clean clone: the real CLI, real
// servers (Atelier built, SQLite; the raw forwarder), a load small enough
// for CI. What is asserted is what a figure is worth nothing without: every
// note reached every client, and the CPU and ratio columns hold numbers.
test('pnpm bench fan-out runs against Atelier at both relay settings and the raw forwarder, and loses nothing', async () => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [CLI, 'fan-out', '--targets', 'atelier,raw'],
    {
      env: {
        ...process.env,
        BENCH_FANOUT_CLIENTS: '20',
        BENCH_FANOUT_WRITERS: '10',
        BENCH_FANOUT_RATE: '20',
        BENCH_FANOUT_SECONDS: '2',
      },
      timeout: 110_000,
    },
  )
  expect(row(stdout, 'metric')).toEqual([
    'metric',
    'atelier',
    'atelier-instant',
    'raw',
    'atelier / raw',
    'atelier-instant / raw',
    'goal',
  ])
  expect(row(stdout, 'lost').slice(1, 4)).toEqual(['0', '0', '0'])
  const cpu = row(stdout, 'server CPU per delivered note')
  for (const figure of cpu.slice(1, 4)) expect(Number(figure)).toBeGreaterThan(0)
  for (const ratio of cpu.slice(4, 6)) expect(ratio).toMatch(/^\d+(\.\d+)?×$/)
})

// The drag's one promise is a number that must hold anywhere: a phone gets
// no layout bytes, while a second canvas does get the drag (else 0 proves nothing).
test('pnpm bench drag: Atelier phones receive no layout bytes, the raw forwarder relays them', async () => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [CLI, 'drag', '--targets', 'atelier,raw'],
    {
      env: {
        ...process.env,
        BENCH_DRAG_PHONES: '10',
        BENCH_DRAG_NOTES: '5',
        BENCH_DRAG_RATE: '10',
        BENCH_DRAG_SECONDS: '1',
      },
      timeout: 60_000,
    },
  )
  const layout = row(stdout, 'layout bytes per phone (mean)')
  expect(layout[1]).toBe('0')
  expect(Number(layout[2])).toBeGreaterThan(0)
  const canvas = row(stdout, 'second facilitator canvas received')
  expect(Number(canvas[1])).toBeGreaterThan(0)
})

// A full run takes 20 minutes: what a scenario lacks must stop it before the
// first one starts, not at the one that needs it.
test('pnpm bench refuses at once, naming the package, when a scenario lacks what it needs', async () => {
  const run = promisify(execFile)(process.execPath, [CLI, 'fan-out', 'canvas'], {
    env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
    timeout: 30_000,
  })
  const failed = await run.then(
    () => null,
    (error: { code: number; stdout: string; stderr: string }) => error,
  )
  expect(failed?.code).toBe(2)
  expect(failed?.stderr).toContain(
    'canvas: needs Chromium at /nonexistent/chromium (CHROMIUM_PATH) (apt-get install -y chromium)',
  )
  // Nothing ran: not even the fan-out listed before it.
  expect(failed?.stdout).toBe('')
})
