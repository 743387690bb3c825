import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import type * as Y from 'yjs'
import { startTestPostgres, type TestPostgres } from '../test-support/postgres.js'
import { startTestRedis, type TestRedis } from '../test-support/redis-server.js'

export interface BenchServices {
  postgres: TestPostgres
  redis: TestRedis
  /** Each server process gets a folder of its own in here, as on separate machines. */
  dataDir: string
  /** Server processes to stop after the run (SIGTERM, then waited for). */
  children: ChildProcess[]
}

/**
 * What the cross-process benches share: a throwaway PostgreSQL cluster with
 * fsync on, a redis-server and a data folder, started before the file's
 * tests and stopped, with every server process, after them.
 */
export function benchServices(prefix: string): BenchServices {
  const services = { children: [] as ChildProcess[] } as BenchServices
  beforeAll(async () => {
    services.dataDir = mkdtempSync(join(tmpdir(), prefix))
    services.postgres = await startTestPostgres({ durable: true })
    services.redis = await startTestRedis()
  }, 60_000)
  afterAll(async () => {
    for (const child of services.children.splice(0)) await stopChild(child)
    await services.redis?.stop()
    await services.postgres?.stop()
    rmSync(services.dataDir, { recursive: true, force: true })
  }, 60_000)
  return services
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await exited
}

/** Note id -> when it first appeared in `doc`'s board (performance.now()), kept up to date. */
export function noteArrivals(doc: Y.Doc): Map<string, number> {
  const seen = new Map<string, number>()
  doc.getMap('notes').observe((event) => {
    const at = performance.now()
    for (const [key, change] of event.changes.keys)
      if (change.action === 'add' && !seen.has(key)) seen.set(key, at)
  })
  return seen
}
