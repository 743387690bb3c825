import { Deliveries } from '../harness/deliveries.js'
import type { DocClient } from '../harness/doc-client.js'
import { marker } from '../harness/markers.js'
import { HEARTBEAT_MS, PresenceListener } from '../harness/presence-listener.js'
import { metricsOf } from '../harness/runs.js'
import { progress, sleep, spread, until } from '../harness/stats.js'
import { comparison, isAtelier, type TargetName } from '../harness/table.js'
import { withTarget } from '../targets/start.js'
import { type Scenario, setting } from './scenario.js'

const CLIENTS = setting('BENCH_PRESENCE_CLIENTS', 300)
const CURSORS = setting('BENCH_PRESENCE_CURSORS', 20)
/**
 * Cursor moves a second, each cursor. 20 is the most presence a socket may
 * send for long on Atelier (a burst of 60, then one per 50 ms): past it the
 * moves are refused (rate-limited), so 30 Hz measures that limit, not the relay.
 */
const HZ = setting('BENCH_PRESENCE_HZ', 20)
const SECONDS = setting('BENCH_PRESENCE_SECONDS', 10)

interface Delivered {
  latencies: number[]
  delivered: number
  expected: number
}

interface PresenceRun {
  toPhones: Delivered
  toCursors: Delivered
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
    // To the phones, and to the other cursors (Atelier shows cursors to facilitators only).
    const toPhones = new Deliveries(moves)
    const toCursors = new Deliveries(moves)
    const readers = await room.phones(CLIENTS - CURSORS)
    const phones: PresenceListener[] = []
    for (let start = 0; start < readers.length; start += 50) {
      const batch = readers.slice(start, start + 50).map((reader) => {
        return new PresenceListener(reader.url, reader.hello, room.name, target.wire, {
          echo: name !== 'raw',
          onAwareness: toPhones.frameScanner(),
        })
      })
      await Promise.all(batch.map((phone) => phone.opened))
      phones.push(...batch)
    }
    // Spread over one period, as phones that joined at different times renew.
    for (const phone of phones) phone.startHeartbeat(Math.random() * HEARTBEAT_MS)
    const cursors: DocClient[] = await room.facilitatorPresenceClients(CURSORS)
    for (const client of cursors) watchCursors(client, toCursors.receiver())
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
        toPhones.written(seq)
        toCursors.written(seq)
        const angle = (round / HZ) * 2 + c
        cursors[c]!.awareness.setLocalStateField('cursor', {
          x: Math.round(800 + 600 * Math.cos(angle)),
          y: Math.round(500 + 400 * Math.sin(angle)),
          m: marker(seq),
        })
      }
    }
    const expected = moves * phones.length
    const expectedAmongCursors = moves * (CURSORS - 1)
    // Atelier sends the phones no cursor: waiting for them would only wait out the timeout.
    const toPhonesExpected = isAtelier(name) ? 0 : expected
    await until(
      () => toPhones.delivered >= toPhonesExpected && toCursors.delivered >= expectedAmongCursors,
      10_000,
    )
    const windowMs = performance.now() - started
    const cpuMs = target.server.cpuMs() - cpuBefore
    const probe = await target.server.readProbe()
    progress(
      `${name}: ${toPhones.delivered} of ${expected} cursor deliveries to phones, ${toCursors.delivered} of ${expectedAmongCursors} among cursors`,
    )
    const refusals = new Map<string, number>()
    for (const client of cursors) addAll(refusals, client.refusals)
    for (const phone of phones) addAll(refusals, phone.refusals)
    const echoes = phones.reduce((sum, phone) => sum + phone.echoes, 0) - echoesBefore
    for (const phone of phones) phone.close()
    room.close()
    return {
      toPhones: { latencies: toPhones.latencies, delivered: toPhones.delivered, expected },
      toCursors: {
        latencies: toCursors.latencies,
        delivered: toCursors.delivered,
        expected: expectedAmongCursors,
      },
      cpuMs,
      windowMs,
      echoes,
      loopDelayP99: probe.loopDelay.p99,
      refusals,
    }
  })
}

/** Calls `arrived` with each cursor move (its marker) `client` learns from the others. */
function watchCursors(client: DocClient, arrived: (seq: number, at: number) => void): void {
  const { awareness } = client
  awareness.on('change', ({ added, updated }: { added: number[]; updated: number[] }) => {
    const at = performance.now()
    for (const id of [...added, ...updated]) {
      if (id === awareness.clientID) continue
      const cursor = awareness.getStates().get(id)?.cursor as { m?: string } | undefined
      const seq = cursor?.m?.match(/^~N(\d+)~$/)?.[1]
      if (seq !== undefined) arrived(Number(seq), at)
    }
  })
}

export const presenceScenario: Scenario = {
  name: 'presence',
  async run(targets) {
    const runs: Partial<Record<TargetName, PresenceRun>> = {}
    for (const name of targets) runs[name] = await presence(name)
    const metric = metricsOf(runs)
    const refused = Object.entries(runs).map(([name, run]) => {
      const reasons = [...run.refusals].map(([reason, count]) => `${count} × \`${reason}\``)
      return `${name}: ${reasons.length ? reasons.join(', ') : 'none'}`
    })
    return comparison(
      `5. Presence: ${CLIENTS} clients with heartbeats, ${CURSORS} cursors at ${HZ} Hz for ${SECONDS} s`,
      [
        metric(
          'cursor delivery to the other cursors p50',
          'ms',
          (r) => spread(r.toCursors.latencies).p50,
        ),
        metric(
          'cursor delivery to the other cursors p99',
          'ms',
          (r) => spread(r.toCursors.latencies).p99,
        ),
        metric(
          'cursor moves lost among cursors (refused included)',
          'deliveries',
          (r) => r.toCursors.expected - r.toCursors.delivered,
        ),
        metric('cursor delivery to phones p50', 'ms', (r, t) =>
          isAtelier(t) ? undefined : spread(r.toPhones.latencies).p50,
        ),
        metric('cursor delivery to phones p99', 'ms', (r, t) =>
          isAtelier(t) ? undefined : spread(r.toPhones.latencies).p99,
        ),
        metric('cursor moves lost on the way to phones', 'deliveries', (r, t) =>
          isAtelier(t) ? undefined : r.toPhones.expected - r.toPhones.delivered,
        ),
        metric('server CPU', '% of a core', (r) => (100 * r.cpuMs) / r.windowMs),
        metric(
          'server CPU per cursor move',
          'µs',
          (r) => (r.cpuMs * 1000) / (HZ * SECONDS * CURSORS),
        ),
        metric('echoes the phones sent', 'frames', (r) => r.echoes),
        metric('event-loop delay p99', 'ms', (r) => r.loopDelayP99),
      ],
      [
        `Atelier: the ${CURSORS} cursors are facilitators on the board, the phones read it; elsewhere every client is alike. Phones are raw listeners that echo each presence change they learn (as the stock provider does) and renew a presence of their own every 15 s; on the raw forwarder they do not echo (it keeps no presence: every echo would be forwarded to everyone, and echoed again).`,
        'Atelier sends cursors only to those who may see them (facilitators, the people writing the room): its phones get the people count, so it has no phone delivery rows.',
        `Refused by the server (permission denied, counted by the clients): ${refused.join('; ')}.`,
      ],
    )
  },
}
