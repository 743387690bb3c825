import type { SessionSummary } from '@atelier/recommendations'
import {
  buildSynthesis,
  type CampaignInfo,
  type CampaignSource,
  createSynthesisCache,
  type Synthesis,
  type SynthesisCache,
} from '@atelier/synthesis'
import type { RenderedSummary } from '../workshops/summary-service.js'
import { renderSynthesis, type SynthesisFormat } from './exports.js'
import { type TerritoryView, territoryView } from './territory-view.js'
import type { SynthesisInput, SynthesisOverview } from './worker-protocol.js'

/** Where a campaign's synthesis is computed: on this thread or in a worker. */
export interface SynthesisBuilder {
  build(campaignId: string, campaign: CampaignInfo, sources: SynthesisInput[]): Promise<Synthesis>
  /** The synthesis already rendered as one export (`synthesis.<format>`). */
  render(
    campaignId: string,
    campaign: CampaignInfo,
    sources: SynthesisInput[],
    format: SynthesisFormat,
  ): Promise<RenderedSummary>
  /** Only the overview's part of the synthesis (a few kB instead of megabytes). */
  overview(
    campaignId: string,
    campaign: CampaignInfo,
    sources: SynthesisInput[],
  ): Promise<SynthesisOverview>
  /** One workshop's territory view (null when it is not in the synthesis). */
  territory(
    campaignId: string,
    campaign: CampaignInfo,
    sources: SynthesisInput[],
    workshopId: string,
  ): Promise<TerritoryView | null>
  close(): Promise<void>
}

/**
 * `buildSynthesis` with one cache per campaign (most recently used last): a
 * vote changes dots, not texts, so the next build skips the grouping. A cache
 * never changes a result, only its cost; the oldest is dropped past
 * `maxCached`. Synchronous CPU work: the server runs it inside a worker
 * thread (synthesis-worker.ts); this thread's version is for that worker,
 * the benchmark and comparisons.
 */
export class CachedSynthesisBuilder {
  private readonly caches = new Map<string, SynthesisCache>()

  constructor(private readonly maxCached = 64) {}

  build(campaignId: string, campaign: CampaignInfo, inputs: SynthesisInput[]): Synthesis {
    return buildSynthesis(campaign, inputs.map(toSource), undefined, {
      cache: this.cacheFor(campaignId),
    })
  }

  render(
    campaignId: string,
    campaign: CampaignInfo,
    inputs: SynthesisInput[],
    format: SynthesisFormat,
  ): Promise<RenderedSummary> {
    return renderSynthesis(this.build(campaignId, campaign, inputs), format)
  }

  overview(
    campaignId: string,
    campaign: CampaignInfo,
    inputs: SynthesisInput[],
  ): SynthesisOverview {
    const { workshops, missingTerritories } = this.build(campaignId, campaign, inputs)
    return { workshops, missingTerritories }
  }

  territory(
    campaignId: string,
    campaign: CampaignInfo,
    inputs: SynthesisInput[],
    workshopId: string,
  ): TerritoryView | null {
    return territoryView(this.build(campaignId, campaign, inputs), workshopId)
  }

  private cacheFor(campaignId: string): SynthesisCache {
    const cache = this.caches.get(campaignId) ?? createSynthesisCache()
    this.caches.delete(campaignId)
    this.caches.set(campaignId, cache)
    if (this.caches.size > this.maxCached) {
      const oldest = this.caches.keys().next().value
      if (oldest !== undefined) this.caches.delete(oldest)
    }
    return cache
  }
}

/** The builder on the calling thread (stalls it for the whole build). */
export function mainThreadBuilder(maxCached?: number): SynthesisBuilder {
  const cached = new CachedSynthesisBuilder(maxCached)
  return {
    build: async (campaignId, campaign, sources) => cached.build(campaignId, campaign, sources),
    render: (campaignId, campaign, sources, format) =>
      cached.render(campaignId, campaign, sources, format),
    overview: async (campaignId, campaign, sources) =>
      cached.overview(campaignId, campaign, sources),
    territory: async (campaignId, campaign, sources, workshopId) =>
      cached.territory(campaignId, campaign, sources, workshopId),
    close: async () => {},
  }
}

/** An imported file, validated when it was imported, becomes a source again. */
export function toSource(input: SynthesisInput): CampaignSource {
  if (input.kind !== 'file') return input
  const body: unknown = JSON.parse(input.json)
  return input.file === 'summary'
    ? { kind: 'workshop', source: 'imported', status: 'imported', summary: body as SessionSummary }
    : { kind: 'campaign', synthesis: body as Synthesis }
}
