import * as Y from 'yjs'
import { PARTICIPANT_MAPS } from '../layout.js'
import type { OwnNote, ParticipantState, Receipt } from '../types.js'
import { isRecord, num, str, strOrNull } from './values.js'

const STATUSES = new Set(['rejected', 'hidden', 'deleted', 'edited'])

/**
 * A receipt value as plain data, or undefined when malformed.
 *
 * @example
 * toReceipt({ status: 'rejected', reason: 'text-empty' })
 */
export function toReceipt(v: unknown): Receipt | undefined {
  if (!isRecord(v)) return undefined
  const { status, reason, counted } = v
  if (typeof status !== 'string' || !STATUSES.has(status) || typeof reason !== 'string') return
  const receipt: Receipt = { status: status as Receipt['status'], reason }
  if (typeof counted === 'number') receipt.counted = counted
  return receipt
}

/**
 * The participant's notes as they wrote them (not validated).
 *
 * @example
 * Object.values(readOwnNotes(doc)).length
 */
export function readOwnNotes(doc: Y.Doc): Record<string, OwnNote> {
  const out: Record<string, OwnNote> = {}
  for (const [id, v] of doc.getMap<unknown>(PARTICIPANT_MAPS.notes).entries()) {
    if (!(v instanceof Y.Map)) continue
    const m = v as Y.Map<unknown>
    out[id] = {
      id,
      text: str(m, 'text', ''),
      dimension: str(m, 'dimension', ''),
      createdAt: num(m, 'createdAt', 0),
    }
  }
  return out
}

/**
 * A participant document as plain data. Votes that are not numbers are
 * dropped here; `validVotes` judges the rest.
 *
 * @example
 * const { notes, votes, name, receipts } = readParticipant(doc)
 */
export function readParticipant(doc: Y.Doc): ParticipantState {
  const votes: Record<string, number> = {}
  for (const [cluster, v] of doc.getMap<unknown>(PARTICIPANT_MAPS.votes).entries()) {
    if (typeof v === 'number') votes[cluster] = v
  }
  const receipts: Record<string, Receipt> = {}
  for (const [key, v] of doc.getMap<unknown>(PARTICIPANT_MAPS.receipts).entries()) {
    const r = toReceipt(v)
    if (r) receipts[key] = r
  }
  return {
    notes: readOwnNotes(doc),
    votes,
    name: strOrNull(doc.getMap<unknown>(PARTICIPANT_MAPS.profile), 'name'),
    receipts,
  }
}
