import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { afterAll, test } from 'vitest'
import { spawnServer } from '../test-support/child-server.js'
import {
  type Client,
  connect,
  createWorkshop,
  joinWorkshop,
  rawNote,
  roleToken,
} from '../test-support/harness.js'
import { benchServices, noteArrivals } from './bench-services.js'
import { processCpuMs as cpuMs, percentile } from './process-cpu.js'
import { scrapeStore, storeFigures } from './store-histograms.js'

// `pnpm --filter @atelier/server bench:two-process` (after a build): issue
// 11's relay scenario across processes. Two built servers (child processes)
// on one PostgreSQL (fsync on) and one redis-server, sharing ATELIER_SECRET.
// PHONES phones write notes through process A, paced; READERS screens, half
// connected straight to A and half to B, receive the board. Printed: the
// delivery latency (phone's write to the note in a reader's board, one clock:
// everything client-side runs in this process) p50/p99 for readers on the
// same process and on the other one, each server's CPU (Linux /proc) per
// note delivered to its own readers, notes lost; then the same load on one
// process (same PostgreSQL, no Redis) as the reference, and the ratios.
// Figures, not assertions; loopback only, about 40 s.

const PHONES = Number(process.env.BENCH_PHONES ?? 40)
// At most the participant's burst (notesBurst: 10): past it ingest paces a phone's notes.
const NOTES_PER_PHONE = Number(process.env.BENCH_NOTES_PER_PHONE ?? 8)
const READERS = Number(process.env.BENCH_READERS ?? 16)
const INTERVAL_MS = Number(process.env.BENCH_INTERVAL_MS ?? 15)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2)

interface Server {
  name: string
  url: string
  child: ChildProcess
}

const services = benchServices('atelier-bench-two-')
const servers: Server[] = []
const clients: Client[] = []
afterAll(() => {
  for (const client of clients.splice(0)) client.destroy()
})

async function start(name: string, env: Record<string, string>): Promise<Server> {
  const { url, child } = await spawnServer(join(services.dataDir, name), env)
  const server = { name, url, child }
  servers.push(server)
  services.children.push(child)
  return server
}

function open(server: { url: string }, room: string, token: string): Client {
  const client = connect(server, room, token)
  clients.push(client)
  return client
}

interface Reader {
  on: Server
  client: Client
  /** Note id -> when it appeared in this reader's board (performance.now()). */
  seen: Map<string, number>
}

/**
 * One workshop: phones joined and connected to `writeTo`, readers spread
 * round-robin over `readFrom`, all synced; then PHONES x NOTES_PER_PHONE
 * notes, one every INTERVAL_MS, and the wait until every reader has every
 * note (or 20 s past the last write: the rest is counted lost).
 */
async function run(writeTo: Server, readFrom: Server[], notesPerPhone = NOTES_PER_PHONE) {
  const workshop = await createWorkshop(writeTo)
  const screen = await roleToken(writeTo, workshop, 'screen')
  const readers: Reader[] = Array.from({ length: READERS }, (_, i) => {
    const on = readFrom[i % readFrom.length]!
    const client = open(on, workshop.id, screen)
    return { on, client, seen: noteArrivals(client.doc) }
  })
  const phones: Client[] = []
  for (let i = 0; i < PHONES; i++) {
    const joined = await joinWorkshop(writeTo, workshop.code, `Associé ${i}`)
    const phone = open(writeTo, `${workshop.id}:${joined.participantId}`, joined.token)
    await phone.synced
    phones.push(phone)
  }
  await Promise.all(readers.map((r) => r.client.synced))

  const cpuBefore = servers.map((s) => cpuMs(s.child.pid!))
  const storeBefore = await scrapeStore(writeTo.url)
  const written = new Map<string, number>()
  const started = performance.now()
  for (let n = 0; n < notesPerPhone; n++)
    for (let p = 0; p < PHONES; p++) {
      const id = `n${p}-${n}`
      written.set(id, performance.now())
      rawNote(phones[p]!.doc, id, `Idée ${n} du poste ${p} : mutualiser les achats`)
      await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS))
    }
  const lastWrite = performance.now()
  while (readers.some((r) => r.seen.size < written.size) && performance.now() - lastWrite < 20_000)
    await new Promise((resolve) => setTimeout(resolve, 10))
  const wallMs = performance.now() - started
  const cpu = servers.map((s, i) => cpuMs(s.child.pid!) - cpuBefore[i]!)
  // The writing process's store: every phone document's update and every ingest into the board.
  const store = storeFigures(await scrapeStore(writeTo.url), storeBefore)

  const latencies = (on: Server) =>
    readers
      .filter((r) => r.on === on)
      .flatMap((r) =>
        [...r.seen].flatMap(([id, at]) => (written.has(id) ? [at - written.get(id)!] : [])),
      )
  const delivered = (on: Server) =>
    readers.filter((r) => r.on === on).reduce((sum, r) => sum + r.seen.size, 0)
  const lost = readers.reduce((sum, r) => sum + (written.size - r.seen.size), 0)
  // Closed, so idle sockets of earlier rounds weigh on no later one.
  for (const client of [...readers.map((r) => r.client), ...phones]) client.destroy()
  return {
    notes: written.size,
    wallMs,
    store: { ...store, appendsPerSecond: store.appends / (wallMs / 1000) },
    lost,
    perServer: readFrom.map((on) => ({
      on,
      latencies: latencies(on),
      deliveries: delivered(on),
      cpuMs: cpu[servers.indexOf(on)]!,
    })),
  }
}

type Run = Awaited<ReturnType<typeof run>>

/** One reading process over the measured rounds: latencies pooled, CPU and deliveries summed. */
function pooled(runs: Run[], index: number) {
  const on = runs.map((r) => r.perServer[index]!)
  const ms = on.flatMap((s) => s.latencies)
  const cpuMs = on.reduce((sum, s) => sum + s.cpuMs, 0)
  const deliveries = on.reduce((sum, s) => sum + s.deliveries, 0)
  return {
    p50: percentile(ms, 50),
    p99: percentile(ms, 99),
    cpuMs,
    deliveries,
    usPerDelivery: (cpuMs * 1000) / deliveries,
  }
}

const f = (n: number, digits = 1) => n.toFixed(digits)
const storeLine = (s: ReturnType<typeof storeFigures> & { appendsPerSecond: number }) =>
  `${s.appends} appends (${f(s.appendsPerSecond, 0)}/s), append p99 <= ${f(s.appendP99Ms)} ms; ${s.flushes} group commits, flush p99 <= ${f(s.flushP99Ms)} ms`

test('two processes on PostgreSQL and Redis vs one process: delivery latency and CPU', async () => {
  const secret = randomBytes(24).toString('base64url')
  const shared = { DATABASE_URL: await services.postgres.createDatabase(), ATELIER_SECRET: secret }
  const a = await start('A', { ...shared, REDIS_URL: services.redis.url })
  const b = await start('B', { ...shared, REDIS_URL: services.redis.url })
  const single = await start('single', {
    DATABASE_URL: await services.postgres.createDatabase(),
    ATELIER_SECRET: secret,
  })

  // Warm-up (JIT, pools, Redis subscriptions), then the measured rounds,
  // alternating so the machine's background load falls on both alike.
  await run(a, [a, b], 2)
  await run(single, [single], 2)
  const twos: Run[] = []
  const ones: Run[] = []
  for (let round = 0; round < ROUNDS; round++) {
    twos.push(await run(a, [a, b]))
    ones.push(await run(single, [single]))
  }

  const sameA = pooled(twos, 0)
  const otherB = pooled(twos, 1)
  const ref = pooled(ones, 0)
  const twoUs = ((sameA.cpuMs + otherB.cpuMs) * 1000) / (sameA.deliveries + otherB.deliveries)
  const lost = (runs: Run[]) => runs.reduce((sum, r) => sum + r.lost, 0)
  const notes = twos[0]!.notes
  const lines = [
    `two-process relay: ${PHONES} phones write ${notes} notes through A (one every ${INTERVAL_MS} ms), ${READERS} screens: half on A, half on B; ${ROUNDS} rounds pooled`,
    `  readers on A (same process)  p50 ${f(sameA.p50)} ms, p99 ${f(sameA.p99)} ms; A: ${f(sameA.cpuMs, 0)} ms CPU, ${f(sameA.usPerDelivery, 0)} us per note delivered to its readers (ingests, stores, publishes)`,
    `  readers on B (other process) p50 ${f(otherB.p50)} ms, p99 ${f(otherB.p99)} ms; B: ${f(otherB.cpuMs, 0)} ms CPU, ${f(otherB.usPerDelivery, 0)} us per note delivered to its readers (relays from Redis)`,
    `  both: ${f(twoUs, 0)} us CPU per delivered note, lost ${lost(twos)} of ${ROUNDS * notes * READERS}`,
    `one process (reference, same PostgreSQL, no Redis): all ${READERS} screens on it`,
    `  readers p50 ${f(ref.p50)} ms, p99 ${f(ref.p99)} ms; ${f(ref.cpuMs, 0)} ms CPU, ${f(ref.usPerDelivery, 0)} us per delivered note, lost ${lost(ones)} of ${ROUNDS * notes * READERS}`,
    `PostgreSQL store of the writing process under this fan-out, from its /metrics (p99: the histogram bucket's upper bound; appends/s: what the load offered)`,
    ...twos.map((r, i) => `  two-process A, round ${i + 1}: ${storeLine(r.store)}`),
    ...ones.map((r, i) => `  one process, round ${i + 1}: ${storeLine(r.store)}`),
    `ratios two-process / one process: p50 same process ${f(sameA.p50 / ref.p50, 2)}, other process ${f(otherB.p50 / ref.p50, 2)}; p99 same process ${f(sameA.p99 / ref.p99, 2)}, other process ${f(otherB.p99 / ref.p99, 2)}, CPU per delivered note ${f(twoUs / ref.usPerDelivery, 2)}`,
  ]
  console.log(lines.join('\n'))
}, 120_000)
