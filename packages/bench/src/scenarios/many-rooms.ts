import { join } from 'node:path'
import { Deliveries } from '../harness/deliveries.js'
import { documentHeap } from '../harness/doc-heap.js'
import { type Listener, openListeners, Listener as RawListener } from '../harness/listener.js'
import { metricsOf } from '../harness/runs.js'
import { progress, sleep, spread, until } from '../harness/stats.js'
import { comparison, type TargetName } from '../harness/table.js'
import { withTarget } from '../targets/start.js'
import type { BenchRoom, NoteWriter } from '../targets/target.js'
import { type Scenario, setting } from './scenario.js'

const ROOMS = setting('BENCH_ROOMS', 100)
const PHONES = setting('BENCH_ROOM_PHONES', 30)
/** Each phone writes a note once per this many seconds... */
const PERIOD_S = setting('BENCH_ROOMS_NOTE_PERIOD_S', 30)
/** ...for this long (a whole number of periods). */
const SECONDS = setting('BENCH_ROOMS_SECONDS', 60)
/** Readers added per room afterwards: the heap one more connection costs. */
const EXTRA = setting('BENCH_ROOMS_EXTRA_READERS', 10)
if (EXTRA < 2) throw new Error('BENCH_ROOMS_EXTRA_READERS: at least 2 (two rounds of readers)')

const MB = 1024 * 1024
/**
 * Idle means idle: past the 10 s Atelier keeps its answers to recent joins
 * (so a join storm is answered once). Weighed sooner, those answers would
 * count as the room's, and go away while the extra readers are weighed.
 */
const SETTLE_MS = 12_000
/**
 * When set, a directory: the server's heap snapshots, empty, idle and after
 * each round of extra readers (`heap-summary.js` compares two of them).
 */
const SNAPSHOTS = process.env.BENCH_HEAP_SNAPSHOTS

interface ManyRoomsRun {
  /** Heap after GC, rooms open and idle, minus the heap of the server started empty. */
  heapPerRoom: number
  /** The heap of the same documents alone (a fresh process, after GC). */
  documentsPerRoom: number
  /** Heap one more reader socket costs on a loaded room (between two rounds of readers). */
  heapPerConnection: number
  rssPerRoom: number
  latencies: number[]
  delivered: number
  expected: number
  cpuMs: number
  windowMs: number
  loopDelayP99: number
}

/**
 * 4. Many rooms: ROOMS workshops of PHONES phones; each phone reads its
 * board (a raw listener) and writes with its own client (on Atelier into its
 * own room, ingested into the board: two sockets a phone). Each phone writes
 * a note per PERIOD_S, staggered, for SECONDS. Then, idle, the server's heap
 * after a full GC (its probe) against its heap when it started empty, and
 * the heap of the documents alone, so a room's cost beyond its documents is
 * told apart; then EXTRA more readers per room for the cost of one socket.
 */
async function manyRooms(name: TargetName): Promise<ManyRoomsRun> {
  return withTarget(name, async (target) => {
    await sleep(500)
    const empty = await target.server.readProbe(true)
    if (SNAPSHOTS) await target.server.heapSnapshot(join(SNAPSHOTS, `${name}-empty.heapsnapshot`))
    const rounds = Math.max(1, Math.floor(SECONDS / PERIOD_S))
    const phones = ROOMS * PHONES
    const notes = phones * rounds
    const deliveries = new Deliveries(notes)
    const rooms: BenchRoom[] = []
    const listeners: Listener[] = []
    const writers: NoteWriter[] = []
    for (let r = 0; r < ROOMS; r++) {
      const room = await target.room()
      rooms.push(room)
      const readers = await room.phones(PHONES)
      listeners.push(
        ...(await openListeners(
          PHONES,
          (i) => new RawListener(readers[i]!.url, readers[i]!.hello, deliveries.listener()),
        )),
      )
      writers.push(...(await room.writers(PHONES)))
      if ((r + 1) % 10 === 0) progress(`${name}: ${r + 1} of ${ROOMS} rooms open`)
    }
    progress(`${name}: writing ${notes} notes over ${rounds * PERIOD_S} s`)
    await sleep(2000)
    await target.server.resetProbe()
    const cpuBefore = target.server.cpuMs()
    const started = performance.now()
    for (let seq = 0; seq < notes; seq++) {
      // Phone w writes at w/phones of each period: a steady trickle, paced on the clock.
      const round = Math.floor(seq / phones)
      const phone = seq % phones
      const due = started + (round + phone / phones) * PERIOD_S * 1000
      const wait = due - performance.now()
      if (wait > 1) await sleep(wait)
      deliveries.written(seq)
      writers[phone]!.write(seq)
    }
    const expected = notes * PHONES
    await until(() => deliveries.delivered >= expected, 15_000)
    const deliveredInTime = deliveries.delivered
    const windowMs = performance.now() - started
    const cpuMs = target.server.cpuMs() - cpuBefore
    const probe = await target.server.readProbe()
    progress(`${name}: ${deliveredInTime} of ${expected} deliveries; idle, weighing the heap`)
    await sleep(SETTLE_MS)
    const idle = await target.server.readProbe(true)
    if (SNAPSHOTS) await target.server.heapSnapshot(join(SNAPSHOTS, `${name}-idle.heapsnapshot`))
    // Two rounds of extra readers, the heap weighed after each: the cost of
    // a connection is the slope between the two, so that whatever the idle
    // heap held and let go meanwhile (a room's cached answers, V8's own
    // growth) does not count as the connections'.
    const extra: Listener[] = []
    const weighReaders = async (round: number, perRoom: number) => {
      for (const room of rooms) {
        const readers = await room.phones(perRoom)
        extra.push(
          ...(await openListeners(
            perRoom,
            (i) => new RawListener(readers[i]!.url, readers[i]!.hello),
          )),
        )
      }
      await sleep(SETTLE_MS)
      const heap = (await target.server.readProbe(true)).heapUsed
      if (SNAPSHOTS)
        await target.server.heapSnapshot(join(SNAPSHOTS, `${name}-readers-${round}.heapsnapshot`))
      return { heap, connections: extra.length }
    }
    const first = await weighReaders(1, Math.ceil(EXTRA / 2))
    const second = await weighReaders(2, EXTRA - Math.ceil(EXTRA / 2))
    const states: Uint8Array[] = []
    for (const room of rooms) states.push(...(await room.documents()))
    const documents = await documentHeap(states)
    for (const listener of [...listeners, ...extra]) listener.close()
    for (const room of rooms) room.close()
    return {
      heapPerRoom: (idle.heapUsed - empty.heapUsed) / ROOMS,
      documentsPerRoom: documents / ROOMS,
      heapPerConnection: (second.heap - first.heap) / (second.connections - first.connections),
      rssPerRoom: (idle.rss - empty.rss) / ROOMS,
      latencies: deliveries.latencies,
      delivered: deliveredInTime,
      expected,
      cpuMs,
      windowMs,
      loopDelayP99: probe.loopDelay.p99,
    }
  })
}

export const manyRoomsScenario: Scenario = {
  name: 'many-rooms',
  async run(targets) {
    const runs: Partial<Record<TargetName, ManyRoomsRun>> = {}
    for (const name of targets) runs[name] = await manyRooms(name)
    const metric = metricsOf(runs)
    return comparison(
      `4. Many rooms: ${ROOMS} workshops × ${PHONES} phones, a note per phone per ${PERIOD_S} s for ${SECONDS} s`,
      [
        metric('server heap per room, idle', 'MB', (r) => r.heapPerRoom / MB),
        metric('its documents alone', 'MB', (r) => r.documentsPerRoom / MB),
        metric(
          'server heap per room beyond its documents',
          'MB',
          (r) => (r.heapPerRoom - r.documentsPerRoom) / MB,
          '< 1 MB (Atelier)',
        ),
        metric('server heap per extra connection', 'KB', (r) => r.heapPerConnection / 1024),
        metric('server RSS per room', 'MB', (r) => r.rssPerRoom / MB),
        metric('server CPU while notes flow', '% of a core', (r) => (100 * r.cpuMs) / r.windowMs),
        metric('server CPU per delivered note', 'µs', (r) => (r.cpuMs * 1000) / r.delivered),
        metric('delivery p50', 'ms', (r) => spread(r.latencies).p50),
        metric('delivery p99', 'ms', (r) => spread(r.latencies).p99),
        metric('lost', 'deliveries', (r) => r.expected - r.delivered, '0'),
        metric('event-loop delay p99', 'ms', (r) => r.loopDelayP99),
      ],
      [
        `Each phone holds two sockets (a raw listener reading the board, a client writing notes; on Atelier into its own room, ingested into the board): ${ROOMS * PHONES * 2} sockets, ${(PHONES * 2).toString()} a room.`,
        'Heap: the server\u2019s, after a full GC (its probe, --expose-gc), rooms open and idle, minus its heap when started empty, per room. Documents: the same documents (Atelier: the board and every phone\u2019s own document; the references: the shared document) loaded alone in a fresh process, after GC. Extra connection: one more reader socket on a loaded room: the heap after a second round of readers less the heap after a first, over the second round\u2019s ' +
          `${ROOMS * (EXTRA - Math.ceil(EXTRA / 2))} sockets.`,
      ],
    )
  },
}
