/**
 * "Back to the territories" (issue 10): a contributing workshop's facilitator
 * flags one of its items in the campaign's draft ("nous ne reconnaissons pas
 * notre contribution", with a comment); the organisers see the open flags
 * before publishing and resolve them, with an optional reply.
 *
 * Its own interface and tables (migration `create-campaign-flags`), beside
 * the `CampaignCatalog` rather than in it, so a PostgreSQL or in-memory
 * store can come separately.
 */

export type FlagStatus = 'open' | 'resolved'

export interface TerritoryFlag {
  id: string
  campaignId: string
  /** The contributing workshop that flagged (the `t` of its territory link). */
  workshopId: string
  /** The synthesis item flagged: `<workshopId>:<clusterId>`, stable while the draft changes. */
  itemId: string
  /** The item's title and its group's title when it was flagged (the draft moves on). */
  itemTitle: string
  groupTitle: string
  territory: string | null
  comment: string
  status: FlagStatus
  createdAt: number
  resolvedAt: number | null
  resolvedBy: 'organiser' | 'co-organiser' | null
  /** The organisers' answer, shown to the territory; null when they gave none. */
  reply: string | null
}

export interface FlagResolution {
  at: number
  by: 'organiser' | 'co-organiser'
  reply: string | null
}

export interface FlagStore {
  /** Adds an open flag; false when this item already has an open flag in the campaign. */
  add(flag: TerritoryFlag): Promise<boolean>
  get(campaignId: string, flagId: string): Promise<TerritoryFlag | undefined>
  /** Oldest first; one workshop's only when `workshopId` is given. */
  list(campaignId: string, workshopId?: string): Promise<TerritoryFlag[]>
  /** Flags of one workshop in the campaign, open or resolved (the cap on what a link may file). */
  count(campaignId: string, workshopId: string): Promise<number>
  /** Marks an open flag resolved; the flag as it is now, or undefined when it was not open. */
  resolve(
    campaignId: string,
    flagId: string,
    resolution: FlagResolution,
  ): Promise<TerritoryFlag | undefined>
  /** Removes an open flag of this workshop; false when there is none (resolved, or another's). */
  withdraw(campaignId: string, workshopId: string, flagId: string): Promise<boolean>
}
