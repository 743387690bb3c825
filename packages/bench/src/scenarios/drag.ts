import { type Listener, openListeners, Listener as RawListener } from '../harness/listener.js'
import { metricsOf, untilQuiet } from '../harness/runs.js'
import { progress, sleep } from '../harness/stats.js'
import { comparison, type TargetName } from '../harness/table.js'
import { withTarget } from '../targets/start.js'
import { type Scenario, setting } from './scenario.js'

const PHONES = setting('BENCH_DRAG_PHONES', 500)
const NOTES = setting('BENCH_DRAG_NOTES', 20)
const RATE = setting('BENCH_DRAG_RATE', 30)
const SECONDS = setting('BENCH_DRAG_SECONDS', 10)

interface DragRun {
  /** Sync (document) bytes each phone received during the drag. */
  documentBytes: number[]
  /** Everything else each phone received meanwhile (presence, control). */
  otherBytes: number[]
  /** What a second facilitator canvas received: proof the drag went through. */
  canvasBytes: number
  ticks: number
  cpuMs: number
  loopDelayP99: number
}

const Y_SYNC = 0

/**
 * 3. Facilitator drag: PHONES phones read the board while the facilitator
 * drags NOTES notes at RATE Hz for SECONDS. Nothing else writes meanwhile,
 * so every document update a phone receives in that window is layout
 * traffic. Atelier keeps positions in the workshop's `:layout` room, which
 * phones never read; the references keep them in the one shared document.
 * A second facilitator canvas counts what it receives: 0 bytes on the
 * phones means nothing only if the drag reached the server and the canvas.
 */
async function drag(name: TargetName): Promise<DragRun> {
  return withTarget(name, async (target) => {
    const room = await target.room()
    const ids = await room.seed(NOTES)
    const readers = await room.phones(PHONES)
    let counting = false
    const documentBytes = new Float64Array(PHONES)
    const otherBytes = new Float64Array(PHONES)
    const listeners: Listener[] = await openListeners(PHONES, (i) => {
      const reader = readers[i]!
      return new RawListener(reader.url, reader.hello, {
        message: (frame) => {
          if (!counting) return
          const message = target.wire.unframe(frame)
          if (message?.[0] === Y_SYNC) documentBytes[i]! += frame.length
          else otherBytes[i]! += frame.length
        },
      })
    })
    const facilitator = await room.facilitator()
    const canvas = await room.facilitator()
    let canvasBytes = 0
    canvas.client.doc.on('update', (update: Uint8Array) => {
      if (counting) canvasBytes += update.length
    })
    progress(`${name}: ${PHONES} phones open, dragging ${NOTES} notes`)
    // Every phone's first sync is over before the drag starts.
    await sleep(1000)
    const received = () => listeners.reduce((sum, l) => sum + l.bytes, 0) + canvasBytes
    await untilQuiet(received, 500, 10_000)
    counting = true
    await target.server.resetProbe()
    const cpuBefore = target.server.cpuMs()
    const ticks = Math.round(RATE * SECONDS)
    const started = performance.now()
    for (let tick = 0; tick < ticks; tick++) {
      // Paced on the clock, not on the timers, as a pointer moves.
      const wait = started + (tick * 1000) / RATE - performance.now()
      if (wait > 1) await sleep(wait)
      facilitator.move(
        Object.fromEntries(
          ids.map((id, i) => [
            id,
            { x: 100 + (i % 5) * 220 + tick * 3, y: 100 + Math.floor(i / 5) * 160 + tick * 2 },
          ]),
        ),
      )
    }
    // What the server still relays after the last tick is part of the drag.
    await untilQuiet(received, 1000, 30_000)
    const cpuMs = target.server.cpuMs() - cpuBefore
    const reading = await target.server.readProbe()
    counting = false
    for (const listener of listeners) listener.close()
    room.close()
    return {
      documentBytes: [...documentBytes],
      otherBytes: [...otherBytes],
      canvasBytes,
      ticks,
      cpuMs,
      loopDelayP99: reading.loopDelay.p99,
    }
  })
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length

export const dragScenario: Scenario = {
  name: 'drag',
  async run(targets) {
    const runs: Partial<Record<TargetName, DragRun>> = {}
    for (const name of targets) runs[name] = await drag(name)
    const metric = metricsOf(runs)
    return comparison(
      `3. Facilitator drag: ${PHONES} phones connected, ${NOTES} notes dragged at ${RATE} Hz for ${SECONDS} s`,
      [
        metric('layout bytes per phone (mean)', 'KB', (r) => mean(r.documentBytes) / 1024, '0'),
        metric(
          'layout bytes, most any phone got',
          'KB',
          (r) => Math.max(...r.documentBytes) / 1024,
        ),
        metric('other bytes per phone (presence, control)', 'KB', (r) => mean(r.otherBytes) / 1024),
        metric('second facilitator canvas received', 'KB', (r) => r.canvasBytes / 1024),
        metric('server CPU per tick', 'ms', (r) => r.cpuMs / r.ticks),
        metric('event-loop delay p99', 'ms', (r) => r.loopDelayP99),
      ],
      [
        'Atelier: the facilitator drags on the `:layout` room (token of the facilitator role); phones read the board room. The references: positions in the shared document every client reads. Layout bytes: the document (sync) frames a phone receives during the drag, when nothing but the drag writes.',
      ],
    )
  },
}
