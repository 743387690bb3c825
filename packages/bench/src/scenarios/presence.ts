import type { DocClient } from '../harness/doc-client.js'
import { marker, scanMarkers } from '../harness/markers.js'
import { HEARTBEAT_MS, PresenceListener } from '../harness/presence-listener.js'
import { progress, sleep, spread, until } from '../harness/stats.js'
import { comparison, type Metric, type TargetName } from '../harness/table.js'
import { withTarget } from '../targets/start.js'
import { type Scenario, setting } from './scenario.js'

const CLIENTS = setting('BENCH_PRESENCE_CLIENTS', 300)
const CURSORS = setting('BENCH_PRESENCE_CURSORS', 20)
/** Cursor moves a second, each cursor: a drag's rate (the drag scenario's 30 Hz). */
const HZ = setting('BENCH_PRESENCE_HZ', 30)
const SECONDS = setting('BENCH_PRESENCE_SECONDS', 10)

interface PresenceRun {
  latencies: number[]
  delivered: number
  expected: number
  cpuMs: number
  windowMs: number
  echoes: number
  loopDelayP99: number
  /** Refusals the server answered, by reason: to the cursors and to the phones. */
  refusals: Map<string, number>
}

const addAll = (into: Map<string, number>, from: Map<string, number>) => {
  for (const [reason, count] of from) into.set(reason, (into.get(reason) ?? 0) + count)
}

/**
 * 5. Presence: CLIENTS clients on one board, all with a presence renewed
 * every 15 s; CURSORS of them move a cursor at HZ for SECONDS (on Atelier
 * the facilitators: phones announce no cursor there), the rest are phones
 * that echo every presence change they learn, as the stock provider does.
 * Latency runs from a cursor move to a phone finding its marker in an
 * awareness frame. On the raw forwarder the phones do not echo: it keeps
 * no presence, so every echo would be forwarded to every socket, and echoed
 * again.
 */
async function presence(name: TargetName): Promise<PresenceRun> {
  return withTarget(name, async (target) => {
    const room = await target.room()
    const moves = Math.round(HZ * SECONDS) * CURSORS
    const writtenAt = new Float64Array(moves)
    const latencies: number[] = []
    let delivered = 0
    const readers = await room.phones(CLIENTS - CURSORS)
    const phones: PresenceListener[] = []
    for (let start = 0; start < readers.length; start += 50) {
      const batch = readers.slice(start, start + 50).map((reader) => {
        const seen = new Uint8Array(moves)
        return new PresenceListener(reader.url, reader.hello, room.name, target.wire, {
          echo: name !== 'raw',
          onAwareness: (frame, at) =>
            scanMarkers(frame, (seq) => {
              if (seq >= moves || seen[seq] || !writtenAt[seq]) return
              seen[seq] = 1
              delivered++
              latencies.push(at - writtenAt[seq]!)
            }),
        })
      })
      await Promise.all(batch.map((phone) => phone.opened))
      phones.push(...batch)
    }
    // Spread over one period, as phones that joined at different times renew.
    for (const phone of phones) phone.startHeartbeat(Math.random() * HEARTBEAT_MS)
    const cursors: DocClient[] = await room.facilitatorPresenceClients(CURSORS)
    progress(`${name}: ${phones.length} phones and ${CURSORS} cursors, moving ${moves} times`)
    await sleep(2000)
    for (const client of cursors) client.refusals.clear()
    for (const phone of phones) phone.refusals.clear()
    const echoesBefore = phones.reduce((sum, phone) => sum + phone.echoes, 0)
    await target.server.resetProbe()
    const cpuBefore = target.server.cpuMs()
    const started = performance.now()
    const rounds = moves / CURSORS
    for (let round = 0; round < rounds; round++) {
      const due = started + (round * 1000) / HZ
      const wait = due - performance.now()
      if (wait > 1) await sleep(wait)
      for (let c = 0; c < CURSORS; c++) {
        const seq = round * CURSORS + c
        writtenAt[seq] = performance.now()
        const angle = (round / HZ) * 2 + c
        cursors[c]!.awareness.setLocalStateField('cursor', {
          x: Math.round(800 + 600 * Math.cos(angle)),
          y: Math.round(500 + 400 * Math.sin(angle)),
          m: marker(seq),
        })
      }
    }
    const expected = moves * phones.length
    await until(() => delivered >= expected, 10_000)
    const deliveredInTime = delivered
    const windowMs = performance.now() - started
    const cpuMs = target.server.cpuMs() - cpuBefore
    const probe = await target.server.readProbe()
    progress(`${name}: ${deliveredInTime} of ${expected} cursor deliveries`)
    const refusals = new Map<string, number>()
    for (const client of cursors) addAll(refusals, client.refusals)
    for (const phone of phones) addAll(refusals, phone.refusals)
    const echoes = phones.reduce((sum, phone) => sum + phone.echoes, 0) - echoesBefore
    for (const phone of phones) phone.close()
    room.close()
    return {
      latencies,
      delivered: deliveredInTime,
      expected,
      cpuMs,
      windowMs,
      echoes,
      loopDelayP99: probe.loopDelay.p99,
      refusals,
    }
  })
}

export const presenceScenario: Scenario = {
  name: 'presence',
  async run(targets) {
    const runs: Partial<Record<TargetName, PresenceRun>> = {}
    for (const name of targets) runs[name] = await presence(name)
    const metric = (label: string, unit: string, value: (run: PresenceRun) => number): Metric => ({
      name: label,
      unit,
      byTarget: Object.fromEntries(
        Object.entries(runs).map(([name, run]) => [name, value(run)]),
      ) as Metric['byTarget'],
    })
    const refused = Object.entries(runs).map(([name, run]) => {
      const reasons = [...run.refusals].map(([reason, count]) => `${count} × \`${reason}\``)
      return `${name}: ${reasons.length ? reasons.join(', ') : 'none'}`
    })
    return comparison(
      `5. Presence: ${CLIENTS} clients with heartbeats, ${CURSORS} cursors at ${HZ} Hz for ${SECONDS} s`,
      [
        metric('cursor delivery p50', 'ms', (r) => spread(r.latencies).p50),
        metric('cursor delivery p99', 'ms', (r) => spread(r.latencies).p99),
        metric('server CPU', '% of a core', (r) => (100 * r.cpuMs) / r.windowMs),
        metric('server CPU per delivered cursor move', 'µs', (r) => (r.cpuMs * 1000) / r.delivered),
        metric('lost (refused included)', 'deliveries', (r) => r.expected - r.delivered),
        metric('echoes the phones sent', 'frames', (r) => r.echoes),
        metric('event-loop delay p99', 'ms', (r) => r.loopDelayP99),
      ],
      [
        `Atelier: the ${CURSORS} cursors are facilitators on the board, the phones read it; elsewhere every client is alike. Phones are raw listeners that echo each presence change they learn (as the stock provider does) and renew a presence of their own every 15 s; on the raw forwarder they do not echo (it keeps no presence: every echo would be forwarded to everyone, and echoed again).`,
        `Refused by the server (permission denied, counted by the clients): ${refused.join('; ')}.`,
      ],
    )
  },
}
