import { setImmediate as nextTurn } from 'node:timers/promises'
import type { SessionSummary } from '@atelier/recommendations'
import type { CampaignInfo, CampaignSource, CampaignState, Synthesis } from '@atelier/synthesis'
import { type Logger, SILENT_LOGGER } from '../logging/logger.js'
import type { Catalog, WorkshopRecord } from '../workshops/catalog.js'
import type { RenderedSummary, SummaryService } from '../workshops/summary-service.js'
import type { CampaignCatalog, CampaignRecord, JoinedHow } from './catalog.js'
import type { SynthesisFormat } from './exports.js'
import type { PublicationStamp, PublishedBuild } from './frozen.js'
import type { SynthesisBuilder } from './synthesis-builder.js'
import type { BuildPurpose, BuildResult, SynthesisInput } from './worker-protocol.js'
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
  private readonly building = new Map<string, Promise<unknown>>()

  constructor(
    private readonly campaigns: CampaignCatalog,
    private readonly workshops: Catalog,
    private readonly summaries: SummaryService,
    private readonly logger: Logger = SILENT_LOGGER,
    private readonly builder: SynthesisBuilder = new WorkerSynthesisBuilder(undefined, logger),
    /** The organisers' edits, read from the campaign's room (campaign-room.ts); none by default. */
    private readonly stateOf: (
      campaignId: string,
    ) => Promise<CampaignState | undefined> = async () => undefined,
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
        this.logger.warn(
          { err: error, campaign: campaign.id, workshop: workshop.id },
          'no summary for a workshop of the campaign',
        )
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

  /** The whole synthesis, as an object on this thread (tests; the routes use `render` and `overview`). */
  synthesis(campaign: CampaignRecord): Promise<Synthesis> {
    return this.shared(campaign, 'synthesis', { kind: 'synthesis' })
  }

  /**
   * `synthesis.<format>`, rendered where it was built (the worker): the
   * event loop only relays the file.
   */
  render(campaign: CampaignRecord, format: SynthesisFormat): Promise<RenderedSummary> {
    return this.shared(campaign, format, { kind: 'render', format })
  }

  /** The synthesis as now, stamped and hashed as a published version (publishing.ts). */
  publish(campaign: CampaignRecord, stamp: PublicationStamp): Promise<PublishedBuild> {
    return this.shared(campaign, `publish ${stamp.version}`, { kind: 'publish', stamp })
  }

  /** The synthesis as now against published version `since` (its JSON; null: none yet). */
  draftChanges(campaign: CampaignRecord, since: { version: number; json: string } | null) {
    return this.shared(campaign, `changes since ${since?.version ?? 0}`, {
      kind: 'draftChanges',
      since: since?.json ?? null,
    })
  }

  /** What one workshop's territory link shows, built where the synthesis is (the worker). */
  territory(campaign: CampaignRecord, workshopId: string) {
    return this.shared(campaign, `territory:${workshopId}`, { kind: 'territory', workshopId })
  }

  /**
   * After a workshop or a file joined the campaign, or an organiser edited
   * its working document: the next request builds
   * afresh instead of sharing a build that started before it (and misses it).
   */
  changed(campaignId: string): void {
    for (const key of [...this.building.keys()])
      if (key.startsWith(`${campaignId}\n`)) this.building.delete(key)
  }

  /** One build per campaign and kind of answer at a time; requests during it share it. */
  /**
   * A build for `purpose` of the campaign as it is now; simultaneous
   * requests for the same purpose (same `what`) share one.
   */
  private shared<P extends BuildPurpose>(
    campaign: CampaignRecord,
    what: string,
    purpose: P,
  ): Promise<BuildResult<P>> {
    const key = `${campaign.id}\n${what}`
    const running = this.building.get(key)
    if (running) return running as Promise<BuildResult<P>>
    // The state is read after the sources: an edit made while they were
    // gathered is in (and `changed` keeps later requests from sharing this build).
    const build = this.sources(campaign)
      .then(async (sources) =>
        this.builder.build(
          {
            campaignId: campaign.id,
            campaign: campaignInfo(campaign),
            sources,
            state: await this.stateOf(campaign.id),
          },
          purpose,
        ),
      )
      .finally(() => {
        if (this.building.get(key) === build) this.building.delete(key)
      })
    this.building.set(key, build)
    return build
  }

  /** What the congress screen projects (built and cut down in the worker: kB, not the whole synthesis). */
  screen(campaign: CampaignRecord) {
    return this.shared(campaign, 'screen', { kind: 'screen' })
  }

  /** The contributing workshops (with how each came in) and the territories still missing. */
  async overview(campaign: CampaignRecord) {
    const synthesis = await this.shared(campaign, 'overview', { kind: 'overview' })
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
    return { workshops, imports, missingTerritories: synthesis.missingTerritories }
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
