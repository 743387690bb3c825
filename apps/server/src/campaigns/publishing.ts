import type { SynthesisChanges } from '@atelier/synthesis'
import { ApiError } from '../http/errors.js'
import { exportFile } from '../util/export-file.js'
import type { RenderedSummary } from '../workshops/summary-service.js'
import type { CampaignRole } from './campaign-service.js'
import type { CampaignSynthesis } from './campaign-synthesis.js'
import type { CampaignRecord } from './catalog.js'
import { type SynthesisFormat, synthesisFileBase } from './exports.js'
import type { SynthesisBuilder } from './synthesis-builder.js'
import type { PublishedVersion, VersionStore, VersionSummary } from './version-store.js'

/** What the person publishing says of themselves and of this version. */
export interface PublishInput {
  /** The name they typed; stored trimmed and capped, may be empty. */
  by: string
  note: string
}

/**
 * Publishing a campaign's synthesis (issue 10): the draft as it is now,
 * built and hashed in the synthesis worker, stamped version n+1 and stored
 * frozen. A version is never rebuilt: its exports are rendered from its
 * stored JSON (in the worker too), so they are the same bytes on every
 * request however the workshops vote afterwards.
 *
 * Invariant: per campaign, one publish at a time (a queue), so version
 * numbers have no gaps and "unchanged" compares with the version just before.
 */
export class CampaignPublishing {
  private readonly queues = new Map<string, Promise<unknown>>()
  /**
   * Rendered frozen files, most recently used last: a version never changes,
   * so its DOCX (seconds of worker CPU for 60 workshops) is rendered once
   * while it stays within `maxCachedBytes`.
   */
  private readonly rendered = new Map<string, Promise<RenderedSummary>>()
  private readonly sizes = new Map<string, number>()

  constructor(
    private readonly versions: VersionStore,
    private readonly synthesis: CampaignSynthesis,
    private readonly builder: SynthesisBuilder,
    private readonly now: () => number = Date.now,
    private readonly maxCachedBytes = 32 * 1024 * 1024,
  ) {}

  /**
   * Publishes the draft as version n+1. The same content as the latest
   * version (same hash: only dates or names would differ) is refused with
   * `409 unchanged`: a new number must mean something changed.
   */
  publish(campaign: CampaignRecord, role: CampaignRole, input: PublishInput) {
    return this.queued(campaign.id, async (): Promise<VersionSummary> => {
      const latest = await this.versions.latest(campaign.id)
      const version = (latest?.version ?? 0) + 1
      const publishedAt = this.now()
      const built = await this.synthesis.publish(campaign, {
        version,
        publishedAt: new Date(publishedAt).toISOString(),
        publishedBy: input.by,
      })
      if (latest && built.contentHash === latest.contentHash)
        throw new ApiError(
          409,
          'unchanged',
          `Nothing changed since version ${latest.version}: it is already published.`,
        )
      const record: PublishedVersion = {
        campaignId: campaign.id,
        version,
        contentHash: built.contentHash,
        publishedAt,
        publishedBy: input.by,
        role,
        note: input.note,
        totals: built.totals,
        json: built.json,
      }
      // Another server process on the same store could have taken the number.
      if (!(await this.versions.add(record)))
        throw new ApiError(409, 'version-taken', `Version ${version} was just published; retry.`)
      const { json: _frozen, ...summary } = record
      return summary
    })
  }

  list(campaign: CampaignRecord): Promise<VersionSummary[]> {
    return this.versions.list(campaign.id)
  }

  /** `synthesis.<format>` of version `n`: the stored JSON itself, or rendered from it. */
  async file(
    campaign: CampaignRecord,
    n: number,
    format: SynthesisFormat,
  ): Promise<RenderedSummary> {
    const version = await this.version(campaign, n)
    if (format !== 'json')
      return this.cachedRender(`${campaign.id}\n${n}\n${format}`, version, format)
    const base = synthesisFileBase({ campaign, publication: publicationOf(version) })
    return exportFile(version.json, 'json', base)
  }

  /** What changed from version n-1 (or from nothing, for version 1) to version n. */
  async changes(campaign: CampaignRecord, n: number): Promise<VersionChanges> {
    const version = await this.version(campaign, n)
    const before = n > 1 ? await this.versions.get(campaign.id, n - 1) : undefined
    const changes = await this.builder.versionChanges(before?.json ?? null, version.json)
    return { version: n, since: before?.version ?? null, changes }
  }

  /** What the draft changes since the latest published version (or since nothing). */
  async draftChanges(campaign: CampaignRecord): Promise<DraftVersionChanges> {
    const latest = await this.versions.latest(campaign.id)
    const { changes, contentHash } = await this.synthesis.draftChanges(campaign, latest ?? null)
    return {
      version: null,
      since: latest?.version ?? null,
      changes,
      contentHash,
      // Participants or a note's text may change the hash without changing a group:
      // publishing is refused exactly when this is true.
      unchanged: latest?.contentHash === contentHash,
    }
  }

  private cachedRender(
    key: string,
    version: PublishedVersion,
    format: SynthesisFormat,
  ): Promise<RenderedSummary> {
    const hit = this.rendered.get(key)
    if (hit) {
      this.rendered.delete(key)
      this.rendered.set(key, hit)
      return hit
    }
    const render = this.builder.renderFrozen(version.json, format)
    this.rendered.set(key, render)
    render.then(
      (file) => {
        if (this.rendered.get(key) !== render) return
        this.sizes.set(key, file.body.length)
        this.evict()
      },
      // A failed render is not kept: the next request tries again.
      () => {
        if (this.rendered.get(key) === render) this.rendered.delete(key)
      },
    )
    return render
  }

  /** Drops the least recently used files past the byte budget. */
  private evict(): void {
    let total = [...this.sizes.values()].reduce((a, b) => a + b, 0)
    for (const key of this.rendered.keys()) {
      if (total <= this.maxCachedBytes) break
      const size = this.sizes.get(key)
      if (size === undefined) continue
      this.rendered.delete(key)
      this.sizes.delete(key)
      total -= size
    }
  }

  private async version(campaign: CampaignRecord, n: number): Promise<PublishedVersion> {
    const version = await this.versions.get(campaign.id, n)
    if (!version)
      throw new ApiError(404, 'unknown-version', `This campaign has no published version ${n}.`)
    return version
  }

  private queued<T>(campaignId: string, run: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(campaignId) ?? Promise.resolve()
    const next = previous.then(run, run)
    const settled = next.catch(() => {})
    this.queues.set(campaignId, settled)
    void settled.then(() => {
      if (this.queues.get(campaignId) === settled) this.queues.delete(campaignId)
    })
    return next
  }
}

/** `version: null` for the draft; `since: null` when compared with nothing. */
export interface VersionChanges {
  version: number | null
  since: number | null
  changes: SynthesisChanges
}

/** The draft's changes, with its hash and whether publishing it now would be `409 unchanged`. */
export interface DraftVersionChanges extends VersionChanges {
  version: null
  contentHash: string
  unchanged: boolean
}

function publicationOf(v: PublishedVersion) {
  return {
    version: v.version,
    contentHash: v.contentHash,
    publishedAt: new Date(v.publishedAt).toISOString(),
    publishedBy: v.publishedBy,
  }
}
