import type { SqliteDatabase } from '../store/sqlite-database.js'
import { type FlagRow, toFlag } from './flag-rows.js'
import type { FlagResolution, FlagStore, TerritoryFlag } from './flag-store.js'

/**
 * The `campaign_flags` table of the one SQLite file (migration
 * `create-campaign-flags`). A partial unique index keeps at most one open
 * flag per item, so two taps on "Signaler" cannot file it twice.
 */
export class SqliteFlagStore implements FlagStore {
  constructor(private readonly db: SqliteDatabase) {}

  async add(f: TerritoryFlag): Promise<boolean> {
    const result = this.db
      .prepare(
        `INSERT OR IGNORE INTO campaign_flags (id, campaign_id, workshop_id, item_id, item_title,
           group_title, territory, comment, status, created_at, resolved_at, resolved_by, reply)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
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
      )
    return result.changes === 1
  }

  async get(campaignId: string, flagId: string): Promise<TerritoryFlag | undefined> {
    const row = this.db
      .prepare('SELECT * FROM campaign_flags WHERE campaign_id = ? AND id = ?')
      .get(campaignId, flagId) as FlagRow | undefined
    return row && toFlag(row)
  }

  async list(campaignId: string, workshopId?: string): Promise<TerritoryFlag[]> {
    const rows = (
      workshopId === undefined
        ? this.db
            .prepare(
              'SELECT * FROM campaign_flags WHERE campaign_id = ? ORDER BY created_at, rowid',
            )
            .all(campaignId)
        : this.db
            .prepare(
              'SELECT * FROM campaign_flags WHERE campaign_id = ? AND workshop_id = ? ORDER BY created_at, rowid',
            )
            .all(campaignId, workshopId)
    ) as FlagRow[]
    return rows.map(toFlag)
  }

  async count(campaignId: string, workshopId: string): Promise<number> {
    return this.db
      .prepare('SELECT COUNT(*) FROM campaign_flags WHERE campaign_id = ? AND workshop_id = ?')
      .pluck()
      .get(campaignId, workshopId) as number
  }

  async resolve(
    campaignId: string,
    flagId: string,
    r: FlagResolution,
  ): Promise<TerritoryFlag | undefined> {
    const row = this.db
      .prepare(
        `UPDATE campaign_flags SET status = 'resolved', resolved_at = ?, resolved_by = ?, reply = ?
         WHERE campaign_id = ? AND id = ? AND status = 'open' RETURNING *`,
      )
      .get(r.at, r.by, r.reply, campaignId, flagId) as FlagRow | undefined
    return row && toFlag(row)
  }

  async withdraw(campaignId: string, workshopId: string, flagId: string): Promise<boolean> {
    const result = this.db
      .prepare(
        "DELETE FROM campaign_flags WHERE campaign_id = ? AND workshop_id = ? AND id = ? AND status = 'open'",
      )
      .run(campaignId, workshopId, flagId)
    return result.changes === 1
  }
}
