import * as Y from 'yjs'
import { META_DEFAULTS } from '../defaults.js'
import { BOARD_MAPS } from '../layout.js'
import type {
  BoardMeta,
  BoardState,
  Cluster,
  Dimension,
  Note,
  Participant,
  Phase,
  TimerState,
} from '../types.js'
import { readAuthors, readPrivateParticipants, readWithheld } from './private.js'
import { bool, num, numOrNull, oneOf, str, strOrNull, subMap } from './values.js'

const PHASES: readonly Phase[] = ['collect', 'cluster', 'vote', 'synthesize', 'closed']

type YMapOf = Y.Map<unknown>

function entries(doc: Y.Doc, name: string): [string, unknown][] {
  return Array.from(doc.getMap<unknown>(name).entries())
}

/**
 * The timer as plain data.
 *
 * @example
 * readTimer(doc) // { endsAt: null, remainingMs: null, durationMs: null }
 */
export function readTimer(doc: Y.Doc): TimerState {
  const timer = subMap(doc.getMap<unknown>(BOARD_MAPS.meta), 'timer')
  return {
    endsAt: numOrNull(timer, 'endsAt'),
    remainingMs: numOrNull(timer, 'remainingMs'),
    durationMs: numOrNull(timer, 'durationMs'),
  }
}

/**
 * The board's meta map as plain data, defaults filled in.
 *
 * @example
 * readMeta(doc).phase // 'collect'
 */
export function readMeta(doc: Y.Doc): BoardMeta {
  const m = doc.getMap<unknown>(BOARD_MAPS.meta)
  return {
    schemaVersion: num(m, 'schemaVersion', 0),
    title: str(m, 'title', ''),
    territory: strOrNull(m, 'territory'),
    language: oneOf(m, 'language', ['fr', 'en'], 'fr'),
    date: str(m, 'date', ''),
    facilitator: strOrNull(m, 'facilitator'),
    phase: oneOf(m, 'phase', PHASES, META_DEFAULTS.phase),
    votesPerParticipant: num(m, 'votesPerParticipant', META_DEFAULTS.votesPerParticipant),
    multipleDotsPerCluster: bool(m, 'multipleDotsPerCluster', META_DEFAULTS.multipleDotsPerCluster),
    silent: bool(m, 'silent', META_DEFAULTS.silent),
    locked: bool(m, 'locked', META_DEFAULTS.locked),
    showTallies: bool(m, 'showTallies', META_DEFAULTS.showTallies),
    timer: readTimer(doc),
    focus: strOrNull(m, 'focus'),
  }
}

/**
 * The dimensions, sorted by `order` then id.
 *
 * @example
 * readDimensions(doc)[0]?.id // 'vision'
 */
export function readDimensions(doc: Y.Doc): Dimension[] {
  const out: Dimension[] = []
  for (const [id, v] of entries(doc, BOARD_MAPS.dimensions)) {
    if (!subMapLike(v)) continue
    out.push({
      id,
      title: str(v, 'title', ''),
      prompt: str(v, 'prompt', ''),
      order: num(v, 'order', 0),
    })
  }
  return out.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/**
 * One board note as plain data, or undefined.
 *
 * @example
 * readNote(doc, 'n1')?.hidden // false
 */
export function readNote(doc: Y.Doc, id: string): Note | undefined {
  const v = doc.getMap<unknown>(BOARD_MAPS.notes).get(id)
  return subMapLike(v) ? toNote(id, v) : undefined
}

function toNote(id: string, m: YMapOf): Note {
  return {
    id,
    text: str(m, 'text', ''),
    dimension: str(m, 'dimension', ''),
    author: str(m, 'author', ''),
    createdAt: num(m, 'createdAt', 0),
    hidden: bool(m, 'hidden', false),
    byFacilitator: bool(m, 'byFacilitator', false),
    editedByFacilitator: bool(m, 'editedByFacilitator', false),
  }
}

/**
 * All board notes by id.
 *
 * @example
 * Object.values(readNotes(doc)).filter((n) => !n.hidden)
 */
export function readNotes(doc: Y.Doc): Record<string, Note> {
  const out: Record<string, Note> = {}
  for (const [id, v] of entries(doc, BOARD_MAPS.notes)) if (subMapLike(v)) out[id] = toNote(id, v)
  return out
}

/**
 * All clusters by id.
 *
 * @example
 * readClusters(doc)['c1']?.title
 */
export function readClusters(doc: Y.Doc): Record<string, Cluster> {
  const out: Record<string, Cluster> = {}
  for (const [id, v] of entries(doc, BOARD_MAPS.clusters)) {
    if (!subMapLike(v)) continue
    out[id] = {
      id,
      title: str(v, 'title', ''),
      dimension: str(v, 'dimension', ''),
      color: strOrNull(v, 'color'),
      recommendation: str(v, 'recommendation', ''),
    }
  }
  return out
}

function toParticipant(id: string, m: YMapOf): Participant {
  return {
    id,
    name: strOrNull(m, 'name'),
    joinedAt: num(m, 'joinedAt', 0),
    removed: bool(m, 'removed', false),
  }
}

/**
 * One participant as the board knows them, or undefined.
 *
 * @example
 * readBoardParticipant(board, 'p7')?.removed // false
 */
export function readBoardParticipant(doc: Y.Doc, id: string): Participant | undefined {
  const v = doc.getMap<unknown>(BOARD_MAPS.participants).get(id)
  return subMapLike(v) ? toParticipant(id, v) : undefined
}

/**
 * All participants known to the board by id.
 *
 * @example
 * Object.values(readParticipants(doc)).filter((p) => !p.removed).length
 */
export function readParticipants(doc: Y.Doc): Record<string, Participant> {
  const out: Record<string, Participant> = {}
  for (const [id, v] of entries(doc, BOARD_MAPS.participants)) {
    if (subMapLike(v)) out[id] = toParticipant(id, v)
  }
  return out
}

/**
 * Membership with dangling or cross-dimension entries dropped. Concurrent
 * edits (a note moved into a cluster another client just deleted) can leave
 * such entries; every reader treats them as "unclustered".
 */
export function sanitizeMembership(
  raw: Iterable<[string, unknown]>,
  notes: Record<string, Note>,
  clusters: Record<string, Cluster>,
): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [noteId, clusterId] of raw) {
    if (typeof clusterId !== 'string') continue
    const note = notes[noteId]
    const cluster = clusters[clusterId]
    if (note && cluster && note.dimension === cluster.dimension) out[noteId] = clusterId
  }
  return out
}

/**
 * The facilitator's view: the board's notes with the texts and authors the
 * board does not carry (hidden notes, silent mode) and its participants with
 * their names, from the private room. Mutates and returns `notes`.
 */
function revealNotes(notes: Record<string, Note>, privateDoc: Y.Doc): Record<string, Note> {
  const authors = readAuthors(privateDoc)
  const withheld = readWithheld(privateDoc)
  for (const note of Object.values(notes)) {
    const text = withheld[note.id]
    // A non-empty board text is newer than a withheld copy the server has not yet dropped.
    if (text !== undefined && note.text === '') note.text = text
    if (note.author === '' && authors[note.id] !== undefined) note.author = authors[note.id] ?? ''
  }
  return notes
}

function allParticipants(doc: Y.Doc, privateDoc: Y.Doc | undefined): Record<string, Participant> {
  const onBoard = readParticipants(doc)
  if (!privateDoc) return onBoard
  const out: Record<string, Participant> = {}
  for (const [id, p] of Object.entries(readPrivateParticipants(privateDoc))) {
    out[id] = { id, name: p.name, joinedAt: p.joinedAt, removed: onBoard[id]?.removed ?? false }
  }
  // Removed before ever being ingested (or a board not yet migrated): still listed.
  for (const [id, p] of Object.entries(onBoard)) {
    const known = out[id]
    if (!known) out[id] = p
    else if (known.name === null && p.name !== null) known.name = p.name
  }
  return out
}

/**
 * The whole board as plain data. References left dangling by concurrent
 * edits (membership to a deleted cluster, focus on a deleted cluster) are
 * dropped, so every id in the result resolves.
 *
 * The board holds only what everyone may read: no authors, no names, no
 * text for hidden notes or notes collected in silent mode (their `text` is
 * empty). Pass the private room (`<workshopId>:private`, facilitator and
 * server only) to read those too.
 *
 * @example
 * const state = readBoard(doc)
 * state.dimensions.map((d) => d.title)
 * readBoard(board, privateDoc).notes['n1']?.author // 'p7'
 */
export function readBoard(doc: Y.Doc, privateDoc?: Y.Doc): BoardState {
  const notes = readNotes(doc)
  if (privateDoc) revealNotes(notes, privateDoc)
  const clusters = readClusters(doc)
  const tallies: Record<string, number> = {}
  for (const [id, v] of entries(doc, BOARD_MAPS.tallies)) {
    if (typeof v === 'number' && Number.isFinite(v)) tallies[id] = v
  }
  const meta = readMeta(doc)
  // A focus on a cluster deleted concurrently reads as no focus.
  if (meta.focus !== null && !clusters[meta.focus]) meta.focus = null
  return {
    meta,
    dimensions: readDimensions(doc),
    notes,
    clusters,
    membership: sanitizeMembership(entries(doc, BOARD_MAPS.membership), notes, clusters),
    tallies,
    participants: allParticipants(doc, privateDoc),
  }
}

function subMapLike(v: unknown): v is YMapOf {
  return v instanceof Y.Map
}
