import type { SessionSummary } from '@atelier/recommendations'
import type { Ballot, Catalog, ParticipantRecord, WorkshopRecord } from './catalog.js'

/**
 * The workshop catalog in memory, for tests (HTTP routes through
 * `app.request()`, services): `SqliteCatalog`'s behaviour, checked by the same
 * contract suite. Records are copied in and out, as a database would.
 */
export class MemoryCatalog implements Catalog {
  private readonly workshops = new Map<string, WorkshopRecord>()
  private readonly participants = new Map<string, ParticipantRecord[]>()
  private readonly replacedKeys = new Map<string, Set<string>>()
  private readonly ballots = new Map<string, Map<string, Ballot>>()
  private readonly summaries = new Map<string, string>()

  async createWorkshop(record: WorkshopRecord): Promise<void> {
    const taken = [...this.workshops.values()].some((w) => w.code === record.code)
    if (this.workshops.has(record.id) || taken) throw new Error('workshop id or code taken')
    this.workshops.set(record.id, { ...record })
  }

  async getWorkshop(id: string): Promise<WorkshopRecord | undefined> {
    const found = this.workshops.get(id)
    return found && { ...found }
  }

  async findByCode(code: string): Promise<WorkshopRecord | undefined> {
    const found = [...this.workshops.values()].find((w) => w.code === code)
    return found && { ...found }
  }

  async setOpen(id: string, open: boolean): Promise<void> {
    const w = this.workshops.get(id)
    if (w && w.status !== 'archived') w.status = open ? 'open' : 'closed'
  }

  async setJoiningOpen(id: string, open: boolean): Promise<void> {
    const w = this.workshops.get(id)
    if (w) w.joiningOpen = open
  }

  async rotateFacilitatorKey(id: string, newKeyHash: string, _at: number): Promise<number> {
    const w = this.workshops.get(id)
    if (!w) throw new Error(`no workshop ${id}`)
    const replaced = this.replacedKeys.get(id) ?? new Set()
    replaced.add(w.facilitatorKeyHash)
    this.replacedKeys.set(id, replaced)
    w.facilitatorKeyHash = newKeyHash
    w.facilitatorGeneration++
    return w.facilitatorGeneration
  }

  async wasFacilitatorKey(id: string, keyHash: string): Promise<boolean> {
    return this.replacedKeys.get(id)?.has(keyHash) ?? false
  }

  async countParticipants(workshopId: string): Promise<number> {
    return this.participants.get(workshopId)?.length ?? 0
  }

  async addParticipant(record: ParticipantRecord, cap: number): Promise<boolean> {
    if (!this.workshops.has(record.workshopId)) throw new Error(`no workshop ${record.workshopId}`)
    const list = this.participants.get(record.workshopId) ?? []
    if (list.some((p) => p.id === record.id)) throw new Error('participant id taken')
    // Check and insert in one synchronous step: no other join runs in between.
    if (list.length >= cap) return false
    list.push({ ...record })
    this.participants.set(record.workshopId, list)
    return true
  }

  async getParticipant(workshopId: string, id: string): Promise<ParticipantRecord | undefined> {
    const found = this.participants.get(workshopId)?.find((p) => p.id === id)
    return found && { ...found }
  }

  async listParticipants(workshopId: string): Promise<ParticipantRecord[]> {
    return (this.participants.get(workshopId) ?? [])
      .map((p) => ({ ...p }))
      .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  }

  async removeParticipant(workshopId: string, id: string, at: number): Promise<void> {
    const found = this.participants.get(workshopId)?.find((p) => p.id === id)
    if (found && found.removedAt === null) found.removedAt = at
  }

  async saveBallot(workshopId: string, participantId: string, votes: Ballot): Promise<void> {
    const ballots = this.ballots.get(workshopId) ?? new Map<string, Ballot>()
    ballots.set(participantId, { ...votes })
    this.ballots.set(workshopId, ballots)
  }

  async listBallots(workshopId: string): Promise<Map<string, Ballot>> {
    const ballots = this.ballots.get(workshopId) ?? new Map<string, Ballot>()
    return new Map([...ballots].map(([id, votes]) => [id, { ...votes }]))
  }

  async saveImportedSummary(workshopId: string, summary: SessionSummary): Promise<void> {
    if (this.summaries.has(workshopId)) throw new Error(`summary of ${workshopId} already saved`)
    this.summaries.set(workshopId, JSON.stringify(summary))
  }

  async getImportedSummary(workshopId: string): Promise<SessionSummary | undefined> {
    const json = this.summaries.get(workshopId)
    return json === undefined ? undefined : (JSON.parse(json) as SessionSummary)
  }
}
