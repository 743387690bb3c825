// The shapes the organiser view reads from the server (docs/api.md
// "Campaigns", docs/synthesis.md). A subset of @atelier/synthesis's schema,
// kept here so the web bundle does not pull the synthesis package (docx, zod).

export type WorkshopStatus = 'running' | 'closed' | 'imported'

export interface CampaignWorkshop {
  id: string
  title: string
  territory: string | null
  date: string | null
  participants: number
  voters: number
  dots: number
  status: WorkshopStatus
  joinedHow?: 'created' | 'attached' | 'imported'
  via?: { campaignId: string; campaignTitle: string; territory: string | null } | null
}

/** `GET /api/campaigns/:id`. */
export interface CampaignOverview {
  id: string
  title: string
  level: 'regional' | 'national'
  territory: string | null
  language: 'fr' | 'en'
  role: 'organiser' | 'co-organiser'
  expectedTerritories: string[]
  workshops: CampaignWorkshop[]
  missingTerritories: string[]
}

export interface SynthesisNote {
  id: string
  text: string
}

export interface SynthesisItem {
  id: string
  workshopId: string
  territory: string | null
  date: string | null
  title: string
  recommendation: string
  dots: number
  dotShare: number
  voters: number
  notes: SynthesisNote[]
}

export interface Ranking {
  dots: number
  equalWorkshopScore: number
  breadth: number
}

export interface SynthesisGroup {
  id: string
  title: string
  recommendation: string
  origin: 'proposed' | 'organiser'
  accepted: boolean
  minority: boolean
  territories: string[]
  ranking: Ranking
  items: SynthesisItem[]
}

export interface SynthesisDimension {
  id: string
  title: string
  groups: SynthesisGroup[]
}

/** `GET /api/campaigns/:id/synthesis.json`: the parts this page shows. */
export interface Synthesis {
  campaign: { id: string; title: string; level: string; territory: string | null }
  totals: { workshops: number; participants: number; items: number; groups: number; dots: number }
  dimensions: SynthesisDimension[]
}
