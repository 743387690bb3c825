// `GET /api/campaigns/:id/screen` (docs/api.md "The congress screen"), as
// apps/server/src/campaigns/screen-projection.ts builds it.

export interface ScreenGroup {
  id: string
  rank: number
  title: string
  recommendation: string
  /** `regional`: the organisers' text; `workshop`: a workshop's, standing in; `none`: no text yet. */
  recommendationFrom: 'regional' | 'workshop' | 'none'
  recommendationTerritory: string | null
  territories: string[]
  breadth: number
  dots: number
  equalWorkshopScore: number
  minority: boolean
}

export interface ScreenDimension {
  id: string
  title: string
  groups: ScreenGroup[]
}

export interface ScreenProjection {
  campaign: {
    id: string
    title: string
    level: 'regional' | 'national'
    territory: string | null
    language: 'fr' | 'en'
  }
  version: 'draft' | number
  totals: { workshops: number; participants: number; territories: number; dots: number }
  dimensions: ScreenDimension[]
}
