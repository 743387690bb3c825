import * as Y from 'yjs'
import { BOARD_MAPS, PARTICIPANT_MAPS, PRIVATE_MAPS, RECEIPT_KEYS } from '../layout.js'
import { mustWithhold } from '../privacy/reconcile.js'
import { readBoardParticipant, readClusters, readDimensions, readMeta } from '../read/board.js'
import { toReceipt } from '../read/participant.js'
import { REASONS, type ReasonCode } from '../reasons.js'
import { ID_PATTERN, nameSchema, participantNoteSchema } from '../schemas.js'
import type { BoardMeta, Receipt } from '../types.js'
import { judgeVotes } from '../votes.js'
import { authoredNotes } from './authored-index.js'

// Ingest is the only path from a participant's doc to the board. It is a
// reconciliation, not a replay: it compares the two docs as they are now and
// writes the difference, so running it twice (a reconnect, a restart) writes
// nothing the second time. It is also the only writer of `receipts`.
// Privacy invariant: the board gets no author id, no name, and no text of a
// note it may not show yet (hidden, or silent mode); those go to the private
// room (see privacy/reconcile.ts, which releases them).

/** Options of `ingestParticipant`. */
export interface IngestOptions {
  /** Server clock (epoch ms) for `createdAt` / `joinedAt`; defaults to `Date.now()`. */
  now?: number
  /** Most notes one participant may have on the board; default 200. */
  maxNotesPerParticipant?: number
  /**
   * Asked once per note that would be added, after every other check; false
   * refuses it for now (receipt `too-fast`) and it lands on a later ingest.
   * The server's per-participant rate limit. Default: every note is admitted.
   */
  admitNewNote?: (noteId: string) => boolean
}

/** What `ingestParticipant` did. */
export interface IngestReport {
  participantId: string
  /** Note ids added to the board. */
  added: string[]
  /** Note ids whose text or dimension changed on the board. */
  updated: string[]
  /** Note ids removed from the board because the participant deleted them. */
  removed: string[]
  /** Receipt keys (note id, `vote:<clusterId>`, `profile:name`) refused, with why. */
  rejected: { key: string; reason: ReasonCode }[]
  /** The participant's votes that count right now. */
  votes: { cluster: string; count: number }[]
  /** Whether the board was written. */
  boardChanged: boolean
  /** Whether the private room was written (authors, names, withheld texts). */
  privateChanged: boolean
  /** Whether the participant's receipts were written. */
  receiptsChanged: boolean
}

/** The default per-participant note cap. */
export const DEFAULT_MAX_NOTES_PER_PARTICIPANT = 200

type Content = { ok: true; text: string; dimension: string } | { ok: false; reason: ReasonCode }

function gateReason(meta: BoardMeta, removed: boolean): ReasonCode | null {
  if (removed) return REASONS.participantRemoved
  if (meta.phase === 'closed') return REASONS.workshopClosed
  if (meta.locked) return REASONS.boardLocked
  if (meta.phase !== 'collect') return REASONS.collectionClosed
  return null
}

function readContent(value: unknown, dimensions: Set<string>): Content {
  if (!(value instanceof Y.Map)) return { ok: false, reason: REASONS.malformed }
  const parsed = participantNoteSchema.safeParse({
    text: value.get('text'),
    dimension: value.get('dimension'),
  })
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message
    const reason = message === REASONS.textEmpty || message === REASONS.textTooLong
    return { ok: false, reason: reason ? message : REASONS.malformed }
  }
  if (!dimensions.has(parsed.data.dimension)) return { ok: false, reason: REASONS.unknownDimension }
  return { ok: true, ...parsed.data }
}

const sameReceipt = (a: Receipt | undefined, b: Receipt): boolean =>
  a !== undefined && a.status === b.status && a.reason === b.reason && a.counted === b.counted

/**
 * Reconciles a participant's doc into the board: adds, edits and deletes
 * their notes while collection is open, registers them and their name, and
 * rewrites their `receipts` to explain every refusal and moderation.
 * Authorship, names and the text of notes the board may not show (hidden,
 * silent mode) are written to `privateDoc` (the `<workshopId>:private`
 * room), never to the board. One transaction per doc, all under `origin`;
 * nothing is written when nothing changed. Idempotent.
 *
 * @example
 * participantDoc.on('update', () => {
 *   const report = ingestParticipant(board, privateDoc, participantDoc, 'p7', 'server')
 *   if (report.rejected.length) log.info(report.rejected)
 * })
 */
export function ingestParticipant(
  board: Y.Doc,
  privateDoc: Y.Doc,
  participant: Y.Doc,
  participantId: string,
  origin?: unknown,
  options: IngestOptions = {},
): IngestReport {
  const now = options.now ?? Date.now()
  const maxNotes = options.maxNotesPerParticipant ?? DEFAULT_MAX_NOTES_PER_PARTICIPANT
  const meta = readMeta(board)
  const dimensions = new Set(readDimensions(board).map((d) => d.id))
  const removed = readBoardParticipant(board, participantId)?.removed ?? false
  const participants = { [participantId]: { id: participantId, name: null, joinedAt: 0, removed } }
  const gate = gateReason(meta, removed)

  const boardNotes = board.getMap<Y.Map<unknown>>(BOARD_MAPS.notes)
  const membership = board.getMap<unknown>(BOARD_MAPS.membership)
  const tombstones = board.getMap<unknown>(BOARD_MAPS.deletedNotes)
  const ownNotes = participant.getMap<unknown>(PARTICIPANT_MAPS.notes)
  const authors = privateDoc.getMap<unknown>(PRIVATE_MAPS.authors)
  const withheld = privateDoc.getMap<unknown>(PRIVATE_MAPS.withheld)
  // A board not yet migrated may still carry authors: they count too.
  const ownerOf = (id: string, boardValue: unknown): unknown => authors.get(id) ?? boardValue
  // The note's text as the facilitator sees it: the board's, or the private copy.
  const textOf = (id: string, note: Y.Map<unknown>): unknown => {
    const kept = withheld.get(id)
    return typeof kept === 'string' && note.get('text') === '' ? kept : note.get('text')
  }

  const report: IngestReport = {
    participantId,
    added: [],
    updated: [],
    removed: [],
    rejected: [],
    votes: [],
    boardChanged: false,
    privateChanged: false,
    receiptsChanged: false,
  }
  const receipts = new Map<string, Receipt>()
  const reject = (key: string, reason: ReasonCode, extra?: { counted: number }) => {
    report.rejected.push({ key, reason })
    receipts.set(key, { status: 'rejected', reason, ...extra })
  }
  const writes: (() => void)[] = []
  const privateWrites: (() => void)[] = []

  // From the board's index: walking the board for them cost most of a note's ingest.
  const mine = authoredNotes(board, privateDoc, participantId)
  let authored = mine.length

  for (const [id, value] of ownNotes.entries()) {
    if (!ID_PATTERN.test(id)) {
      // No receipt for ids that could collide with `vote:` / `profile:` keys.
      if (id.includes(':')) report.rejected.push({ key: id, reason: REASONS.idInvalid })
      else reject(id, REASONS.idInvalid)
      continue
    }
    const tomb = tombstones.get(id)
    if (tomb !== undefined) {
      if (ownerOf(id, tomb) === participantId)
        receipts.set(id, { status: 'deleted', reason: REASONS.deletedByFacilitator })
      else reject(id, REASONS.idConflict)
      continue
    }
    const existing = boardNotes.get(id)
    const onBoard = existing instanceof Y.Map ? existing : undefined
    if (onBoard && ownerOf(id, onBoard.get('author')) !== participantId) {
      reject(id, REASONS.idConflict)
      continue
    }
    const content = readContent(value, dimensions)
    if (onBoard?.get('editedByFacilitator') === true) {
      // The facilitator's version wins and stays: the author's edits are not
      // applied (the phone shows the board's text and is told why).
      receipts.set(id, { status: 'edited', reason: REASONS.editedByFacilitator })
      continue
    }
    if (onBoard) {
      const hidden = onBoard.get('hidden') === true
      const same =
        content.ok &&
        content.text === textOf(id, onBoard) &&
        content.dimension === onBoard.get('dimension')
      if (!same && gate) reject(id, gate)
      else if (!content.ok) reject(id, content.reason)
      else {
        if (!same) {
          report.updated.push(id)
          const withhold = mustWithhold(onBoard, meta.silent)
          if (withhold && withheld.get(id) !== content.text)
            privateWrites.push(() => withheld.set(id, content.text))
          writes.push(() => {
            const boardText = withhold ? '' : content.text
            if (onBoard.get('text') !== boardText) onBoard.set('text', boardText)
            if (onBoard.get('dimension') !== content.dimension) {
              onBoard.set('dimension', content.dimension)
              // A cluster belongs to one dimension: the note leaves it.
              membership.delete(id)
            }
          })
        }
        // Moderation survives edits: `hidden` is never touched here.
        if (hidden) receipts.set(id, { status: 'hidden', reason: REASONS.hiddenByFacilitator })
      }
      continue
    }
    if (gate) reject(id, gate)
    else if (!content.ok) reject(id, content.reason)
    else if (authored >= maxNotes) reject(id, REASONS.tooManyNotes)
    else if (options.admitNewNote && !options.admitNewNote(id)) reject(id, REASONS.tooFast)
    else {
      authored++
      report.added.push(id)
      // In silent mode the board gets the note without its text (screens count it).
      privateWrites.push(() => {
        authors.set(id, participantId)
        if (meta.silent) withheld.set(id, content.text)
      })
      writes.push(() => {
        boardNotes.set(
          id,
          new Y.Map<unknown>([
            ['text', meta.silent ? '' : content.text],
            ['dimension', content.dimension],
            ['createdAt', now],
          ]),
        )
      })
    }
  }

  // Notes the participant deleted from their own doc.
  for (const id of mine) {
    if (ownNotes.has(id)) continue
    const edited = boardNotes.get(id)?.get('editedByFacilitator') === true
    // The author's deletion of a note the facilitator edited (or merged into) is refused.
    if (edited) receipts.set(id, { status: 'edited', reason: REASONS.editedByFacilitator })
    else if (gate) reject(id, gate)
    else {
      report.removed.push(id)
      privateWrites.push(() => {
        authors.delete(id)
        withheld.delete(id)
      })
      writes.push(() => {
        boardNotes.delete(id)
        membership.delete(id)
      })
    }
  }

  // Name and registration. Removed participants keep their last name; nobody
  // registers once the workshop is closed (it would inflate the head count).
  const parsedName = nameSchema.safeParse(
    participant.getMap<unknown>(PARTICIPANT_MAPS.profile).get('name') ?? null,
  )
  if (!parsedName.success) {
    const message = parsedName.error.issues[0]?.message
    reject(RECEIPT_KEYS.name, message === REASONS.nameTooLong ? message : REASONS.malformed)
  }
  // Registration and names live in the private room: the board names nobody.
  const participantsMap = privateDoc.getMap<unknown>(PRIVATE_MAPS.participants)
  const entry = participantsMap.get(participantId)
  if (entry instanceof Y.Map) {
    if (parsedName.success && !removed && (entry.get('name') ?? null) !== parsedName.data) {
      const name = parsedName.data
      privateWrites.push(() => entry.set('name', name))
    }
  } else if (meta.phase !== 'closed') {
    const name = parsedName.success ? parsedName.data : null
    privateWrites.push(() => {
      participantsMap.set(
        participantId,
        new Y.Map<unknown>([
          ['name', name],
          ['joinedAt', now],
        ]),
      )
    })
  }

  // Votes: judged against the board as it will be after this ingest (notes do
  // not affect votes, so the current clusters and participants suffice).
  const votes = Object.fromEntries(participant.getMap<unknown>(PARTICIPANT_MAPS.votes).entries())
  const judged = judgeVotes(
    { meta, clusters: readClusters(board), participants },
    participantId,
    votes,
  )
  for (const j of judged) {
    if (j.reason) reject(`${RECEIPT_KEYS.votePrefix}${j.cluster}`, j.reason, { counted: j.counted })
    if (j.counted > 0) report.votes.push({ cluster: j.cluster, count: j.counted })
  }

  // Private first: once the board shows a note, its author and text are known.
  if (privateWrites.length > 0) {
    privateDoc.transact(() => {
      for (const w of privateWrites) w()
    }, origin)
    report.privateChanged = true
  }
  if (writes.length > 0) {
    board.transact(() => {
      for (const w of writes) w()
    }, origin)
    report.boardChanged = true
  }
  report.receiptsChanged = writeReceipts(participant, receipts, origin)
  return report
}

/** Makes the receipts map equal to `wanted`, writing only differences. */
function writeReceipts(doc: Y.Doc, wanted: Map<string, Receipt>, origin: unknown): boolean {
  const map = doc.getMap<unknown>(PARTICIPANT_MAPS.receipts)
  const stale = Array.from(map.keys()).filter((k) => !wanted.has(k))
  const changed = Array.from(wanted).filter(([k, r]) => !sameReceipt(toReceipt(map.get(k)), r))
  if (stale.length === 0 && changed.length === 0) return false
  doc.transact(() => {
    for (const k of stale) map.delete(k)
    for (const [k, r] of changed) map.set(k, r)
  }, origin)
  return true
}
