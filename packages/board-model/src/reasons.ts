/**
 * Machine-readable reason codes written into participant receipts and
 * returned by ingest. Phones translate them; never change an existing code.
 */

/**
 * Every reason code, by meaning.
 *
 * @example
 * if (receipt.reason === REASONS.textTooLong) showError(t('note.tooLong'))
 */
export const REASONS = {
  /** The text is empty after trimming. */
  textEmpty: 'text-empty',
  /** The text is longer than MAX_NOTE_LENGTH code points after trimming. */
  textTooLong: 'text-too-long',
  /** The note's fields have the wrong types (text not a string, ...). */
  malformed: 'malformed',
  /** The note id is not 1..64 characters of [A-Za-z0-9_-]. */
  idInvalid: 'id-invalid',
  /** The note's dimension does not exist on the board. */
  unknownDimension: 'unknown-dimension',
  /** The phase is not `collect`: notes can be neither added, edited nor deleted. */
  collectionClosed: 'collection-closed',
  /** The phase is `closed`: the workshop is over. */
  workshopClosed: 'workshop-closed',
  /** The facilitator locked the board. */
  boardLocked: 'board-locked',
  /** The facilitator removed this participant. */
  participantRemoved: 'participant-removed',
  /** Another participant already owns a note with this id. */
  idConflict: 'id-conflict',
  /** The participant has more notes than the per-participant cap. */
  tooManyNotes: 'too-many-notes',
  /**
   * The participant sent new notes faster than the server's rate limit (about
   * 30 a minute): the note waits on the phone and lands by itself shortly.
   */
  tooFast: 'too-fast',
  /** The facilitator hid the note (receipt status `hidden`). */
  hiddenByFacilitator: 'hidden-by-facilitator',
  /** The facilitator deleted the note (receipt status `deleted`). */
  deletedByFacilitator: 'deleted-by-facilitator',
  /**
   * The facilitator edited the note's text or moved it to another dimension
   * (or merged a duplicate into it): the board keeps the facilitator's version
   * and refuses the author's later edits and deletion (receipt status `edited`).
   */
  editedByFacilitator: 'edited-by-facilitator',
  /** The display name is longer than MAX_NAME_LENGTH. */
  nameTooLong: 'name-too-long',
  /** Votes are counted only in the `vote` phase. */
  votingClosed: 'voting-closed',
  /** The vote's cluster does not exist (deleted, merged, or never did). */
  unknownCluster: 'unknown-cluster',
  /** The vote count is not a non-negative integer. */
  invalidCount: 'invalid-count',
  /** `multipleDotsPerCluster` is off: at most one dot per cluster counts. */
  oneDotPerCluster: 'one-dot-per-cluster',
  /** The participant spent more dots than `votesPerParticipant`. */
  overBudget: 'over-budget',
} as const

/** One of the `REASONS` values. */
export type ReasonCode = (typeof REASONS)[keyof typeof REASONS]
