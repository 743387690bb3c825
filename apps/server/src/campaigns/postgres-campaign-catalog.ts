import type { PostgresPool } from '../store/postgres-database.js'
import { type CampaignRow, toCampaign } from './campaign-rows.js'
import type {
  CampaignCatalog,
  CampaignRecord,
  CampaignWorkshopLink,
  ImportedContribution,
  StoredContribution,
} from './catalog.js'

/** The campaign tables in PostgreSQL (migration `create-campaigns`), as `SqliteCampaignCatalog`. */
export class PostgresCampaignCatalog implements CampaignCatalog {
  constructor(private readonly pool: PostgresPool) {}

  async createCampaign(c: CampaignRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO campaigns (id, title, level, territory, language, template, dimensions,
         expected_territories, organiser_key_hash, generation, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        c.id,
        c.title,
        c.level,
        c.territory,
        c.language,
        c.template,
        JSON.stringify(c.dimensions),
        JSON.stringify(c.expectedTerritories),
        c.organiserKeyHash,
        c.generation,
        c.createdAt,
      ],
    )
  }

  async getCampaign(id: string): Promise<CampaignRecord | undefined> {
    const { rows } = await this.pool.query<CampaignRow>(
      `SELECT id, title, level, territory, language, template, dimensions, expected_territories,
         organiser_key_hash, generation, created_at FROM campaigns WHERE id = $1`,
      [id],
    )
    return rows[0] && toCampaign(rows[0])
  }

  async rotateOrganiserKey(id: string, newKeyHash: string): Promise<number> {
    const { rows } = await this.pool.query<{ generation: number }>(
      'UPDATE campaigns SET organiser_key_hash = $1, generation = generation + 1 WHERE id = $2 RETURNING generation',
      [newKeyHash, id],
    )
    if (!rows[0]) throw new Error(`no campaign ${id}`)
    return rows[0].generation
  }

  async addWorkshop(link: CampaignWorkshopLink): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `INSERT INTO campaign_workshops (campaign_id, workshop_id, joined_how, joined_at)
       VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [link.campaignId, link.workshopId, link.joinedHow, link.joinedAt],
    )
    return rowCount === 1
  }

  async campaignsOfWorkshop(workshopId: string): Promise<string[]> {
    const { rows } = await this.pool.query<{ campaign_id: string }>(
      'SELECT campaign_id FROM campaign_workshops WHERE workshop_id = $1 ORDER BY joined_at, ord',
      [workshopId],
    )
    return rows.map((row) => row.campaign_id)
  }

  async listWorkshops(campaignId: string): Promise<CampaignWorkshopLink[]> {
    const { rows } = await this.pool.query<{
      campaign_id: string
      workshop_id: string
      joined_how: CampaignWorkshopLink['joinedHow']
      joined_at: number
    }>(
      'SELECT campaign_id, workshop_id, joined_how, joined_at FROM campaign_workshops WHERE campaign_id = $1 ORDER BY joined_at, ord',
      [campaignId],
    )
    return rows.map((row) => ({
      campaignId: row.campaign_id,
      workshopId: row.workshop_id,
      joinedHow: row.joined_how,
      joinedAt: row.joined_at,
    }))
  }

  async addImport(i: ImportedContribution): Promise<boolean> {
    // Only the (campaign, kind, source) rule makes a second import a no-op; a clashing id still fails.
    const { rowCount } = await this.pool.query(
      `INSERT INTO campaign_imports (id, campaign_id, kind, source_id, body, imported_at)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (campaign_id, kind, source_id) DO NOTHING`,
      [i.id, i.campaignId, i.kind, i.sourceId, JSON.stringify(i.body), i.importedAt],
    )
    return rowCount === 1
  }

  async listImports(campaignId: string): Promise<ImportedContribution[]> {
    return (await this.listImportedFiles(campaignId)).map(({ json, ...file }) => ({
      ...file,
      body: JSON.parse(json) as unknown,
    }))
  }

  async listImportedFiles(campaignId: string): Promise<StoredContribution[]> {
    const { rows } = await this.pool.query<{
      id: string
      campaign_id: string
      kind: ImportedContribution['kind']
      source_id: string
      body: string
      imported_at: number
    }>(
      `SELECT id, campaign_id, kind, source_id, body, imported_at FROM campaign_imports
       WHERE campaign_id = $1 ORDER BY imported_at, ord`,
      [campaignId],
    )
    return rows.map((row) => ({
      id: row.id,
      campaignId: row.campaign_id,
      kind: row.kind,
      sourceId: row.source_id,
      json: row.body,
      importedAt: row.imported_at,
    }))
  }
}
