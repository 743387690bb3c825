import type { PublishedVersion, VersionStore, VersionSummary } from './version-store.js'

const summaryOf = ({ json: _json, ...summary }: PublishedVersion): VersionSummary => summary

/** Published versions in memory (tests), as `SqliteVersionStore`: a version number is taken once. */
export class MemoryVersionStore implements VersionStore {
  private readonly versions = new Map<string, PublishedVersion[]>()

  async add(version: PublishedVersion): Promise<boolean> {
    const list = this.versions.get(version.campaignId) ?? []
    if (list.some((v) => v.version === version.version)) return false
    list.push(structuredClone(version))
    list.sort((a, b) => a.version - b.version)
    this.versions.set(version.campaignId, list)
    return true
  }

  async list(campaignId: string): Promise<VersionSummary[]> {
    return (this.versions.get(campaignId) ?? []).map((v) => structuredClone(summaryOf(v)))
  }

  async get(campaignId: string, version: number): Promise<PublishedVersion | undefined> {
    const found = this.versions.get(campaignId)?.find((v) => v.version === version)
    return found && structuredClone(found)
  }

  async latest(campaignId: string): Promise<PublishedVersion | undefined> {
    const found = this.versions.get(campaignId)?.at(-1)
    return found && structuredClone(found)
  }
}
