import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { SynthesisChanges } from '@atelier/synthesis'
import { type Logger, SILENT_LOGGER } from '../logging/logger.js'
import type { RenderedSummary } from '../workshops/summary-service.js'
import type { SynthesisFormat } from './exports.js'
import type { SynthesisBuilder } from './synthesis-builder.js'
import type {
  BuildInput,
  BuildPurpose,
  BuildResult,
  WorkerReply,
  WorkerRequest,
} from './worker-protocol.js'

/**
 * The worker's entry, always the BUILT file: from dist/campaigns/ and from
 * src/campaigns/ (vitest runs the sources, and Node 20 cannot run a `.ts`
 * worker) `../../dist/` is the same folder. `pnpm test` builds first.
 */
export const SYNTHESIS_WORKER_ENTRY = new URL(
  '../../dist/campaigns/synthesis-worker.js',
  import.meta.url,
)

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

interface Pending {
  resolve: (result: unknown) => void
  reject: (error: Error) => void
}

/**
 * Builds syntheses in one long-lived worker thread, so a 60-workshop
 * campaign's grouping (about a second of CPU) never runs on the event loop
 * that relays every phone. Started at the first request; requests queue in
 * the worker, one build at a time (the machine may have two cores). If the
 * worker dies, every request it held fails (a 500 for its organiser) and the
 * next request starts a fresh one (its caches are rebuilt, results are the same).
 */
export class WorkerSynthesisBuilder implements SynthesisBuilder {
  private worker: Worker | null = null
  private readonly pending = new Map<number, Pending>()
  private nextId = 1
  private closed = false

  constructor(
    private readonly entry: URL = SYNTHESIS_WORKER_ENTRY,
    private readonly logger: Logger = SILENT_LOGGER,
  ) {}

  build<P extends BuildPurpose>(input: BuildInput, purpose: P): Promise<BuildResult<P>> {
    return this.request({ build: input, purpose }) as Promise<BuildResult<P>>
  }

  renderFrozen(json: string, format: SynthesisFormat): Promise<RenderedSummary> {
    return this.request({ frozen: { json, format } }) as Promise<RenderedSummary>
  }

  versionChanges(before: string | null, after: string): Promise<SynthesisChanges> {
    return this.request({ versionChanges: { before, after } }) as Promise<SynthesisChanges>
  }

  /** Posts a request; resolves with its result (its type is the request's, by construction). */
  private request(request: DistributiveOmit<WorkerRequest, 'id'>): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('the synthesis worker is closed'))
    let worker: Worker
    try {
      worker = this.worker ?? this.start()
    } catch (error) {
      return Promise.reject(error)
    }
    const id = this.nextId++
    return new Promise<unknown>((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      worker.postMessage({ ...request, id } satisfies WorkerRequest)
    })
  }

  /** Stops the worker; requests still waiting fail. */
  async close(): Promise<void> {
    this.closed = true
    const worker = this.worker
    this.worker = null
    this.failAll(new Error('the server is closing'))
    if (worker) await worker.terminate()
  }

  private start(): Worker {
    const path = fileURLToPath(this.entry)
    if (!existsSync(path))
      throw new Error(`${path} is missing: build the server first (pnpm -r build)`)
    // No inherited flags: under vitest they resolve packages to their .ts sources.
    const worker = new Worker(this.entry, { execArgv: [] })
    // An idle worker must not keep a process alive; the server's sockets do.
    worker.unref()
    worker.on('message', (reply: WorkerReply) => {
      const waiting = this.pending.get(reply.id)
      if (!waiting) return
      this.pending.delete(reply.id)
      // Settled on the next turn: the reply's deserialisation and the route's
      // rendering then run in two turns, not one twice as long.
      setImmediate(() => {
        if ('error' in reply) waiting.reject(new Error(`synthesis failed: ${reply.error}`))
        else waiting.resolve(reply.result)
      })
    })
    const gone = (error: Error) => {
      // Only the current worker's death fails the requests it held.
      if (this.worker !== worker) return
      this.worker = null
      this.logger.error({ err: error }, 'synthesis worker stopped')
      this.failAll(error)
    }
    worker.on('error', gone)
    worker.on('exit', (code) => gone(new Error(`the synthesis worker exited with code ${code}`)))
    this.worker = worker
    return worker
  }

  private failAll(error: Error): void {
    const waiting = [...this.pending.values()]
    this.pending.clear()
    for (const { reject } of waiting) reject(error)
  }
}
