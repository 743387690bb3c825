import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { availableParallelism, loadavg } from 'node:os'
import { join } from 'node:path'
import { afterAll, test } from 'vitest'
import { spawnServer } from '../test-support/child-server.js'
import {
  type Client,
  connect,
  createWorkshop,
  joinWorkshop,
  rawNote,
} from '../test-support/harness.js'
import { startTestNginx, type TestNginx } from '../test-support/nginx.js'
import { benchServices, noteArrivals } from './bench-services.js'
import { percentile, processCpuMs } from './process-cpu.js'

// `pnpm --filter @atelier/server bench:behind-nginx` (after a build), and
// `pnpm bench two-process`: issue 12's scenario 9, the fan-out across
// processes as deployed. Two built servers (child processes) behind a real
// nginx with the repository's deploy/nginx rules (round-robin, no
// stickiness), on one PostgreSQL (fsync on) and one redis-server. Every
// socket goes through nginx, so a workshop's phones land on both processes
// and its writers too: a note is ingested by whichever process holds the
// writer's socket and reaches the readers on the other one through Redis.
// Next to it, in the same run, the same load on one process behind its own
// nginx (same PostgreSQL, no Redis): the reference for the ratios. Rounds
// alternate so the machine's background load falls on both alike.
// Figures, not assertions; 127.0.0.1 only, bounded: about a minute.

const READERS = Number(process.env.BENCH_NGINX_READERS ?? 100)
const WRITERS = Number(process.env.BENCH_NGINX_WRITERS ?? 25)
// At most the participant's burst (notesBurst: 10): past it ingest paces a phone's notes.
const NOTES_PER_WRITER = Math.min(10, Number(process.env.BENCH_NGINX_NOTES_PER_WRITER ?? 8))
const RATE = Number(process.env.BENCH_NGINX_RATE ?? 20) // notes a second, all writers together
const ROUNDS = Number(process.env.BENCH_NGINX_ROUNDS ?? 2)
/** How long the processes are left once every socket is open, before they are watched at rest. */
const SETTLE_MS = 10_000
/** How long the processes are watched at rest, sockets open, before the notes. */
const REST_MS = 5000
/** What has not arrived this long after the last write is lost. */
const GRACE_MS = 15_000

interface Topology {
  name: string
  nginx: TestNginx
  processes: ChildProcess[]
}

const services = benchServices('atelier-bench-nginx-')
const nginxes: TestNginx[] = []
afterAll(async () => {
  for (const nginx of nginxes) await nginx.stop()
}, 60_000)

/** `count` processes (each its own DATA_DIR, as on separate machines) behind one nginx. */
async function topology(name: string, count: number, env: Record<string, string>) {
  const started = []
  for (let i = 0; i < count; i++)
    started.push(await spawnServer(join(services.dataDir, `${name}-${i}`), env))
  services.children.push(...started.map((p) => p.child))
  const nginx = await startTestNginx(started.map((p) => new URL(p.url).host))
  nginxes.push(nginx)
  const made: Topology = { name, nginx, processes: started.map((p) => p.child) }
  return { ...made, urls: started.map((p) => p.url) }
}

async function connectionsOn(url: string): Promise<number> {
  return ((await (await fetch(`${url}/healthz`)).json()) as { connections: number }).connections
}

/**
 * One workshop through `nginx`: READERS phones read the board, WRITERS more
 * phones each write into their own room (and read the board too), all
 * synced; then WRITERS x NOTES_PER_WRITER notes at RATE a second, writers
 * in turn, paced on the clock; then the wait until every board has every
 * note (or GRACE_MS past the last write).
 */
async function run(on: Awaited<ReturnType<typeof topology>>, notesPerWriter = NOTES_PER_WRITER) {
  const clients: Client[] = []
  const open = (room: string, token: string) => {
    const client = connect(on.nginx, room, token)
    clients.push(client)
    return client
  }
  const workshop = await createWorkshop(on.nginx)
  const boards: { client: Client; seen: Map<string, number> }[] = []
  const writers: Client[] = []
  const joined = []
  for (let i = 0; i < READERS + WRITERS; i++)
    joined.push(await joinWorkshop(on.nginx, workshop.code, `Associé ${i}`))
  // Sockets opened after every join, with no request in between: nginx's
  // round-robin then alternates them, so boards and writers alike are split
  // over the processes (interleaved joins put every board on one of them).
  for (const phone of joined) {
    const client = open(workshop.id, phone.token)
    boards.push({ client, seen: noteArrivals(client.doc) })
  }
  for (const phone of joined.slice(READERS))
    writers.push(open(`${workshop.id}:${phone.participantId}`, phone.token))
  await Promise.all(clients.map((c) => c.synced))
  const sockets = await Promise.all(on.urls.map(connectionsOn))

  // At rest first, every socket open: what the processes spend with no note
  // (timers, leases, pings). After a settling time: the 3 s watched at once
  // held the connections' collections and the memory reducer's first
  // rounds (17 – 33 ms/s for two processes, from run to run).
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
  const restBefore = on.processes.map((p) => processCpuMs(p.pid!))
  await new Promise((resolve) => setTimeout(resolve, REST_MS))
  const restMs = on.processes.map((p, i) => processCpuMs(p.pid!) - restBefore[i]!)

  const cpuBefore = on.processes.map((p) => processCpuMs(p.pid!))
  const generatorBefore = process.cpuUsage()
  const written = new Map<string, number>()
  const notes = WRITERS * notesPerWriter
  const started = performance.now()
  for (let seq = 0; seq < notes; seq++) {
    // Paced on the clock, not on the timers: a late timer does not slow the rate down.
    const wait = started + (seq * 1000) / RATE - performance.now()
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait))
    const id = `n${seq}`
    written.set(id, performance.now())
    rawNote(writers[seq % WRITERS]!.doc, id, `Idée ${seq} : mutualiser les achats du territoire`)
  }
  const lastWrite = performance.now()
  const complete = () => boards.every((b) => b.seen.size >= notes)
  while (!complete() && performance.now() - lastWrite < GRACE_MS)
    await new Promise((resolve) => setTimeout(resolve, 10))
  const cpuMs = on.processes.map((p, i) => processCpuMs(p.pid!) - cpuBefore[i]!)
  const generator = process.cpuUsage(generatorBefore)
  const wallMs = performance.now() - started

  const latencies = boards.flatMap((b) =>
    [...b.seen].flatMap(([id, at]) => (written.has(id) ? [at - written.get(id)!] : [])),
  )
  const delivered = latencies.length
  // Closed, so the idle sockets of one round weigh on no later one.
  for (const client of clients) client.destroy()
  return {
    notes,
    latencies,
    delivered,
    expected: notes * boards.length,
    cpuMs,
    restMs,
    sockets,
    wallMs,
    generatorCpuMs: (generator.user + generator.system) / 1000,
  }
}

type Run = Awaited<ReturnType<typeof run>>

/** The measured rounds of one topology: latencies pooled, CPU and deliveries summed. */
function pooled(runs: Run[]) {
  const latencies = runs.flatMap((r) => r.latencies)
  const delivered = runs.reduce((sum, r) => sum + r.delivered, 0)
  const cpuByProcess = runs[0]!.cpuMs.map((_, i) => runs.reduce((sum, r) => sum + r.cpuMs[i]!, 0))
  const cpuMs = cpuByProcess.reduce((a, b) => a + b, 0)
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    usPerDelivery: (cpuMs * 1000) / delivered,
    cpuByProcess,
    lost: runs.reduce((sum, r) => sum + r.expected - r.delivered, 0),
    expected: runs.reduce((sum, r) => sum + r.expected, 0),
    sockets: runs.map((r) => r.sockets.join(' + ')),
    wallMs: runs.reduce((sum, r) => sum + r.wallMs, 0),
    /** CPU ms a second at rest, all processes together. */
    restCpuPerSecond:
      runs.reduce((sum, r) => sum + r.restMs.reduce((a, b) => a + b, 0), 0) /
      ((runs.length * REST_MS) / 1000),
    generatorCpuMs: runs.reduce((sum, r) => sum + r.generatorCpuMs, 0),
  }
}

const f = (n: number, digits = 1) => n.toFixed(digits)

test('scenario 9: two processes behind nginx on PostgreSQL and Redis vs one process', async () => {
  const secret = randomBytes(24).toString('base64url')
  // nginx is the client every process sees: its X-Forwarded-For names the phone.
  const common = { ATELIER_SECRET: secret, TRUSTED_PROXIES: '127.0.0.1' }
  const two = await topology('two', 2, {
    ...common,
    DATABASE_URL: await services.postgres.createDatabase(),
    REDIS_URL: services.redis.url,
  })
  const one = await topology('one', 1, {
    ...common,
    DATABASE_URL: await services.postgres.createDatabase(),
  })

  // Warm-up (JIT, pools, Redis subscriptions), then the measured rounds, alternated.
  await run(two, 2)
  await run(one, 2)
  const twos: Run[] = []
  const ones: Run[] = []
  for (let round = 0; round < ROUNDS; round++) {
    twos.push(await run(two))
    ones.push(await run(one))
  }
  const a = pooled(twos)
  const b = pooled(ones)
  const ratio = (x: number, y: number) => f(x / y, 2)
  const notes = twos[0]!.notes
  const lines = [
    `Two processes behind nginx on PostgreSQL and Redis: ${READERS + WRITERS} phones read one board, ${WRITERS} of them write ${notes} notes (${RATE}/s) into their own rooms; ${ROUNDS} rounds pooled`,
    '',
    '| | two processes behind nginx | one process behind nginx (reference) | ratio two / one |',
    '| --- | --- | --- | --- |',
    `| delivery p50 | ${f(a.p50)} ms | ${f(b.p50)} ms | ${ratio(a.p50, b.p50)} |`,
    `| delivery p99 | ${f(a.p99)} ms | ${f(b.p99)} ms | ${ratio(a.p99, b.p99)} |`,
    `| server CPU per delivered note, summed over the processes | ${f(a.usPerDelivery, 0)} µs | ${f(b.usPerDelivery, 0)} µs | ${ratio(a.usPerDelivery, b.usPerDelivery)} |`,
    `| server CPU, each process | ${a.cpuByProcess.map((ms) => `${f(ms, 0)} ms`).join(' + ')} | ${b.cpuByProcess.map((ms) => `${f(ms, 0)} ms`).join(' + ')} | |`,
    `| sockets on each process, per round | ${a.sockets.join('; ')} | ${b.sockets.join('; ')} | |`,
    `| server CPU at rest, sockets open, no note (all processes) | ${f(a.restCpuPerSecond, 0)} ms/s | ${f(b.restCpuPerSecond, 0)} ms/s | ${ratio(a.restCpuPerSecond, b.restCpuPerSecond)} |`,
    `| lost | ${a.lost} of ${a.expected} | ${b.lost} of ${b.expected} | |`,
    `| load generator CPU / wall time (all clients, one process: near 1 means the latencies are partly its own) | ${f(a.generatorCpuMs, 0)} / ${f(a.wallMs, 0)} ms | ${f(b.generatorCpuMs, 0)} / ${f(b.wallMs, 0)} ms | |`,
    '',
    `Every socket and request through nginx (deploy/nginx rules, round-robin); PostgreSQL with fsync on; durable store before relay, ingest and limits on. Delivery: the write into a phone's room to the note in a board, one clock (all clients in the bench's process); lost: not in a board ${GRACE_MS / 1000} s after the last write. Server CPU from /proc (nginx, PostgreSQL and Redis not counted). Load average ${f(loadavg()[0]!)} on ${availableParallelism()} cores.`,
  ]
  // Between markers: `pnpm bench` keeps what is between them as markdown (vitest prints around it).
  console.log(['<!-- bench:markdown -->', ...lines, '<!-- /bench:markdown -->'].join('\n'))
}, 300_000)
