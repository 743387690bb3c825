import type { SqliteDatabase } from '../store/sqlite-database.js'
import { SUMMARY_COLUMNS, toSummary, toVersion, type VersionRow } from './version-rows.js'
import type { PublishedVersion, VersionStore, VersionSummary } from './version-store.js'

/** The `campaign_versions` table of the one SQLite file (migration `create-campaign-versions`). */
export class SqliteVersionStore implements VersionStore {
  constructor(private readonly db: SqliteDatabase) {}

  async add(v: PublishedVersion): Promise<boolean> {
    const result = this.db
      .prepare(
        `INSERT OR IGNORE INTO campaign_versions (${SUMMARY_COLUMNS}, body)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        v.campaignId,
        v.version,
        v.contentHash,
        v.publishedAt,
        v.publishedBy,
        v.role,
        v.note,
        JSON.stringify(v.totals),
        v.json,
      )
    return result.changes === 1
  }

  async list(campaignId: string): Promise<VersionSummary[]> {
    const rows = this.db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM campaign_versions WHERE campaign_id = ? ORDER BY version`,
      )
      .all(campaignId) as VersionRow[]
    return rows.map(toSummary)
  }

  async get(campaignId: string, version: number): Promise<PublishedVersion | undefined> {
    const row = this.db
      .prepare('SELECT * FROM campaign_versions WHERE campaign_id = ? AND version = ?')
      .get(campaignId, version) as VersionRow | undefined
    return row && toVersion(row)
  }

  async latest(campaignId: string): Promise<PublishedVersion | undefined> {
    const row = this.db
      .prepare(
        'SELECT * FROM campaign_versions WHERE campaign_id = ? ORDER BY version DESC LIMIT 1',
      )
      .get(campaignId) as VersionRow | undefined
    return row && toVersion(row)
  }
}
