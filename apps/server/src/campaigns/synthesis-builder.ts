import type { SessionSummary } from '@atelier/recommendations'
import type { SynthesisChanges } from '@atelier/synthesis'
import {
  buildSynthesis,
  type CampaignSource,
  createSynthesisCache,
  type Synthesis,
  type SynthesisCache,
} from '@atelier/synthesis'
import type { RenderedSummary } from '../workshops/summary-service.js'
import { renderSynthesis, type SynthesisFormat } from './exports.js'
import { changesSince, contentHashOf, publish, renderFrozen } from './frozen.js'
import { projectForScreen } from './screen-projection.js'
import { territoryView } from './territory-view.js'
import type {
  BuildInput,
  BuildPurpose,
  BuildResult,
  BuildResults,
  SynthesisInput,
} from './worker-protocol.js'

/** Where a campaign's synthesis is computed: on this thread or in a worker. */
export interface SynthesisBuilder {
  /** The campaign's synthesis as it is now, worked out for `purpose` (see `BuildPurpose`). */
  build<P extends BuildPurpose>(input: BuildInput, purpose: P): Promise<BuildResult<P>>
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

  /** The synthesis, then what `purpose` asks of it. */
  async build<P extends BuildPurpose>(input: BuildInput, purpose: P): Promise<BuildResult<P>> {
    const synthesis = buildSynthesis(input.campaign, input.sources.map(toSource), input.state, {
      cache: this.cacheFor(input.campaignId),
    })
    return (await purposeOf(synthesis, purpose)) as BuildResult<P>
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

/** What `purpose` takes of a synthesis. */
function purposeOf(
  synthesis: Synthesis,
  purpose: BuildPurpose,
): BuildResults[keyof BuildResults] | Promise<RenderedSummary> {
  switch (purpose.kind) {
    case 'synthesis':
      return synthesis
    case 'render':
      return renderSynthesis(synthesis, purpose.format)
    case 'overview':
      return { workshops: synthesis.workshops, missingTerritories: synthesis.missingTerritories }
    case 'screen':
      return projectForScreen(synthesis)
    case 'territory':
      return territoryView(synthesis, purpose.workshopId)
    case 'publish':
      return publish(synthesis, purpose.stamp)
    case 'draftChanges':
      return {
        changes: changesSince(purpose.since, synthesis),
        contentHash: contentHashOf(synthesis),
      }
  }
}

/** The builder on the calling thread (stalls it for the whole build). */
export function mainThreadBuilder(maxCached?: number): SynthesisBuilder {
  const cached = new CachedSynthesisBuilder(maxCached)
  return {
    build: (input, purpose) => cached.build(input, purpose),
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
