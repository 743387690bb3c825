import type { SynthesisTotals } from '@atelier/synthesis'
import type { CampaignRole } from './campaign-service.js'

/**
 * Published versions of a campaign's synthesis (issue 10, "a published
 * version is frozen"): each stored once, as the synthesis.json it was, never
 * updated. Its own small store beside the campaign catalog, so a PostgreSQL
 * or in-memory one can sit beside the SQLite one (`sqlite-version-store.ts`).
 */
export interface PublishedVersion {
  campaignId: string
  /** 1, 2, 3… per campaign, without gaps. */
  version: number
  /** SHA-256 (hex) of the content: see frozen.ts `contentHashOf`. */
  contentHash: string
  /** Milliseconds since the epoch. */
  publishedAt: number
  /** The name the person typed (trimmed, capped); may be empty. */
  publishedBy: string
  /** Which credential published it. */
  role: CampaignRole
  /** An optional word on this version ("après le congrès de Lyon"). */
  note: string
  totals: SynthesisTotals
  /** The frozen synthesis.json text, served byte for byte. */
  json: string
}

/** A version as the list shows it: everything but the synthesis itself. */
export type VersionSummary = Omit<PublishedVersion, 'json'>

export interface VersionStore {
  /** Stores a version; false when this campaign already has that number (a lost race). */
  add(version: PublishedVersion): Promise<boolean>
  /** Oldest first. */
  list(campaignId: string): Promise<VersionSummary[]>
  get(campaignId: string, version: number): Promise<PublishedVersion | undefined>
  latest(campaignId: string): Promise<PublishedVersion | undefined>
}
