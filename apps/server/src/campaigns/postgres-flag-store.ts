import type { PostgresPool } from '../store/postgres-database.js'
import { type FlagRow, toFlag } from './flag-rows.js'
import type { FlagResolution, FlagStore, TerritoryFlag } from './flag-store.js'

/**
 * The `campaign_flags` table in PostgreSQL (migration
 * `create-campaign-flags`), as `SqliteFlagStore`: a partial unique index
 * keeps at most one open flag per item.
 */
export class PostgresFlagStore implements FlagStore {
  constructor(private readonly pool: PostgresPool) {}

  async add(f: TerritoryFlag): Promise<boolean> {
    const result = await this.pool.query(
      `INSERT INTO campaign_flags (id, campaign_id, workshop_id, item_id, item_title,
         group_title, territory, comment, status, created_at, resolved_at, resolved_by, reply)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT DO NOTHING`,
      [
        f.id,
        f.campaignId,
        f.workshopId,
        f.itemId,
        f.itemTitle,
        f.groupTitle,
        f.territory,
        f.comment,
        f.status,
        f.createdAt,
        f.resolvedAt,
        f.resolvedBy,
        f.reply,
      ],
    )
    return result.rowCount === 1
  }

  async get(campaignId: string, flagId: string): Promise<TerritoryFlag | undefined> {
    const { rows } = await this.pool.query<FlagRow>(
      'SELECT * FROM campaign_flags WHERE campaign_id = $1 AND id = $2',
      [campaignId, flagId],
    )
    return rows[0] && toFlag(rows[0])
  }

  async list(campaignId: string, workshopId?: string): Promise<TerritoryFlag[]> {
    const { rows } =
      workshopId === undefined
        ? await this.pool.query<FlagRow>(
            'SELECT * FROM campaign_flags WHERE campaign_id = $1 ORDER BY created_at, ord',
            [campaignId],
          )
        : await this.pool.query<FlagRow>(
            'SELECT * FROM campaign_flags WHERE campaign_id = $1 AND workshop_id = $2 ORDER BY created_at, ord',
            [campaignId, workshopId],
          )
    return rows.map(toFlag)
  }

  async count(campaignId: string, workshopId: string): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>(
      'SELECT COUNT(*)::int AS n FROM campaign_flags WHERE campaign_id = $1 AND workshop_id = $2',
      [campaignId, workshopId],
    )
    return rows[0]!.n
  }

  async resolve(
    campaignId: string,
    flagId: string,
    r: FlagResolution,
  ): Promise<TerritoryFlag | undefined> {
    const { rows } = await this.pool.query<FlagRow>(
      `UPDATE campaign_flags SET status = 'resolved', resolved_at = $1, resolved_by = $2, reply = $3
       WHERE campaign_id = $4 AND id = $5 AND status = 'open' RETURNING *`,
      [r.at, r.by, r.reply, campaignId, flagId],
    )
    return rows[0] && toFlag(rows[0])
  }

  async withdraw(campaignId: string, workshopId: string, flagId: string): Promise<boolean> {
    const result = await this.pool.query(
      "DELETE FROM campaign_flags WHERE campaign_id = $1 AND workshop_id = $2 AND id = $3 AND status = 'open'",
      [campaignId, workshopId, flagId],
    )
    return result.rowCount === 1
  }
}
