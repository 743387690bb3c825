import { setImmediate as nextTurn } from 'node:timers/promises'
import type { SessionSummary } from '@atelier/recommendations'
import type { CampaignInfo, CampaignSource, Synthesis } from '@atelier/synthesis'
import type { Catalog, WorkshopRecord } from '../workshops/catalog.js'
import type { RenderedSummary, SummaryService } from '../workshops/summary-service.js'
import type { CampaignCatalog, CampaignRecord, JoinedHow } from './catalog.js'
import type { SynthesisFormat } from './exports.js'
import type { SynthesisBuilder } from './synthesis-builder.js'
import type { SynthesisInput } from './worker-protocol.js'
import { WorkerSynthesisBuilder } from './worker-synthesis.js'

/** A contributing workshop as the organiser's overview lists it. */
export type OverviewWorkshop = Synthesis['workshops'][number] & {
  joinedHow: JoinedHow | 'imported'
}

/**
 * The campaign's synthesis, built on demand: each workshop of this server
 * from its rooms as they are now (`SummaryService`, the same summary its
 * facilitator exports, so a running workshop's votes count at once), each
 * imported file as it was stored. The grouping and ranking are
 * `@atelier/synthesis`'s, computed off the event loop by `builder` (a
 * worker thread holding one cache per campaign); this class only gathers
 * the inputs, one workshop per turn of the event loop.
 */
export class CampaignSynthesis {
  /**
   * Builds in progress: requests that arrive during one (organisers' views
   * polling, exports) share it instead of gathering every room again.
   */
  private readonly building = new Map<string, Promise<Synthesis>>()

  constructor(
    private readonly campaigns: CampaignCatalog,
    private readonly workshops: Catalog,
    private readonly summaries: SummaryService,
    private readonly log: (message: string, error?: unknown) => void = () => {},
    private readonly builder: SynthesisBuilder = new WorkerSynthesisBuilder(undefined, log),
  ) {}

  /** Stops the worker (the server's close). */
  close(): Promise<void> {
    return this.builder.close()
  }

  async sources(campaign: CampaignRecord): Promise<SynthesisInput[]> {
    const sources: SynthesisInput[] = []
    for (const link of await this.campaigns.listWorkshops(campaign.id)) {
      // Awaits on SQLite and loaded rooms resolve at once (microtasks): without
      // a turn of the event loop between workshops, sixty summaries would run
      // as one block and stall every socket of the server.
      await nextTurn()
      const workshop = await this.workshops.getWorkshop(link.workshopId)
      if (!workshop) continue
      let summary: SessionSummary
      try {
        summary = await this.summaries.summary(workshop.id)
      } catch (error) {
        // One broken board must not take the whole campaign's synthesis down.
        this.log(`campaign ${campaign.id}: no summary for workshop ${workshop.id}`, error)
        continue
      }
      sources.push(workshopSource(workshop, summary))
    }
    // Imported files go as their stored text: the worker parses them.
    for (const file of await this.campaigns.listImportedFiles(campaign.id))
      sources.push({ kind: 'file', file: file.kind, json: file.json })
    // The clone into the worker starts in a turn of its own.
    await nextTurn()
    return sources
  }

  synthesis(campaign: CampaignRecord): Promise<Synthesis> {
    const running = this.building.get(campaign.id)
    if (running) return running
    const build = this.build(campaign).finally(() => {
      if (this.building.get(campaign.id) === build) this.building.delete(campaign.id)
    })
    this.building.set(campaign.id, build)
    return build
  }

  /**
   * After a workshop or a file joined the campaign: the next request builds
   * afresh instead of sharing a build that started before it (and misses it).
   */
  changed(campaignId: string): void {
    this.building.delete(campaignId)
  }

  private async build(campaign: CampaignRecord): Promise<Synthesis> {
    const sources = await this.sources(campaign)
    return this.builder.build(campaign.id, campaignInfo(campaign), sources)
  }

  /**
   * `synthesis.<format>`, rendered where it was built (the worker): the
   * event loop only relays the file.
   */
  async render(campaign: CampaignRecord, format: SynthesisFormat): Promise<RenderedSummary> {
    const sources = await this.sources(campaign)
    return this.builder.render(campaign.id, campaignInfo(campaign), sources, format)
  }

  /** The contributing workshops (with how each came in) and the territories still missing. */
  async overview(campaign: CampaignRecord) {
    const synthesis = await this.synthesis(campaign)
    const links = new Map(
      (await this.campaigns.listWorkshops(campaign.id)).map((l) => [l.workshopId, l.joinedHow]),
    )
    const workshops: OverviewWorkshop[] = synthesis.workshops.map((w) => ({
      ...w,
      joinedHow: (w.via === null && links.get(w.id)) || 'imported',
    }))
    const imports = (await this.campaigns.listImportedFiles(campaign.id)).map((i) => ({
      id: i.id,
      kind: i.kind,
      sourceId: i.sourceId,
      importedAt: new Date(i.importedAt).toISOString(),
    }))
    return { workshops, imports, missingTerritories: synthesis.missingTerritories, synthesis }
  }
}

/** What `buildSynthesis` needs to know of the campaign record. */
export function campaignInfo(campaign: CampaignRecord): CampaignInfo {
  return {
    id: campaign.id,
    title: campaign.title,
    level: campaign.level,
    territory: campaign.territory,
    language: campaign.language,
    expectedTerritories: campaign.expectedTerritories,
    dimensions: campaign.dimensions.map(({ id, title }) => ({ id, title })),
  }
}

function workshopSource(workshop: WorkshopRecord, summary: SessionSummary): CampaignSource {
  // An archived workshop (POST /api/workshops/import) serves the file it came from.
  if (workshop.status === 'archived')
    return { kind: 'workshop', source: 'imported', status: 'imported', summary }
  return {
    kind: 'workshop',
    source: 'live',
    status: workshop.status === 'open' ? 'running' : 'closed',
    summary,
  }
}
