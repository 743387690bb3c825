import type { FlagResolution, FlagStore, TerritoryFlag } from './flag-store.js'

/**
 * Territories' flags in memory (tests), as `SqliteFlagStore`: at most one
 * open flag per item of a campaign, listed in the order they were filed.
 */
export class MemoryFlagStore implements FlagStore {
  private readonly flags: TerritoryFlag[] = []

  async add(flag: TerritoryFlag): Promise<boolean> {
    const clash = this.flags.some(
      (f) =>
        f.id === flag.id ||
        (flag.status === 'open' &&
          f.status === 'open' &&
          f.campaignId === flag.campaignId &&
          f.itemId === flag.itemId),
    )
    if (clash) return false
    this.flags.push({ ...flag })
    return true
  }

  async get(campaignId: string, flagId: string): Promise<TerritoryFlag | undefined> {
    const found = this.find(campaignId, flagId)
    return found && { ...found }
  }

  async list(campaignId: string, workshopId?: string): Promise<TerritoryFlag[]> {
    return this.flags
      .filter(
        (f) =>
          f.campaignId === campaignId && (workshopId === undefined || f.workshopId === workshopId),
      )
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((f) => ({ ...f }))
  }

  async count(campaignId: string, workshopId: string): Promise<number> {
    return this.flags.filter((f) => f.campaignId === campaignId && f.workshopId === workshopId)
      .length
  }

  async resolve(
    campaignId: string,
    flagId: string,
    resolution: FlagResolution,
  ): Promise<TerritoryFlag | undefined> {
    const found = this.find(campaignId, flagId)
    if (found?.status !== 'open') return undefined
    Object.assign(found, {
      status: 'resolved',
      resolvedAt: resolution.at,
      resolvedBy: resolution.by,
      reply: resolution.reply,
    })
    return { ...found }
  }

  async withdraw(campaignId: string, workshopId: string, flagId: string): Promise<boolean> {
    const index = this.flags.findIndex(
      (f) =>
        f.campaignId === campaignId &&
        f.workshopId === workshopId &&
        f.id === flagId &&
        f.status === 'open',
    )
    if (index < 0) return false
    this.flags.splice(index, 1)
    return true
  }

  private find(campaignId: string, flagId: string): TerritoryFlag | undefined {
    return this.flags.find((f) => f.campaignId === campaignId && f.id === flagId)
  }
}
