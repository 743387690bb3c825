import { Deliveries } from '../harness/deliveries.js'
import { type Listener, openListeners, Listener as RawListener } from '../harness/listener.js'
import { metricsOf } from '../harness/runs.js'
import { progress, sleep, spread, until } from '../harness/stats.js'
import { ATELIER_INSTANT, comparison, type TargetName } from '../harness/table.js'
import { withTarget } from '../targets/start.js'
import { type Scenario, setting } from './scenario.js'

const CLIENTS = setting('BENCH_FANOUT_CLIENTS', 1000)
const WRITERS = setting('BENCH_FANOUT_WRITERS', 100)
const RATE = setting('BENCH_FANOUT_RATE', 50)
const SECONDS = setting('BENCH_FANOUT_SECONDS', 10)

interface FanOutRun {
  latencies: number[]
  delivered: number
  expected: number
  cpuMs: number
  bytesPerClient: number
  loopDelayP99: number
}

/**
 * 1. Fan-out: CLIENTS phones read one board while WRITERS phones write
 * RATE notes a second for SECONDS (on Atelier through their own rooms,
 * ingested by the server; on the references straight into the shared
 * document). Latency runs from the write to the listener finding the note's
 * marker, on the generator's one clock.
 */
async function fanOut(name: TargetName): Promise<FanOutRun> {
  return withTarget(name, async (target) => {
    const room = await target.room()
    const notes = Math.round(RATE * SECONDS)
    const deliveries = new Deliveries(notes)
    const readers = await room.phones(CLIENTS)
    const listeners: Listener[] = await openListeners(
      CLIENTS,
      (i) => new RawListener(readers[i]!.url, readers[i]!.hello, deliveries.listener()),
    )
    progress(`${name}: ${CLIENTS} listeners open, connecting ${WRITERS} writers`)
    const writers = await room.writers(WRITERS)
    progress(`${name}: writing ${notes} notes`)
    await sleep(1000)
    for (const listener of listeners) listener.bytes = 0
    await target.server.resetProbe()
    const cpuBefore = target.server.cpuMs()
    const started = performance.now()
    for (let seq = 0; seq < notes; seq++) {
      // Paced on the clock, not on the timers: a late timer does not slow the rate down.
      const due = started + (seq * 1000) / RATE
      const wait = due - performance.now()
      if (wait > 1) await sleep(wait)
      deliveries.written(seq)
      writers[seq % WRITERS]!.write(seq)
    }
    const expected = notes * CLIENTS
    await until(() => deliveries.delivered >= expected, 15_000)
    // What has not arrived 15 s after the last write is lost, even if it comes later.
    const deliveredInTime = deliveries.delivered
    progress(`${name}: ${deliveredInTime} of ${expected} deliveries`)
    const cpuMs = target.server.cpuMs() - cpuBefore
    const probe = await target.server.readProbe()
    const bytes = listeners.reduce((sum, l) => sum + l.bytes, 0)
    for (const listener of listeners) listener.close()
    room.close()
    return {
      latencies: deliveries.latencies,
      delivered: deliveredInTime,
      expected,
      cpuMs,
      bytesPerClient: bytes / CLIENTS,
      loopDelayP99: probe.loopDelay.p99,
    }
  })
}

/** Atelier is measured at both ends of its relay's trade, its default and every update at once. */
function withInstantRelay(targets: readonly TargetName[]): readonly TargetName[] {
  if (!targets.includes('atelier') || targets.includes(ATELIER_INSTANT)) return targets
  return targets.flatMap((t) => (t === 'atelier' ? [t, ATELIER_INSTANT] : [t]))
}

export const fanOutScenario: Scenario = {
  name: 'fan-out',
  async run(targets) {
    const runs: Partial<Record<TargetName, FanOutRun>> = {}
    for (const name of withInstantRelay(targets)) runs[name] = await fanOut(name)
    const metric = metricsOf(runs)
    return comparison(
      `1. Fan-out: ${CLIENTS} clients, ${RATE} notes/s for ${SECONDS} s from ${WRITERS} phones`,
      [
        metric('delivery p50', 'ms', (r) => spread(r.latencies).p50),
        metric('delivery p99', 'ms', (r) => spread(r.latencies).p99, '≤ 0.8× stock'),
        metric(
          'server CPU per delivered note',
          'µs',
          (r) => (r.cpuMs * 1000) / r.delivered,
          '≤ 0.6× stock, ≤ 2× raw',
        ),
        metric('bytes per client', 'KB', (r) => r.bytesPerClient / 1024),
        metric('lost', 'deliveries', (r) => r.expected - r.delivered, '0'),
        metric('event-loop delay p99', 'ms', (r) => r.loopDelayP99),
      ],
      [
        'Atelier: phones write into their own rooms, the server ingests each note into the board (SQLite, durable); the references relay the same notes written straight into one shared document.',
        `atelier merges what a busy room relays within its default window (RELAY_MERGE_MS unset); ${ATELIER_INSTANT} relays every update at once (RELAY_MERGE_MS=0): the two ends of the trade between CPU and latency.`,
      ],
    )
  },
}
