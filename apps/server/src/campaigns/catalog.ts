/**
 * What the server knows of campaigns (issue 10): a campaign record, which
 * workshops belong to it and how they came in, and the contributions
 * imported as files. The synthesis itself is never stored: it is built on
 * demand from these (a running workshop's votes show up at once).
 *
 * An interface, so that a PostgreSQL catalog (issue 11) can sit beside the
 * SQLite one (`sqlite-campaign-catalog.ts`).
 */
export type CampaignLevel = 'regional' | 'national'

/** A campaign's shared dimensions: every workshop created inside it starts with them. */
export interface CampaignDimension {
  id: string
  title: string
  prompt: string
}

export interface CampaignRecord {
  id: string
  title: string
  level: CampaignLevel
  territory: string | null
  language: 'fr' | 'en'
  /** `congress`, `blank`, or the id of a template saved on this server. */
  template: string
  dimensions: CampaignDimension[]
  /** The territories the organiser expects a contribution from (the synthesis names the missing ones). */
  expectedTerritories: string[]
  organiserKeyHash: string
  /**
   * Bumped by each rotation of the organiser key: co-organiser tokens minted
   * under an older generation are refused (`token-revoked`).
   */
  generation: number
  createdAt: number
}

/** `created`: made inside the campaign; `attached`: an existing workshop whose facilitator key was shown. */
export type JoinedHow = 'created' | 'attached'

export interface CampaignWorkshopLink {
  campaignId: string
  workshopId: string
  joinedHow: JoinedHow
  joinedAt: number
}

/**
 * A file imported into a campaign, stored as it passed validation: a session
 * `summary.json` (a workshop run elsewhere) or a campaign `synthesis.json` (a
 * regional campaign gathered into a national one).
 */
export interface ImportedContribution {
  id: string
  campaignId: string
  kind: 'summary' | 'synthesis'
  /** The workshop id or the campaign id the file says it came from (one import each). */
  sourceId: string
  /** The validated JSON (a `SessionSummary` or a `Synthesis`). */
  body: unknown
  importedAt: number
}

/** An imported file as stored: its JSON text, parsed only where it is used (the synthesis worker). */
export type StoredContribution = Omit<ImportedContribution, 'body'> & { json: string }

export interface CampaignCatalog {
  createCampaign(record: CampaignRecord): Promise<void>
  getCampaign(id: string): Promise<CampaignRecord | undefined>
  /** Replaces the organiser key (its hash) and bumps the generation; resolves with the new generation. */
  rotateOrganiserKey(id: string, newKeyHash: string): Promise<number>
  /** Adds a workshop; false when it was already in the campaign. */
  addWorkshop(link: CampaignWorkshopLink): Promise<boolean>
  /** In the order they joined. */
  listWorkshops(campaignId: string): Promise<CampaignWorkshopLink[]>
  /** The campaigns a workshop of this server joined (created inside or attached), in that order. */
  campaignsOfWorkshop(workshopId: string): Promise<string[]>
  /** Adds an imported file; false when one from the same `sourceId` is already there. */
  addImport(contribution: ImportedContribution): Promise<boolean>
  /** In the order they were imported. */
  listImports(campaignId: string): Promise<ImportedContribution[]>
  /** The same, unparsed: sixty files parsed at once would stall the event loop. */
  listImportedFiles(campaignId: string): Promise<StoredContribution[]>
}
