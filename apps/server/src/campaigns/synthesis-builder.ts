import type { SessionSummary } from '@atelier/recommendations'
import type { SynthesisChanges } from '@atelier/synthesis'
import {
  buildSynthesis,
  type CampaignInfo,
  type CampaignSource,
  type CampaignState,
  createSynthesisCache,
  type Synthesis,
  type SynthesisCache,
} from '@atelier/synthesis'
import type { RenderedSummary } from '../workshops/summary-service.js'
import { renderSynthesis, type SynthesisFormat } from './exports.js'
import {
  changesSince,
  contentHashOf,
  type DraftChanges,
  type PublicationStamp,
  type PublishedBuild,
  publish,
  renderFrozen,
} from './frozen.js'
import { projectForScreen, type ScreenProjection } from './screen-projection.js'
import { type TerritoryView, territoryView } from './territory-view.js'
import type { SynthesisInput, SynthesisOverview } from './worker-protocol.js'

/** Where a campaign's synthesis is computed: on this thread or in a worker. */
export interface SynthesisBuilder {
  /** `state`: the organisers' edits, from the campaign's room. */
  build(
    campaignId: string,
    campaign: CampaignInfo,
    sources: SynthesisInput[],
    state?: CampaignState,
  ): Promise<Synthesis>
  /** The synthesis already rendered as one export (`synthesis.<format>`). */
  render(
    campaignId: string,
    campaign: CampaignInfo,
    sources: SynthesisInput[],
    format: SynthesisFormat,
    state?: CampaignState,
  ): Promise<RenderedSummary>
  /** Only the overview's part of the synthesis (a few kB instead of megabytes). */
  overview(
    campaignId: string,
    campaign: CampaignInfo,
    sources: SynthesisInput[],
    state?: CampaignState,
  ): Promise<SynthesisOverview>
  /** The synthesis as now, stamped as a published version and hashed (frozen.ts). */
  publish(
    campaignId: string,
    campaign: CampaignInfo,
    sources: SynthesisInput[],
    stamp: PublicationStamp,
    state?: CampaignState,
  ): Promise<PublishedBuild>
  /** The synthesis as now against a published version's JSON (null: against nothing). */
  draftChanges(
    campaignId: string,
    campaign: CampaignInfo,
    sources: SynthesisInput[],
    since: string | null,
    state?: CampaignState,
  ): Promise<DraftChanges>
  /** Only what the congress screen projects (its groups' texts and territories). */
  screen(
    campaignId: string,
    campaign: CampaignInfo,
    sources: SynthesisInput[],
    state?: CampaignState,
  ): Promise<ScreenProjection>
  /** One workshop's territory view (null when it is not in the synthesis). */
  territory(
    campaignId: string,
    campaign: CampaignInfo,
    sources: SynthesisInput[],
    workshopId: string,
    state?: CampaignState,
  ): Promise<TerritoryView | null>
  /** A frozen version's export, from its stored JSON. */
  renderFrozen(json: string, format: SynthesisFormat): Promise<RenderedSummary>
  /** Between two frozen versions' JSON (before null: against nothing). */
  versionChanges(before: string | null, after: string): Promise<SynthesisChanges>
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

  build(
    campaignId: string,
    campaign: CampaignInfo,
    inputs: SynthesisInput[],
    state?: CampaignState,
  ): Synthesis {
    return buildSynthesis(campaign, inputs.map(toSource), state, {
      cache: this.cacheFor(campaignId),
    })
  }

  render(
    campaignId: string,
    campaign: CampaignInfo,
    inputs: SynthesisInput[],
    format: SynthesisFormat,
    state?: CampaignState,
  ): Promise<RenderedSummary> {
    return renderSynthesis(this.build(campaignId, campaign, inputs, state), format)
  }

  overview(
    campaignId: string,
    campaign: CampaignInfo,
    inputs: SynthesisInput[],
    state?: CampaignState,
  ): SynthesisOverview {
    const { workshops, missingTerritories } = this.build(campaignId, campaign, inputs, state)
    return { workshops, missingTerritories }
  }

  publish(
    campaignId: string,
    campaign: CampaignInfo,
    inputs: SynthesisInput[],
    stamp: PublicationStamp,
    state?: CampaignState,
  ): PublishedBuild {
    return publish(this.build(campaignId, campaign, inputs, state), stamp)
  }

  draftChanges(
    campaignId: string,
    campaign: CampaignInfo,
    inputs: SynthesisInput[],
    since: string | null,
    state?: CampaignState,
  ): DraftChanges {
    const draft = this.build(campaignId, campaign, inputs, state)
    return { changes: changesSince(since, draft), contentHash: contentHashOf(draft) }
  }

  screen(
    campaignId: string,
    campaign: CampaignInfo,
    inputs: SynthesisInput[],
    state?: CampaignState,
  ): ScreenProjection {
    return projectForScreen(this.build(campaignId, campaign, inputs, state))
  }

  territory(
    campaignId: string,
    campaign: CampaignInfo,
    inputs: SynthesisInput[],
    workshopId: string,
    state?: CampaignState,
  ): TerritoryView | null {
    return territoryView(this.build(campaignId, campaign, inputs, state), workshopId)
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
    build: async (campaignId, campaign, sources, state) =>
      cached.build(campaignId, campaign, sources, state),
    render: (campaignId, campaign, sources, format, state) =>
      cached.render(campaignId, campaign, sources, format, state),
    overview: async (campaignId, campaign, sources, state) =>
      cached.overview(campaignId, campaign, sources, state),
    publish: async (campaignId, campaign, sources, stamp, state) =>
      cached.publish(campaignId, campaign, sources, stamp, state),
    draftChanges: async (campaignId, campaign, sources, since, state) =>
      cached.draftChanges(campaignId, campaign, sources, since, state),
    screen: async (campaignId, campaign, sources, state) =>
      cached.screen(campaignId, campaign, sources, state),
    territory: async (campaignId, campaign, sources, workshopId, state) =>
      cached.territory(campaignId, campaign, sources, workshopId, state),
    renderFrozen,
    versionChanges: async (before, after) => changesSince(before, after),
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
