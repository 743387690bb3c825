import type { TerritoryFlag } from './flag-store.js'

/** A `campaign_flags` row as both engines return it, and its flag. */
export interface FlagRow {
  id: string
  campaign_id: string
  workshop_id: string
  item_id: string
  item_title: string
  group_title: string
  territory: string | null
  comment: string
  status: TerritoryFlag['status']
  created_at: number
  resolved_at: number | null
  resolved_by: TerritoryFlag['resolvedBy']
  reply: string | null
}

export const toFlag = (row: FlagRow): TerritoryFlag => ({
  id: row.id,
  campaignId: row.campaign_id,
  workshopId: row.workshop_id,
  itemId: row.item_id,
  itemTitle: row.item_title,
  groupTitle: row.group_title,
  territory: row.territory,
  comment: row.comment,
  status: row.status,
  createdAt: row.created_at,
  resolvedAt: row.resolved_at,
  resolvedBy: row.resolved_by,
  reply: row.reply,
})
