import { Listener } from '../harness/listener.js'
import { markerReader } from '../harness/markers.js'
import { metricsOf } from '../harness/runs.js'
import { fetchCopy } from '../harness/state-copy.js'
import { progress, sleep, spread, until } from '../harness/stats.js'
import { comparison, isAtelier, type TargetName } from '../harness/table.js'
import { syncStep1 } from '../harness/wire.js'
import { withTarget } from '../targets/start.js'
import type { Reader } from '../targets/target.js'
import { type Scenario, setting } from './scenario.js'

const BOARD = setting('BENCH_JOIN_BOARD', 8000)
const PHONES = setting('BENCH_JOIN_PHONES', 300)
const TIMEOUT_MS = setting('BENCH_JOIN_TIMEOUT_MS', 120_000)

interface JoinStormRun {
  /** Milliseconds from the storm's start until each phone had the whole board. */
  times: number[]
  /** Server CPU of the storm (the websocket connections and their syncs). */
  cpuMs: number
  /** Atelier only: server CPU of the POST /api/join that come before, per phone. */
  joinRequestCpuMs?: number
  loopDelayP99: number
  bytesPerPhone: number
  /** Atelier: of `bytesPerPhone`, the gzip'd HTTP copy. */
  copyBytesPerPhone: number
  /** The load generator's own CPU over the storm: near the wall time, it was the bottleneck. */
  generatorCpuMs: number
  wallMs: number
}

/** One phone of the storm: its socket, and the bytes of the copy it fetched (Atelier). */
interface Phone {
  listener: Listener
  copyBytes: () => number
}

/**
 * A raw listener that calls `whole` once it has seen the marker of every
 * one of the `board` seeded notes. "The whole board" is every note's text
 * arrived, not the last marker: the raw forwarder answers a join with one
 * frame per seeded transaction, the others with one frame, and a count of
 * distinct markers is right for both (bytes would not be: each server
 * encodes the same board differently).
 *
 * On Atelier the phone does what its web app does: it fetches the board's
 * gzip'd copy over HTTP while its socket opens, holds the socket's hello
 * until the copy is read, then says what the copy held; the board is whole
 * once every marker came (most in the copy) and the socket answered that
 * hello (the server's sync step 2, the rest of the board).
 */
function boardPhone(reader: Reader, board: number, whole: (at: number) => void): Phone {
  const seen = new Uint8Array(board)
  let count = 0
  let answered = !reader.copy
  const check = (at: number) => {
    if (count === board && answered) whole(at)
  }
  const mark = (seq: number, at: number) => {
    if (seq >= board || seen[seq]) return
    seen[seq] = 1
    if (++count === board) check(at)
  }
  let copyBytes = 0
  const hello = reader.copy
    ? fetchCopy(reader.copy).then((copy) => {
        copyBytes = copy.wireBytes
        const at = performance.now()
        for (const seq of copy.markers) mark(seq, at)
        return [syncStep1(copy.stateVector)]
      })
    : reader.hello
  const scan = markerReader(mark)
  // A frame's first piece starts with its message: [0, 1] is sync step 2, the hello's answer.
  let inFrame = false
  const listener = new Listener(reader.url, hello, {
    pieces: (piece, at, last) => {
      if (!inFrame && !answered && piece[0] === 0 && piece[1] === 1) {
        answered = true
        scan(piece, at, last)
        check(at)
      } else scan(piece, at, last)
      inFrame = !last
    },
  })
  // A refused connection shows as a phone that never got the board, not as a crash.
  listener.opened.catch(() => {})
  if (hello instanceof Promise) hello.catch(() => {})
  return { listener, copyBytes: () => copyBytes }
}

/**
 * 2. Join storm: a board of BOARD notes, then PHONES phones connect at
 * once. On Atelier the phones have joined (POST /api/join) beforehand: the
 * storm is the websocket connections, as for the references, and the join
 * requests' CPU is its own row.
 */
async function joinStorm(name: TargetName): Promise<JoinStormRun> {
  return withTarget(name, async (target) => {
    const room = await target.room()
    progress(`${name}: seeding ${BOARD} notes`)
    await room.seed(BOARD)
    // The server holds the board once a reader gets all of it.
    const [probeReader] = await room.phones(1)
    let seeded = false
    // The probe joins as the storm's phones do: what it leaves cached (the
    // step-1 answer, Atelier's copy) is cached for them, on every target alike.
    const probe = boardPhone(probeReader!, BOARD, () => {
      seeded = true
    })
    if (!(await until(() => seeded, TIMEOUT_MS))) throw new Error(`${name}: the seed never arrived`)
    probe.listener.close()
    const joinCpuBefore = target.server.cpuMs()
    const readers = await room.phones(PHONES)
    const joinRequestCpuMs = isAtelier(name)
      ? (target.server.cpuMs() - joinCpuBefore) / PHONES
      : undefined
    // Longer than Atelier's copy may lag behind additions (SNAPSHOT_MAX_STALE_MS,
    // 2 s), so the storm's first request encodes a copy of the settled board
    // (a cold start) and none is served that the probe fetched while the
    // seed was still arriving (its phones would get the rest over the socket).
    await sleep(2500)
    progress(`${name}: ${PHONES} phones connect at once`)
    await target.server.resetProbe()
    const cpuBefore = target.server.cpuMs()
    const generatorBefore = process.cpuUsage()
    const times: number[] = []
    // One clock for every phone: the generator scans each frame as it comes,
    // which delays the later phones a little on every target alike.
    const started = performance.now()
    const phones = readers.map((reader) =>
      boardPhone(reader, BOARD, (at) => times.push(at - started)),
    )
    await until(() => times.length >= PHONES, TIMEOUT_MS)
    const cpuMs = target.server.cpuMs() - cpuBefore
    const generator = process.cpuUsage(generatorBefore)
    const wallMs = performance.now() - started
    const reading = await target.server.readProbe()
    progress(`${name}: ${times.length} of ${PHONES} phones have the whole board`)
    const bytes = phones.reduce((sum, p) => sum + p.listener.bytes + p.copyBytes(), 0)
    const copyBytes = phones.reduce((sum, p) => sum + p.copyBytes(), 0)
    for (const phone of phones) phone.listener.close()
    room.close()
    return {
      times,
      cpuMs,
      ...(joinRequestCpuMs === undefined ? {} : { joinRequestCpuMs }),
      loopDelayP99: reading.loopDelay.p99,
      bytesPerPhone: bytes / PHONES,
      copyBytesPerPhone: copyBytes / PHONES,
      generatorCpuMs: (generator.user + generator.system) / 1000,
      wallMs,
    }
  })
}

export const joinStormScenario: Scenario = {
  name: 'join-storm',
  async run(targets) {
    const runs: Partial<Record<TargetName, JoinStormRun>> = {}
    for (const name of targets) runs[name] = await joinStorm(name)
    const metric = metricsOf(runs)
    return comparison(
      `2. Join storm: ${PHONES} phones connect at once to a ${BOARD}-note board`,
      [
        metric('whole board p50', 'ms', (r) => spread(r.times).p50),
        metric('whole board p99', 'ms', (r) => spread(r.times).p99, '≤ 0.3× stock'),
        metric('whole board max', 'ms', (r) => spread(r.times).max),
        metric(
          `phones without the whole board after ${TIMEOUT_MS / 1000} s`,
          'phones',
          (r) => PHONES - r.times.length,
          '0',
        ),
        metric('server CPU per joiner', 'ms', (r) => r.cpuMs / PHONES),
        metric('join request CPU per phone', 'ms', (r) => r.joinRequestCpuMs),
        metric('bytes per phone', 'KB', (r) => r.bytesPerPhone / 1024),
        metric(
          'of which the HTTP copy (gzip)',
          'KB',
          (r) => r.copyBytesPerPhone / 1024 || undefined,
        ),
        metric('event-loop delay p99', 'ms', (r) => r.loopDelayP99),
        metric('server CPU of the storm / its wall time', '%', (r) => (100 * r.cpuMs) / r.wallMs),
        metric(
          "load generator CPU / the storm's wall time",
          '%',
          (r) => (100 * r.generatorCpuMs) / r.wallMs,
        ),
      ],
      [
        "Atelier: the facilitator wrote the board (SQLite, durable); each phone joined with the code (POST /api/join, its own row) before the storm, then all connect at once, as the web app does: the board's gzip'd copy over HTTP while the socket opens, then a sync step 1 saying what the copy held. The references: the same notes in one shared document, joined over the socket. \"Whole board\": the phone has received every seeded note's text (and, on Atelier, the answer to its sync step 1).",
      ],
    )
  },
}
