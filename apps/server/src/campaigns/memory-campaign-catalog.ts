import type {
  CampaignCatalog,
  CampaignRecord,
  CampaignWorkshopLink,
  ImportedContribution,
  StoredContribution,
} from './catalog.js'

/** Campaigns in memory, for tests: `SqliteCampaignCatalog`'s behaviour (same contract suite). */
export class MemoryCampaignCatalog implements CampaignCatalog {
  private readonly campaigns = new Map<string, string>()
  private readonly links: CampaignWorkshopLink[] = []
  private readonly imports: StoredContribution[] = []

  async createCampaign(record: CampaignRecord): Promise<void> {
    if (this.campaigns.has(record.id)) throw new Error(`campaign ${record.id} exists`)
    this.campaigns.set(record.id, JSON.stringify(record))
  }

  async getCampaign(id: string): Promise<CampaignRecord | undefined> {
    const json = this.campaigns.get(id)
    return json === undefined ? undefined : (JSON.parse(json) as CampaignRecord)
  }

  async rotateOrganiserKey(id: string, newKeyHash: string): Promise<number> {
    const campaign = await this.getCampaign(id)
    if (!campaign) throw new Error(`no campaign ${id}`)
    const rotated = {
      ...campaign,
      organiserKeyHash: newKeyHash,
      generation: campaign.generation + 1,
    }
    this.campaigns.set(id, JSON.stringify(rotated))
    return rotated.generation
  }

  async addWorkshop(link: CampaignWorkshopLink): Promise<boolean> {
    if (!this.campaigns.has(link.campaignId)) throw new Error(`no campaign ${link.campaignId}`)
    const known = this.links.some(
      (l) => l.campaignId === link.campaignId && l.workshopId === link.workshopId,
    )
    if (known) return false
    this.links.push({ ...link })
    return true
  }

  async listWorkshops(campaignId: string): Promise<CampaignWorkshopLink[]> {
    // A stable sort keeps insertion order where times tie, as SQLite's rowid does.
    return this.links
      .filter((l) => l.campaignId === campaignId)
      .sort((a, b) => a.joinedAt - b.joinedAt)
      .map((l) => ({ ...l }))
  }

  async campaignsOfWorkshop(workshopId: string): Promise<string[]> {
    return this.links
      .filter((l) => l.workshopId === workshopId)
      .sort((a, b) => a.joinedAt - b.joinedAt)
      .map((l) => l.campaignId)
  }

  async addImport(contribution: ImportedContribution): Promise<boolean> {
    const known = this.imports.some(
      (i) =>
        i.campaignId === contribution.campaignId &&
        i.kind === contribution.kind &&
        i.sourceId === contribution.sourceId,
    )
    if (known) return false
    if (this.imports.some((i) => i.id === contribution.id)) throw new Error('import id taken')
    const { body, ...file } = contribution
    this.imports.push({ ...file, json: JSON.stringify(body) })
    return true
  }

  async listImports(campaignId: string): Promise<ImportedContribution[]> {
    return (await this.listImportedFiles(campaignId)).map(({ json, ...file }) => ({
      ...file,
      body: JSON.parse(json) as unknown,
    }))
  }

  async listImportedFiles(campaignId: string): Promise<StoredContribution[]> {
    return this.imports
      .filter((i) => i.campaignId === campaignId)
      .sort((a, b) => a.importedAt - b.importedAt)
      .map((i) => ({ ...i }))
  }
}
