import {
  BoardModelError,
  createBoard,
  deleteNotesOf,
  type RoomPreview,
  readDimensions,
  readMeta,
  removeParticipant,
} from '@atelier/board-model'
import type { SessionSummary } from '@atelier/recommendations'
import type * as Y from 'yjs'
import { boardRoom, privateRoom } from '../auth/access.js'
import { isRevoked } from '../auth/revocation.js'
import type { Role, TokenSigner } from '../auth/tokens.js'
import { ApiError } from '../http/errors.js'
import type { RoomRegistry } from '../sync/room-registry.js'
import type { Catalog, WorkshopRecord } from './catalog.js'
import { hashKey, newFacilitatorKey, newId, newJoinCode, normalizeJoinCode } from './ids.js'
import { boardFromSummary } from './import-summary.js'
import { SERVER_ORIGIN } from './origin.js'

export interface NewWorkshop {
  title: string
  territory?: string | undefined
  template?: 'congress' | 'blank' | undefined
  language?: 'fr' | 'en' | undefined
  facilitator?: string | undefined
  /** A saved template's dimensions (ids, titles, questions), in order; replaces `template`'s. */
  dimensions?: { id: string; title: string; prompt: string }[] | undefined
}

/**
 * Joins accepted per workshop: a congress plenary is a few hundred people;
 * the cap keeps a script from minting participants without end.
 */
export const MAX_PARTICIPANTS_PER_WORKSHOP = 2000

const workshopFull = () =>
  new ApiError(409, 'workshop-full', 'This workshop has reached its number of participants.')

/** Closes open connections (all processes, in a scale-out) when their credential is revoked. */
export interface Disconnect {
  /** Every connection of a removed participant. */
  participant(workshopId: string, participantId: string): void
  /** Every facilitator connection whose token is older than `generation`. */
  facilitatorsBefore(workshopId: string, generation: number): void
}

/**
 * Workshop life: creating one (catalog record + board document), joining it
 * by code, issuing role tokens. Knows the catalog, the rooms and the signer,
 * not HTTP (it throws `ApiError`s the routes pass through).
 */
export class WorkshopService {
  constructor(
    private readonly catalog: Catalog,
    private readonly registry: RoomRegistry,
    private readonly signer: TokenSigner,
    private readonly disconnect: Disconnect,
    private readonly maxParticipants = MAX_PARTICIPANTS_PER_WORKSHOP,
    private readonly now: () => number = Date.now,
  ) {}

  async create(input: NewWorkshop): Promise<{ workshop: WorkshopRecord; facilitatorKey: string }> {
    const { workshop, facilitatorKey } = await this.newRecord(input.title, 'open')
    await this.withBoard(workshop.id, (board) =>
      createBoard(
        board,
        {
          title: workshop.title,
          territory: input.territory ?? null,
          template: input.template ?? 'congress',
          language: input.language ?? 'fr',
          facilitator: input.facilitator ?? null,
          date: new Date(workshop.createdAt).toISOString().slice(0, 10),
          ...(input.dimensions ? { dimensions: input.dimensions } : {}),
        },
        SERVER_ORIGIN,
      ),
    )
    return { workshop, facilitatorKey }
  }

  /**
   * A summary exported elsewhere becomes a read-only archived workshop here
   * (its board rebuilt for viewing; its exports serve the summary as it came).
   */
  async importSummary(
    summary: SessionSummary,
  ): Promise<{ workshop: WorkshopRecord; facilitatorKey: string }> {
    const created = await this.newRecord(summary.workshop.title, 'archived')
    try {
      await this.withBoard(created.workshop.id, (board, privateDoc) =>
        boardFromSummary(board, privateDoc, summary),
      )
    } catch (error) {
      if (error instanceof BoardModelError) {
        throw new ApiError(
          400,
          'invalid-summary',
          `The summary cannot be rebuilt as a board: ${error.message}.`,
        )
      }
      throw error
    }
    await this.catalog.saveImportedSummary(created.workshop.id, summary)
    return created
  }

  private async newRecord(title: string, status: WorkshopRecord['status']) {
    const facilitatorKey = newFacilitatorKey()
    const workshop: WorkshopRecord = {
      id: newId(),
      code: await this.unusedCode(),
      title: title.trim(),
      facilitatorKeyHash: hashKey(facilitatorKey),
      facilitatorGeneration: 0,
      status,
      joiningOpen: true,
      createdAt: this.now(),
    }
    await this.catalog.createWorkshop(workshop)
    return { workshop, facilitatorKey }
  }

  /**
   * Runs `use` on the workshop's board and its private room (authors, names,
   * withheld texts: server and facilitator only), loading them for the call
   * if no one holds them.
   */
  async withBoard<T>(
    workshopId: string,
    write: (board: Y.Doc, privateDoc: Y.Doc) => T,
  ): Promise<T> {
    const room = await this.registry.acquire(boardRoom(workshopId))
    try {
      const privateDoc = await this.registry.acquire(privateRoom(workshopId))
      try {
        return write(room.doc, privateDoc.doc)
      } finally {
        this.registry.release(privateDoc)
      }
    } finally {
      this.registry.release(room)
    }
  }

  /**
   * The workshop a code would let a phone join, or the refusal `join` would
   * give (unknown-code, workshop-closed, joining-closed, workshop-full). Creates nothing.
   */
  async joinable(codeInput: string): Promise<WorkshopRecord> {
    const code = normalizeJoinCode(codeInput)
    const workshop = code ? await this.catalog.findByCode(code) : undefined
    if (!workshop)
      throw new ApiError(
        404,
        'unknown-code',
        'No workshop has this code. Check the code on the screen.',
      )
    if (workshop.status !== 'open')
      throw new ApiError(404, 'workshop-closed', 'This workshop is closed.')
    if (!workshop.joiningOpen)
      throw new ApiError(
        403,
        'joining-closed',
        'The facilitator has closed joining for now; phones already in keep working.',
      )
    if ((await this.catalog.countParticipants(workshop.id)) >= this.maxParticipants)
      throw workshopFull()
    return workshop
  }

  /** A phone joins by code: a new anonymous participant and its token. */
  async join(codeInput: string, name: string | null) {
    const workshop = await this.joinable(codeInput)
    const participantId = newId(8)
    const added = await this.catalog.addParticipant(
      { workshopId: workshop.id, id: participantId, name, createdAt: this.now(), removedAt: null },
      this.maxParticipants,
    )
    // `joinable` counted a free seat, but another phone may have taken it since.
    if (!added) throw workshopFull()
    const token = this.signer.sign({ workshopId: workshop.id, role: 'participant', participantId })
    return {
      workshopId: workshop.id,
      participantId,
      token,
      room: this.roomPreview(workshop.id),
    }
  }

  /**
   * What a phone shows before its copy of the board arrives: the meta (title,
   * phase, language) and the dimensions, which every phone of the room reads
   * on the board anyway. A congress board of 8,000 notes is 1.6 MB, half a
   * minute on a slow link: with this the phone's note box works meanwhile.
   * Only from a board this process holds loaded already (the facilitator's,
   * the projector's or a phone's socket): a join must not load a board from
   * the store, then unload and compact it, for every phone that asks while
   * nobody is in. Without it the phone waits for its board as before.
   */
  private roomPreview(workshopId: string): RoomPreview | undefined {
    const board = this.registry.peek(boardRoom(workshopId))
    return board && { meta: readMeta(board.doc), dimensions: readDimensions(board.doc) }
  }

  /** The workshop if `key` is its facilitator key (or a facilitator token for it); else 401/404. */
  async authorizeFacilitator(
    workshopId: string,
    bearer: string | undefined,
  ): Promise<WorkshopRecord> {
    return this.authorize(workshopId, bearer, ['facilitator'])
  }

  /**
   * The workshop if `bearer` is its facilitator key or an invitation: the only
   * credentials that mint tokens or rotate the key. A facilitator token is
   * refused (403 `key-required`), else a 12-hour token would mint its own
   * successors, or rotate the key, for ever.
   */
  async authorizeKeyHolder(
    workshopId: string,
    bearer: string | undefined,
  ): Promise<WorkshopRecord> {
    const workshop = await this.authorize(workshopId, bearer, ['facilitator'])
    const check = bearer ? this.signer.verify(bearer) : undefined
    if (check?.ok && check.claims.r !== 'invite')
      throw new ApiError(
        403,
        'key-required',
        'Only the facilitator key or an invitation can do this, not a session token.',
      )
    return workshop
  }

  /**
   * The workshop if `bearer` is its facilitator key, or a valid token of one of
   * `roles` for it (an invitation counts as a facilitator credential); else 401
   * (nothing sent, expired, or revoked by a key rotation) or 403 (wrong key).
   */
  async authorize(
    workshopId: string,
    bearer: string | undefined,
    roles: readonly Exclude<Role, 'participant' | 'invite' | 'co-organiser' | 'territory'>[],
  ): Promise<WorkshopRecord> {
    const workshop = await this.catalog.getWorkshop(workshopId)
    if (!workshop) throw new ApiError(404, 'unknown-workshop', 'No such workshop.')
    if (!bearer)
      throw new ApiError(
        401,
        'missing-key',
        'Send the facilitator key as "Authorization: Bearer <key>".',
      )
    const hash = hashKey(bearer)
    if (hash === workshop.facilitatorKeyHash) return workshop
    const check = this.signer.verify(bearer)
    if (check.ok && check.claims.w === workshopId) {
      const { r } = check.claims
      const accepted =
        roles.some((role) => role === r) || (r === 'invite' && roles.includes('facilitator'))
      if (accepted && isRevoked(check.claims, workshop)) throw replacedError('token-revoked')
      if (accepted) return workshop
    }
    if (!check.ok && check.reason === 'expired')
      throw new ApiError(401, 'token-expired', 'This link has expired; ask for a new one.')
    if (await this.catalog.wasFacilitatorKey(workshopId, hash)) throw replacedError('key-replaced')
    throw new ApiError(403, 'bad-key', 'This key does not open this workshop.')
  }

  /**
   * "Log out every other device": a new facilitator key replaces the old one,
   * the generation is bumped so every older facilitator token and invitation
   * stops at once (HTTP and websocket, open sockets closed). Screens and
   * phones are untouched. Returns what the caller needs to carry on.
   */
  async rotateFacilitatorKey(workshop: WorkshopRecord) {
    const facilitatorKey = newFacilitatorKey()
    const keyHash = hashKey(facilitatorKey)
    const generation = await this.catalog.rotateFacilitatorKey(workshop.id, keyHash, this.now())
    this.disconnect.facilitatorsBefore(workshop.id, generation)
    const rotated = { ...workshop, facilitatorKeyHash: keyHash, facilitatorGeneration: generation }
    return {
      facilitatorKey,
      generation,
      token: this.issueFacilitatorToken(rotated),
      invite: this.issueInvite(rotated),
    }
  }

  /**
   * Revokes a participant at once: their token stops opening rooms, their open
   * connections are closed (with a code the stock provider does not retry),
   * their votes stop counting. Their notes stay, unless `notes` is set: then
   * they are deleted and tombstoned (ingest never brings them back). Resolves
   * with the ids of the notes removed.
   */
  async removeParticipant(
    workshopId: string,
    participantId: string,
    options: { notes?: boolean } = {},
  ): Promise<string[]> {
    const participant = await this.catalog.getParticipant(workshopId, participantId)
    if (!participant)
      throw new ApiError(404, 'unknown-participant', 'No such participant in this workshop.')
    await this.catalog.removeParticipant(workshopId, participantId, this.now())
    const removed = await this.withBoard(workshopId, (board, privateDoc) => {
      let notes: string[] = []
      // One transaction: the phones never see the participant removed but their notes still there.
      board.transact(() => {
        removeParticipant(board, participantId, SERVER_ORIGIN)
        if (options.notes) notes = deleteNotesOf(board, privateDoc, participantId, SERVER_ORIGIN)
      }, SERVER_ORIGIN)
      return notes
    })
    this.disconnect.participant(workshopId, participantId)
    return removed
  }

  /** The facilitator closes or reopens joining; phones already in are untouched. */
  async setJoining(workshopId: string, open: boolean): Promise<void> {
    await this.catalog.setJoiningOpen(workshopId, open)
  }

  /** A projector or shared-results token: never revoked by a key rotation (the projector stays on, a shared link keeps working). */
  issueToken(workshopId: string, role: 'screen' | 'results'): string {
    return this.signer.sign({ workshopId, role })
  }

  /** A short-lived facilitator token under the workshop's current generation. */
  issueFacilitatorToken(workshop: WorkshopRecord): string {
    return this.signer.sign({
      workshopId: workshop.id,
      role: 'facilitator',
      generation: workshop.facilitatorGeneration,
    })
  }

  /** A co-facilitator invitation (30 days), revoked with the current key by a rotation. */
  issueInvite(workshop: WorkshopRecord): string {
    return this.signer.sign({
      workshopId: workshop.id,
      role: 'invite',
      generation: workshop.facilitatorGeneration,
    })
  }

  private async unusedCode(): Promise<string> {
    for (let attempt = 0; attempt < 20; attempt++) {
      const code = newJoinCode()
      if (!(await this.catalog.findByCode(code))) return code
    }
    throw new ApiError(503, 'codes-exhausted', 'Could not find a free join code; try again.')
  }
}

function replacedError(code: 'key-replaced' | 'token-revoked'): ApiError {
  return new ApiError(
    401,
    code,
    'This facilitator link was replaced by a new one (someone logged out every other device). Ask the facilitator for the new link or an invitation.',
  )
}
