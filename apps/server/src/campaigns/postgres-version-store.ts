import type { PostgresPool } from '../store/postgres-database.js'
import { SUMMARY_COLUMNS, toSummary, toVersion, type VersionRow } from './version-rows.js'
import type { PublishedVersion, VersionStore, VersionSummary } from './version-store.js'

/** The `campaign_versions` table in PostgreSQL (migration `create-campaign-versions`), as `SqliteVersionStore`. */
export class PostgresVersionStore implements VersionStore {
  constructor(private readonly pool: PostgresPool) {}

  async add(v: PublishedVersion): Promise<boolean> {
    const result = await this.pool.query(
      `INSERT INTO campaign_versions (${SUMMARY_COLUMNS}, body)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
      [
        v.campaignId,
        v.version,
        v.contentHash,
        v.publishedAt,
        v.publishedBy,
        v.role,
        v.note,
        JSON.stringify(v.totals),
        v.json,
      ],
    )
    return result.rowCount === 1
  }

  async list(campaignId: string): Promise<VersionSummary[]> {
    const { rows } = await this.pool.query<VersionRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM campaign_versions WHERE campaign_id = $1 ORDER BY version`,
      [campaignId],
    )
    return rows.map(toSummary)
  }

  async get(campaignId: string, version: number): Promise<PublishedVersion | undefined> {
    const { rows } = await this.pool.query<VersionRow>(
      'SELECT * FROM campaign_versions WHERE campaign_id = $1 AND version = $2',
      [campaignId, version],
    )
    return rows[0] && toVersion(rows[0])
  }

  async latest(campaignId: string): Promise<PublishedVersion | undefined> {
    const { rows } = await this.pool.query<VersionRow>(
      'SELECT * FROM campaign_versions WHERE campaign_id = $1 ORDER BY version DESC LIMIT 1',
      [campaignId],
    )
    return rows[0] && toVersion(rows[0])
  }
}
