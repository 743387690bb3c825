// Preloaded into every server the benchmark starts (`node --import`), the
// reference servers included, so each is measured from inside the same way:
// event-loop delay since the last reset, and heap after a full GC when asked.
// Talks over the IPC channel the benchmark opens; silent otherwise.
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { writeHeapSnapshot } from 'node:v8'

const delay = monitorEventLoopDelay({ resolution: 5 })
delay.enable()

export interface ProbeReading {
  /** Event-loop delay since the last reset, in milliseconds. */
  loopDelay: { p50: number; p99: number; max: number }
  heapUsed: number
  rss: number
}

const gc = (globalThis as { gc?: () => void }).gc

process.on(
  'message',
  (message: { probe?: 'reset' | 'read' | 'snapshot'; gc?: boolean; path?: string }) => {
    if (message?.probe === 'snapshot' && message.path) {
      // Where the heap goes, for a profile (writeHeapSnapshot collects garbage first).
      process.send?.({ probe: 'snapshot', reading: writeHeapSnapshot(message.path) })
    } else if (message?.probe === 'reset') {
      delay.reset()
      process.send?.({ probe: 'reset' })
    } else if (message?.probe === 'read') {
      if (message.gc && gc) {
        // Twice: the first pass can leave what finalizers freed for the second.
        gc()
        gc()
      }
      const memory = process.memoryUsage()
      const reading: ProbeReading = {
        loopDelay: {
          p50: delay.percentile(50) / 1e6,
          p99: delay.percentile(99) / 1e6,
          max: delay.max / 1e6,
        },
        heapUsed: memory.heapUsed,
        rss: memory.rss,
      }
      process.send?.({ probe: 'read', reading })
    }
  },
)
// The channel must not keep a server alive that was told to stop.
process.channel?.unref()
