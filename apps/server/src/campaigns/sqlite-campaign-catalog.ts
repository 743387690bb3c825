import type { SqliteDatabase } from '../store/sqlite-database.js'
import { type CampaignRow, toCampaign } from './campaign-rows.js'
import type {
  CampaignCatalog,
  CampaignRecord,
  CampaignWorkshopLink,
  ImportedContribution,
  StoredContribution,
} from './catalog.js'

/** The campaign tables of the one SQLite file (migration `create-campaigns`). */
export class SqliteCampaignCatalog implements CampaignCatalog {
  constructor(private readonly db: SqliteDatabase) {}

  async createCampaign(c: CampaignRecord): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO campaigns (id, title, level, territory, language, template, dimensions,
           expected_territories, organiser_key_hash, generation, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
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
      )
  }

  async getCampaign(id: string): Promise<CampaignRecord | undefined> {
    const row = this.db.prepare('SELECT * FROM campaigns WHERE id = ?').get(id) as
      | CampaignRow
      | undefined
    return row && toCampaign(row)
  }

  async rotateOrganiserKey(id: string, newKeyHash: string): Promise<number> {
    const generation = this.db
      .prepare(
        'UPDATE campaigns SET organiser_key_hash = ?, generation = generation + 1 WHERE id = ? RETURNING generation',
      )
      .pluck()
      .get(newKeyHash, id) as number | undefined
    if (generation === undefined) throw new Error(`no campaign ${id}`)
    return generation
  }

  async addWorkshop(link: CampaignWorkshopLink): Promise<boolean> {
    const result = this.db
      .prepare(
        'INSERT OR IGNORE INTO campaign_workshops (campaign_id, workshop_id, joined_how, joined_at) VALUES (?, ?, ?, ?)',
      )
      .run(link.campaignId, link.workshopId, link.joinedHow, link.joinedAt)
    return result.changes === 1
  }

  async listWorkshops(campaignId: string): Promise<CampaignWorkshopLink[]> {
    const rows = this.db
      .prepare('SELECT * FROM campaign_workshops WHERE campaign_id = ? ORDER BY joined_at, rowid')
      .all(campaignId) as {
      campaign_id: string
      workshop_id: string
      joined_how: CampaignWorkshopLink['joinedHow']
      joined_at: number
    }[]
    return rows.map((row) => ({
      campaignId: row.campaign_id,
      workshopId: row.workshop_id,
      joinedHow: row.joined_how,
      joinedAt: row.joined_at,
    }))
  }

  async campaignsOfWorkshop(workshopId: string): Promise<string[]> {
    return this.db
      .prepare(
        'SELECT campaign_id FROM campaign_workshops WHERE workshop_id = ? ORDER BY joined_at, rowid',
      )
      .pluck()
      .all(workshopId) as string[]
  }

  async addImport(i: ImportedContribution): Promise<boolean> {
    const result = this.db
      .prepare(
        'INSERT OR IGNORE INTO campaign_imports (id, campaign_id, kind, source_id, body, imported_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(i.id, i.campaignId, i.kind, i.sourceId, JSON.stringify(i.body), i.importedAt)
    return result.changes === 1
  }

  async listImports(campaignId: string): Promise<ImportedContribution[]> {
    return (await this.listImportedFiles(campaignId)).map(({ json, ...file }) => ({
      ...file,
      body: JSON.parse(json) as unknown,
    }))
  }

  async listImportedFiles(campaignId: string): Promise<StoredContribution[]> {
    const rows = this.db
      .prepare('SELECT * FROM campaign_imports WHERE campaign_id = ? ORDER BY imported_at, rowid')
      .all(campaignId) as {
      id: string
      campaign_id: string
      kind: ImportedContribution['kind']
      source_id: string
      body: string
      imported_at: number
    }[]
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
