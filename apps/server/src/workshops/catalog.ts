/**
 * Who exists: workshops (join code, hashed facilitator key, status) and their
 * participants (so a removed participant's token stops working). The Yjs
 * documents hold everything else.
 */
export type WorkshopStatus = 'open' | 'closed' | 'archived'

export interface WorkshopRecord {
  id: string
  code: string
  title: string
  facilitatorKeyHash: string
  /**
   * Bumped by each rotation of the facilitator key; facilitator and invite
   * tokens minted under an older generation are revoked (auth/revocation.ts).
   */
  facilitatorGeneration: number
  status: WorkshopStatus
  /**
   * False once the facilitator closed joining: new phones are refused
   * (`joining-closed`), phones already in keep working. Independent of `status`.
   */
  joiningOpen: boolean
  createdAt: number
}

export interface ParticipantRecord {
  workshopId: string
  id: string
  name: string | null
  createdAt: number
  removedAt: number | null
}

/** A participant's requested votes (cluster id -> dots), as last accepted during the vote phase. */
export type Ballot = Record<string, number>

import type { SessionSummary } from '@atelier/recommendations'

export interface Catalog {
  createWorkshop(record: WorkshopRecord): Promise<void>
  getWorkshop(id: string): Promise<WorkshopRecord | undefined>
  findByCode(code: string): Promise<WorkshopRecord | undefined>
  /** Opens or closes a workshop to new phones; an archived workshop stays archived. */
  setOpen(id: string, open: boolean): Promise<void>
  /** Lets new phones join, or not (the facilitator's toggle). */
  setJoiningOpen(id: string, open: boolean): Promise<void>
  /**
   * Replaces the facilitator key (its hash) and bumps the generation, in one
   * step; the old hash is kept so an old link is told it was replaced.
   * Resolves with the new generation.
   */
  rotateFacilitatorKey(id: string, newKeyHash: string, at: number): Promise<number>
  /** True when `keyHash` was this workshop's facilitator key before a rotation. */
  wasFacilitatorKey(id: string, keyHash: string): Promise<boolean>
  /** Participants who ever joined (removed ones included: a removal frees no seat). */
  countParticipants(workshopId: string): Promise<number>
  /**
   * Adds a participant unless the workshop already has `cap` of them; false
   * then. Decided by the database in one step, not by count-then-insert: two
   * phones joining at once (on two processes) cannot both take the last seat.
   */
  addParticipant(record: ParticipantRecord, cap: number): Promise<boolean>
  getParticipant(workshopId: string, id: string): Promise<ParticipantRecord | undefined>
  listParticipants(workshopId: string): Promise<ParticipantRecord[]>
  removeParticipant(workshopId: string, id: string, at: number): Promise<void>
  saveBallot(workshopId: string, participantId: string, votes: Ballot, at: number): Promise<void>
  listBallots(workshopId: string): Promise<Map<string, Ballot>>
  /** The summary an archived workshop was imported from: exports serve it as it came. */
  saveImportedSummary(workshopId: string, summary: SessionSummary): Promise<void>
  getImportedSummary(workshopId: string): Promise<SessionSummary | undefined>
}
