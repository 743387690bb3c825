import type { CampaignRecord } from './catalog.js'

/** A `campaigns` row as both engines return it (JSON columns as text), and its record. */
export interface CampaignRow {
  id: string
  title: string
  level: CampaignRecord['level']
  territory: string | null
  language: CampaignRecord['language']
  template: string
  dimensions: string
  expected_territories: string
  organiser_key_hash: string
  generation: number
  created_at: number
}

export const toCampaign = (row: CampaignRow): CampaignRecord => ({
  id: row.id,
  title: row.title,
  level: row.level,
  territory: row.territory,
  language: row.language,
  template: row.template,
  dimensions: JSON.parse(row.dimensions) as CampaignRecord['dimensions'],
  expectedTerritories: JSON.parse(row.expected_territories) as string[],
  organiserKeyHash: row.organiser_key_hash,
  generation: row.generation,
  createdAt: row.created_at,
})
