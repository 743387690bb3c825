import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { CampaignInfo, CampaignState, Synthesis, SynthesisChanges } from '@atelier/synthesis'
import { type Logger, SILENT_LOGGER } from '../logging/logger.js'
import type { RenderedSummary } from '../workshops/summary-service.js'
import type { SynthesisFormat } from './exports.js'
import type { DraftChanges, PublicationStamp, PublishedBuild } from './frozen.js'
import type { ScreenProjection } from './screen-projection.js'
import type { SynthesisBuilder } from './synthesis-builder.js'
import type { TerritoryView } from './territory-view.js'
import type {
  BuildReply,
  BuildRequest,
  FrozenRequest,
  SynthesisInput,
  SynthesisOverview,
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
  resolve: (reply: BuildReply) => void
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

  async build(
    campaignId: string,
    campaign: CampaignInfo,
    sources: SynthesisInput[],
    state?: CampaignState,
  ): Promise<Synthesis> {
    const reply = await this.request({ campaignId, campaign, sources, state })
    if (!('synthesis' in reply)) throw new Error('the synthesis worker sent no synthesis')
    return reply.synthesis
  }

  async render(
    campaignId: string,
    campaign: CampaignInfo,
    sources: SynthesisInput[],
    format: SynthesisFormat,
    state?: CampaignState,
  ): Promise<RenderedSummary> {
    const reply = await this.request({ campaignId, campaign, sources, format, state })
    if (!('rendered' in reply)) throw new Error('the synthesis worker sent no file')
    return reply.rendered
  }

  async overview(
    campaignId: string,
    campaign: CampaignInfo,
    sources: SynthesisInput[],
    state?: CampaignState,
  ): Promise<SynthesisOverview> {
    const reply = await this.request({ campaignId, campaign, sources, state, overview: true })
    if (!('overview' in reply)) throw new Error('the synthesis worker sent no overview')
    return reply.overview
  }

  async publish(
    campaignId: string,
    campaign: CampaignInfo,
    sources: SynthesisInput[],
    stamp: PublicationStamp,
    state?: CampaignState,
  ): Promise<PublishedBuild> {
    const reply = await this.request({ campaignId, campaign, sources, state, publish: stamp })
    if (!('published' in reply)) throw new Error('the synthesis worker sent no version')
    return reply.published
  }

  async draftChanges(
    campaignId: string,
    campaign: CampaignInfo,
    sources: SynthesisInput[],
    since: string | null,
    state?: CampaignState,
  ): Promise<DraftChanges> {
    const reply = await this.request({
      campaignId,
      campaign,
      sources,
      state,
      changesSince: { json: since },
    })
    if (!('draft' in reply)) throw new Error('the synthesis worker sent no changes')
    return reply.draft
  }

  async screen(
    campaignId: string,
    campaign: CampaignInfo,
    sources: SynthesisInput[],
    state?: CampaignState,
  ): Promise<ScreenProjection> {
    const reply = await this.request({ campaignId, campaign, sources, state, screen: true })
    if (!('screen' in reply)) throw new Error('the synthesis worker sent no screen projection')
    return reply.screen
  }

  async territory(
    campaignId: string,
    campaign: CampaignInfo,
    sources: SynthesisInput[],
    workshopId: string,
    state?: CampaignState,
  ): Promise<TerritoryView | null> {
    const reply = await this.request({
      campaignId,
      campaign,
      sources,
      state,
      territory: workshopId,
    })
    if (!('territory' in reply)) throw new Error('the synthesis worker sent no territory view')
    return reply.territory
  }

  async renderFrozen(json: string, format: SynthesisFormat): Promise<RenderedSummary> {
    const reply = await this.request({ frozen: { json, format } })
    if (!('rendered' in reply)) throw new Error('the synthesis worker sent no file')
    return reply.rendered
  }

  async versionChanges(before: string | null, after: string): Promise<SynthesisChanges> {
    const reply = await this.request({ versionChanges: { before, after } })
    if (!('changes' in reply)) throw new Error('the synthesis worker sent no changes')
    return reply.changes
  }

  private request(
    request: Omit<BuildRequest, 'id'> | DistributiveOmit<FrozenRequest, 'id'>,
  ): Promise<BuildReply> {
    if (this.closed) return Promise.reject(new Error('the synthesis worker is closed'))
    let worker: Worker
    try {
      worker = this.worker ?? this.start()
    } catch (error) {
      return Promise.reject(error)
    }
    const id = this.nextId++
    return new Promise<BuildReply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      worker.postMessage({ ...request, id } satisfies BuildRequest | FrozenRequest)
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
    worker.on('message', (reply: BuildReply) => {
      const waiting = this.pending.get(reply.id)
      if (!waiting) return
      this.pending.delete(reply.id)
      // Settled on the next turn: the reply's deserialisation and the route's
      // rendering then run in two turns, not one twice as long.
      setImmediate(() => {
        if ('error' in reply) waiting.reject(new Error(`synthesis failed: ${reply.error}`))
        else waiting.resolve(reply)
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
