import type { PublishedVersion, VersionSummary } from './version-store.js'

/** A `campaign_versions` row as both engines return it (totals as JSON text), and its version. */
export interface VersionRow {
  campaign_id: string
  version: number
  content_hash: string
  published_at: number
  published_by: string
  role: PublishedVersion['role']
  note: string
  totals: string
  body?: string
}

export const SUMMARY_COLUMNS =
  'campaign_id, version, content_hash, published_at, published_by, role, note, totals'

export const toSummary = (row: VersionRow): VersionSummary => ({
  campaignId: row.campaign_id,
  version: row.version,
  contentHash: row.content_hash,
  publishedAt: row.published_at,
  publishedBy: row.published_by,
  role: row.role,
  note: row.note,
  totals: JSON.parse(row.totals) as VersionSummary['totals'],
})

export const toVersion = (row: VersionRow): PublishedVersion => ({
  ...toSummary(row),
  json: row.body!,
})
