/**
 * The Yjs layout of every Atelier room: room names, map names and the schema
 * version. This file is the public contract third-party Yjs clients rely on
 * (see docs/data-model.md); renaming anything here is a breaking change that
 * needs a migration.
 */

/**
 * Version of the board layout written into `meta.schemaVersion`.
 * Bump it only together with a new entry in `MIGRATIONS`.
 *
 * @example
 * if (readBoard(doc).meta.schemaVersion < SCHEMA_VERSION) migrateBoard(doc, 'server')
 */
export const SCHEMA_VERSION = 3

/**
 * Names of the rooms (one Yjs document each) that make up a workshop.
 *
 * @example
 * const room = ROOMS.participant('ws42', 'p7') // 'ws42:p7'
 */
export const ROOMS = {
  /** The board: written by the facilitator and the server, read by everyone. */
  board: (workshopId: string): string => workshopId,
  /** A participant's own doc: written by that participant, read by the facilitator. */
  participant: (workshopId: string, participantId: string): string =>
    `${workshopId}:${participantId}`,
  /** Canvas positions and sizes: facilitator only. */
  layout: (workshopId: string): string => `${workshopId}:layout`,
  /** Server-written data only the facilitator may read: live tallies, authors, names, withheld texts. */
  private: (workshopId: string): string => `${workshopId}:private`,
} as const

/**
 * Top-level map names of the board document (`doc.getMap(BOARD_MAPS.notes)`).
 *
 * @example
 * const notes = doc.getMap(BOARD_MAPS.notes)
 */
export const BOARD_MAPS = {
  meta: 'meta',
  dimensions: 'dimensions',
  notes: 'notes',
  clusters: 'clusters',
  membership: 'membership',
  tallies: 'tallies',
  /** participant id -> Y.Map { removed: true }: who the facilitator removed (no names: see `PRIVATE_MAPS`). */
  participants: 'participants',
  /** note id -> true for notes the facilitator deleted, so ingest never revives them (the author is in `PRIVATE_MAPS.authors`). */
  deletedNotes: 'deletedNotes',
} as const

/**
 * Top-level map names of a participant document.
 *
 * @example
 * participantDoc.getMap(PARTICIPANT_MAPS.votes).set('c1', 2)
 */
export const PARTICIPANT_MAPS = {
  notes: 'notes',
  votes: 'votes',
  profile: 'profile',
  receipts: 'receipts',
} as const

/**
 * Top-level map names of the layout document.
 *
 * @example
 * layoutDoc.getMap(LAYOUT_MAPS.positions).get(noteId) // { x, y } | undefined
 */
export const LAYOUT_MAPS = {
  positions: 'positions',
  sizes: 'sizes',
  /** What the projector shows: the facilitator's choice, and their viewport for "follow me". */
  presentation: 'presentation',
} as const

/**
 * Top-level map names of the private (server-only) document.
 *
 * @example
 * privateDoc.getMap(PRIVATE_MAPS.tallies)
 */
export const PRIVATE_MAPS = {
  tallies: 'tallies',
  /** `voted` and `participants`: how many have spent a dot, out of how many (see `voteProgress`). */
  progress: 'progress',
  /** note id -> author participant id, kept after a facilitator's deletion (tombstone ownership). */
  authors: 'authors',
  /** participant id -> Y.Map { name, joinedAt }: everyone ingest registered. */
  participants: 'participants',
  /** note id -> text of a note the board may not show yet (hidden, or collected in silent mode). */
  withheld: 'withheld',
} as const

/**
 * Key prefixes of the participant `receipts` map. Note receipts use the bare
 * note id (note ids never contain ':'); vote receipts use `vote:<clusterId>`;
 * the name receipt uses `profile:name`.
 *
 * @example
 * receipts.get(`${RECEIPT_KEYS.votePrefix}c1`)
 */
export const RECEIPT_KEYS = {
  votePrefix: 'vote:',
  name: 'profile:name',
} as const
