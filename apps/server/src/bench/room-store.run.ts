import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, test } from 'vitest'
import * as Y from 'yjs'
import { openPostgresStorage } from '../store/postgres-storage.js'
import { openSqliteStorage } from '../store/sqlite-storage.js'
import type { Storage } from '../store/storage.js'
import { startTestPostgres, type TestPostgres } from '../test-support/postgres.js'

// `pnpm --filter @atelier/server bench:store`: the room store under the relay
// benchmark's fan-out load, as the server drives it: 4 writers in one room
// each append one small Yjs update per event-loop turn (one group commit per
// turn), and a reader's step-1 answer waits for `flush()` every 20 turns.
// Printed per engine: appends per second, append latency (call to resolve,
// the time an update waits before it is relayed) and flush latency, p50 and
// p99. PostgreSQL is a throwaway cluster WITH fsync (or
// ATELIER_TEST_DATABASE_URL). Figures, not assertions.

const WRITERS = Number(process.env.BENCH_WRITERS ?? 4)
const TURNS = Number(process.env.BENCH_TURNS ?? 2000)
const FLUSH_EVERY = 20

let postgres: TestPostgres
const dirs: string[] = []
beforeAll(async () => {
  postgres = await startTestPostgres({ durable: true })
}, 60_000)
afterAll(async () => {
  await postgres?.stop()
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

/** One writer's drag: a real Yjs update of a few dozen bytes. */
function dragUpdates(count: number): Uint8Array[] {
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  for (let i = 0; i < count; i++) doc.getMap('layout').set(`note-${i % 40}`, { x: i, y: i * 2 })
  doc.destroy()
  return updates
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
}

/**
 * `paced`: a turn every millisecond (about 4,000 appends a second offered,
 * far above what a congress room sends): latency as the room sees it.
 * Unpaced: turns back to back, an offered load above any engine's
 * capacity: appends per second is then the engine's throughput.
 */
async function fanOut(storage: Storage, paced: boolean) {
  const store = storage.roomStore
  const room = `bench-${Date.now()}`
  const updates = Array.from({ length: WRITERS }, () => dragUpdates(TURNS))
  const appendMs: number[] = []
  const flushMs: number[] = []
  const waits: Promise<unknown>[] = []
  const started = performance.now()
  for (let turn = 0; turn < TURNS; turn++) {
    for (let w = 0; w < WRITERS; w++) {
      const at = performance.now()
      waits.push(
        Promise.resolve(store.append(room, updates[w]![turn]!)).then(() =>
          appendMs.push(performance.now() - at),
        ),
      )
    }
    if (turn % FLUSH_EVERY === 0) {
      const at = performance.now()
      waits.push(Promise.resolve(store.flush?.()).then(() => flushMs.push(performance.now() - at)))
    }
    // The next turn of the event loop, as frames from the network arrive.
    await new Promise((resolve) => (paced ? setTimeout(resolve, 1) : setImmediate(resolve)))
  }
  await Promise.all(waits)
  const seconds = (performance.now() - started) / 1000
  // One commit on its own: what the disk's sync costs, the floor of any latency above.
  const lone: number[] = []
  for (let i = 0; i < 30; i++) {
    const at = performance.now()
    await store.append(room, updates[0]![i]!)
    lone.push(performance.now() - at)
  }
  return {
    appendsPerSecond: Math.round((WRITERS * TURNS) / seconds),
    appendP50Ms: percentile(appendMs, 50).toFixed(2),
    appendP99Ms: percentile(appendMs, 99).toFixed(2),
    flushP50Ms: percentile(flushMs, 50).toFixed(2),
    flushP99Ms: percentile(flushMs, 99).toFixed(2),
    loneCommitP50Ms: percentile(lone, 50).toFixed(2),
  }
}

test('room store under the fan-out load: SQLite and PostgreSQL', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'atelier-bench-store-'))
  dirs.push(dir)
  const engines: [string, () => Promise<Storage>][] = [
    ['SQLite', async () => openSqliteStorage(dir)],
    ['PostgreSQL', async () => openPostgresStorage(await postgres.createDatabase())],
  ]
  const rows: Record<string, unknown>[] = []
  for (const [name, open] of engines) {
    const storage = await open()
    try {
      await fanOut(storage, false) // warm-up
      for (const paced of [true, false])
        rows.push({
          engine: name,
          load: paced ? 'a turn per ms' : 'saturated',
          ...(await fanOut(storage, paced)),
        })
    } finally {
      await storage.close()
    }
  }
  console.log(`room store, fan-out load: ${WRITERS} writers, ${TURNS} turns`)
  console.table(rows)
})
