// Preloaded (`node --import`) into a child server by probed-server.ts: measures
// the server's own event loop and memory and answers over the IPC channel, so
// the test's clients (in another process) never count as server work.
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks'

const TICK_MS = 20
const histogram = monitorEventLoopDelay({ resolution: 10 })
histogram.enable()

// A stall is attributable to the server when the process burned CPU for it:
// a tick that came late while the machine ran someone else (2 busy cores)
// counts only as far as this process used CPU meanwhile (min of the two).
let longestStallMs = 0
let last = performance.now()
let lastCpu = process.cpuUsage()
setInterval(() => {
  const now = performance.now()
  const cpu = process.cpuUsage(lastCpu)
  const lateMs = now - last - TICK_MS
  const cpuMs = (cpu.user + cpu.system) / 1000
  longestStallMs = Math.max(longestStallMs, Math.min(lateMs, cpuMs))
  last = now
  lastCpu = process.cpuUsage()
}, TICK_MS).unref()

// The longest garbage-collection pause, to tell a GC stall from the server's own code.
let longestGcMs = 0
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longestGcMs = Math.max(longestGcMs, entry.duration)
}).observe({ entryTypes: ['gc'] })

let peakRss = 0
setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss)
}, 100).unref()

process.channel?.unref()
process.on('message', (message) => {
  if (message === 'reset') {
    histogram.reset()
    longestStallMs = 0
    longestGcMs = 0
    peakRss = 0
  }
  if (message === 'gc') {
    // Twice: the first pass may only queue finalizers.
    globalThis.gc?.()
    globalThis.gc?.()
  }
  const memory = process.memoryUsage()
  process.send?.({
    reply: message,
    longestStallMs,
    longestGcMs,
    maxEventLoopDelayMs: histogram.max / 1e6,
    rss: memory.rss,
    peakRss: Math.max(peakRss, memory.rss),
    heapUsed: memory.heapUsed,
  })
})
