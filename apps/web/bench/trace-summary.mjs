// TRACE=1 in canvas.bench.mjs: where a gesture's time goes in the page's
// renderer, read off a Chromium trace. The profiler (PROFILE=1) sees only
// JavaScript; a frame is also style, paint, raster, compositing and garbage
// collection, which only the trace shows.

/** Trace categories: the timeline DevTools records, V8's GC, and the compositor. */
export const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'blink',
  'cc',
]

/**
 * The measured page's renderer (the one whose frame loop ran: the other
 * page's renderer is idle meanwhile), with the total time of each event name
 * on each of its threads, longest first. Totals are inclusive: an event
 * nested in another counts in both.
 */
export function summarizeTrace(trace, top = 12) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents
  const threadNames = new Map()
  const animationFrames = new Map()
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args.name)
    if (e.name === 'FireAnimationFrame')
      animationFrames.set(e.pid, (animationFrames.get(e.pid) ?? 0) + 1)
  }
  const [pid] = [...animationFrames.entries()].sort((a, b) => b[1] - a[1])[0] ?? []
  if (pid === undefined) return 'no renderer ran a frame loop in the trace'
  const totals = new Map()
  for (const e of events) {
    if (e.pid !== pid || e.ph !== 'X' || typeof e.dur !== 'number') continue
    const thread = threadNames.get(`${e.pid}:${e.tid}`) ?? `thread ${e.tid}`
    if (!totals.has(thread)) totals.set(thread, new Map())
    const names = totals.get(thread)
    const entry = names.get(e.name) ?? { ms: 0, count: 0 }
    entry.ms += e.dur / 1000
    entry.count++
    names.set(e.name, entry)
  }
  const lines = [`renderer ${pid}: ${animationFrames.get(pid)} animation frames`]
  const busiest = [...totals.entries()]
    .map(([thread, names]) => [thread, names, Math.max(...[...names.values()].map((n) => n.ms))])
    .sort((a, b) => b[2] - a[2])
    .slice(0, 4)
  for (const [thread, names] of busiest) {
    lines.push(`  ${thread}`)
    for (const [name, { ms, count }] of [...names.entries()]
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, top))
      lines.push(`    ${ms.toFixed(0).padStart(6)} ms  ${String(count).padStart(5)}x  ${name}`)
  }
  return lines.join('\n')
}
