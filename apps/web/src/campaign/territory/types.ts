// The shapes of the territory feedback routes (docs/api.md "Back to the
// territories"), kept here so the bundle does not pull the server's types.

export type FlagStatus = 'open' | 'resolved'

/** A flag a territory filed on one of its items (`GET …/flags`, `GET …/territory`). */
export interface TerritoryFlag {
  id: string
  workshopId: string
  itemId: string
  itemTitle: string
  groupTitle: string
  territory: string | null
  comment: string
  status: FlagStatus
  createdAt: string
  resolvedAt: string | null
  resolvedBy: 'organiser' | 'co-organiser' | null
  reply: string | null
}

/** One of the workshop's recommendations and where the draft put it. */
export interface TerritoryItem {
  id: string
  title: string
  recommendation: string
  rank: number
  dots: number
  dotShare: number
  voters: number
  notes: { id: string; text: string }[]
  group: {
    id: string
    title: string
    recommendation: string
    origin: 'proposed' | 'organiser'
    accepted: boolean
    minority: boolean
    otherTerritories: string[]
    otherWorkshops: number
    position: number
    groupsInDimension: number
  }
}

/** `GET /api/campaigns/:id/territory`. */
export interface TerritoryView {
  campaign: {
    id: string
    title: string
    level: 'regional' | 'national'
    territory: string | null
    language: 'fr' | 'en'
  }
  workshop: {
    id: string
    title: string
    territory: string | null
    date: string
    participants: number
    dots: number
    status: 'running' | 'closed' | 'imported'
  }
  dimensions: { id: string; title: string; items: TerritoryItem[] }[]
  flags: TerritoryFlag[]
}

/** One campaign of a workshop, with its feedback link (`POST /api/workshops/:id/territory-links`). */
export interface WorkshopCampaignLink {
  campaignId: string
  campaignTitle: string
  level: 'regional' | 'national'
  token: string
  url: string
}
