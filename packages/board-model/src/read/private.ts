import * as Y from 'yjs'
import { PRIVATE_MAPS } from '../layout.js'
import type { VoteProgress } from '../votes.js'
import { count, num, strOrNull } from './values.js'

/**
 * Live dot counts per cluster from the private room (`<workshopId>:private`),
 * which the server keeps current during the vote whether or not the board
 * shows tallies. Malformed entries are skipped; absent means 0.
 *
 * @example
 * readPrivateTallies(privateDoc)['c1'] // 4 | undefined
 */
export function readPrivateTallies(doc: Y.Doc): Record<string, number> {
  const tallies: Record<string, number> = {}
  for (const [id, v] of doc.getMap<unknown>(PRIVATE_MAPS.tallies).entries()) {
    const n = count(v)
    if (n !== null) tallies[id] = n
  }
  return tallies
}

/**
 * Vote progress from the private room: how many participants have spent at
 * least one dot that counts, out of the participants on the board (not
 * removed). Null until the server has written it.
 *
 * @example
 * readVoteProgress(privateDoc) // { voted: 23, participants: 38 }
 */
export function readVoteProgress(doc: Y.Doc): VoteProgress | null {
  const map = doc.getMap<unknown>(PRIVATE_MAPS.progress)
  const voted = count(map.get('voted'))
  const participants = count(map.get('participants'))
  if (voted === null || participants === null) return null
  return { voted, participants }
}

function strings(doc: Y.Doc, name: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [id, v] of doc.getMap<unknown>(name).entries()) if (typeof v === 'string') out[id] = v
  return out
}

/**
 * Who wrote each participant note (note id -> participant id), from the
 * private room: the board carries no author. Notes the facilitator deleted
 * keep their entry (ingest needs it to tell the author `deleted`).
 *
 * @example
 * readAuthors(privateDoc)['n1'] // 'p7'
 */
export function readAuthors(doc: Y.Doc): Record<string, string> {
  return strings(doc, PRIVATE_MAPS.authors)
}

/**
 * Texts the board may not show (note id -> text): hidden notes, and notes
 * collected in silent mode before the reveal. The board holds these notes
 * with an empty `text`; the server copies the text back when released.
 *
 * @example
 * readWithheld(privateDoc)['n1'] // 'Mutualiser les achats'
 */
export function readWithheld(doc: Y.Doc): Record<string, string> {
  return strings(doc, PRIVATE_MAPS.withheld)
}

/** A participant as the private room knows them (the board only knows who was removed). */
export interface PrivateParticipant {
  name: string | null
  joinedAt: number
}

/**
 * Everyone ingest registered, with their pseudonym, from the private room.
 *
 * @example
 * readPrivateParticipants(privateDoc)['p7']?.name // 'Camille' | null
 */
export function readPrivateParticipants(doc: Y.Doc): Record<string, PrivateParticipant> {
  const out: Record<string, PrivateParticipant> = {}
  for (const [id, v] of doc.getMap<unknown>(PRIVATE_MAPS.participants).entries()) {
    if (!(v instanceof Y.Map)) continue
    out[id] = { name: strOrNull(v, 'name'), joinedAt: num(v, 'joinedAt', 0) }
  }
  return out
}
