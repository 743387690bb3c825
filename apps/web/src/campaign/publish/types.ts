// The shapes of the publishing routes (docs/api.md "Published versions"),
// kept here so the web bundle does not pull @atelier/synthesis.

import type { Ranking } from '../types'

/** `GET /api/campaigns/:id/versions`: one published version. */
export interface PublishedVersion {
  version: number
  contentHash: string
  publishedAt: string
  publishedBy: string
  role: 'organiser' | 'co-organiser'
  note: string
  totals: { workshops: number; participants: number; items: number; groups: number; dots: number }
}

export interface GroupRef {
  id: string
  title: string
  dimensionTitle: string
}

export interface ItemRef {
  id: string
  title: string
  territory: string | null
  workshopTitle: string
}

export interface WorkshopRef {
  id: string
  title: string
  territory: string | null
}

export interface Standing {
  rank: number
  ranking: Ranking
}

/** `@atelier/synthesis` describeChanges, as the server sends it. */
export interface SynthesisChanges {
  same: boolean
  first: boolean
  workshops: { added: WorkshopRef[]; removed: WorkshopRef[] }
  groups: {
    added: GroupRef[]
    removed: GroupRef[]
    renamed: { group: GroupRef; from: string; to: string }[]
    rewritten: { group: GroupRef; from: string; to: string }[]
  }
  ranking: { group: GroupRef; from: Standing; to: Standing }[]
  items: {
    added: ItemRef[]
    removed: ItemRef[]
    moved: { item: ItemRef; from: GroupRef; to: GroupRef }[]
  }
}

/** `GET …/versions/:n/changes` (version n) and `GET …/changes` (the draft: version null). */
export interface VersionChanges {
  version: number | null
  since: number | null
  changes: SynthesisChanges
  /** The draft only: publishing it now would be refused (`409 unchanged`). */
  unchanged?: boolean
}
