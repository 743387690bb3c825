// Public API of @atelier/board-model. Explicit names only: what is not listed
// here (map accessors, defensive getters) is internal.

export { CLUSTER_COLORS, paletteColor } from './colors.js'
export type { CreateClusterInput } from './commands/board/clusters.js'
export {
  createCluster,
  deleteCluster,
  mergeClusters,
  recolorCluster,
  renameCluster,
  setRecommendation,
  splitCluster,
} from './commands/board/clusters.js'
export {
  addDimension,
  dimensionContent,
  MAX_DIMENSION_PROMPT,
  MAX_DIMENSION_TITLE,
  MAX_DIMENSIONS,
  removeDimension,
  reorderDimensions,
  updateDimension,
} from './commands/board/dimensions.js'
export type { MoveResult } from './commands/board/membership.js'
export { moveToCluster } from './commands/board/membership.js'
export type { WorkshopInfoPatch } from './commands/board/meta.js'
export {
  setFocus,
  setLocked,
  setMultipleDotsPerCluster,
  setPhase,
  setShowTallies,
  setSilent,
  setVotesPerParticipant,
  updateWorkshopInfo,
} from './commands/board/meta.js'
export {
  deleteNote,
  hideNote,
  removeParticipant,
  restoreParticipant,
  unhideNote,
} from './commands/board/moderation.js'
export type { FacilitatorNoteInput } from './commands/board/notes.js'
export {
  addFacilitatorNote,
  editNoteText,
  mergeNotes,
  moveNoteToDimension,
} from './commands/board/notes.js'
export { deleteNotesOf, notesByAuthor } from './commands/board/participant-notes.js'
export { changePhase } from './commands/board/phase.js'
export {
  addMinute,
  pauseTimer,
  resetTimer,
  resumeTimer,
  startTimer,
} from './commands/board/timer.js'
export {
  forgetLayout,
  setClusterSize,
  setPosition,
  setPositions,
} from './commands/layout/layout.js'
export type { PresentationChoice } from './commands/layout/presentation.js'
export {
  setPresentation,
  setPresentedViewport,
  setRecommendationDraft,
} from './commands/layout/presentation.js'
export type { AddOwnNoteInput } from './commands/participant/notes.js'
export { addOwnNote, deleteOwnNote, editOwnNote } from './commands/participant/notes.js'
export { setName, setVote, voteReceiptKey } from './commands/participant/profile.js'
export type { CreateBoardOptions } from './create-board.js'
export { createBoard } from './create-board.js'
export { META_DEFAULTS } from './defaults.js'
export { BoardModelError } from './errors.js'
export { newId } from './ids.js'
export type { IngestOptions, IngestReport } from './ingest/ingest.js'
export { DEFAULT_MAX_NOTES_PER_PARTICIPANT, ingestParticipant } from './ingest/ingest.js'
export type { ReingestScope } from './ingest/triggers.js'
export { participantsToReingest } from './ingest/triggers.js'
export {
  BOARD_MAPS,
  LAYOUT_MAPS,
  PARTICIPANT_MAPS,
  PRIVATE_MAPS,
  RECEIPT_KEYS,
  ROOMS,
  SCHEMA_VERSION,
} from './layout.js'
export type { Migration, MigrationReport } from './migrations.js'
export { MIGRATIONS, migrateBoard } from './migrations.js'
export type { PrivacyReport, PrivacyScope } from './privacy/reconcile.js'
export { mustWithhold, privacyScope, reconcilePrivacy } from './privacy/reconcile.js'
export {
  readBoard,
  readBoardParticipant,
  readClusters,
  readDimensions,
  readMeta,
  readNote,
  readNotes,
  readParticipants,
  readTimer,
} from './read/board.js'
export { readLayout } from './read/layout.js'
export { readOwnNotes, readParticipant } from './read/participant.js'
export type { Presentation, PresentationMode, WorldRect } from './read/presentation.js'
export {
  MAX_DRAFT_LENGTH,
  MAX_PRESENTED_IDS,
  PRESENTATION_MODES,
  readPresentation,
} from './read/presentation.js'
export type { PrivateParticipant } from './read/private.js'
export {
  readAuthors,
  readPrivateParticipants,
  readPrivateTallies,
  readVoteProgress,
  readWithheld,
} from './read/private.js'
export type { ReasonCode } from './reasons.js'
export { REASONS } from './reasons.js'
export {
  ID_PATTERN,
  isoDateSchema,
  languageSchema,
  MAX_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_VOTES_PER_PARTICIPANT,
  metaValuesSchema,
  nameSchema,
  noteTextSchema,
  participantNoteSchema,
  phaseSchema,
  pointSchema,
  sizeSchema,
  voteCountSchema,
  votesPerParticipantSchema,
  votesSchema,
} from './schemas.js'
export type { SnapshotExtra } from './snapshot.js'
export { toBoardSnapshot } from './snapshot.js'
export { templateDimensions } from './templates.js'
export type { TimerStatus } from './timer.js'
export { timerRemaining, timerStatus } from './timer.js'
export type {
  BoardMeta,
  BoardSnapshot,
  BoardState,
  Cluster,
  Dimension,
  Language,
  LayoutState,
  Note,
  OwnNote,
  Participant,
  ParticipantState,
  Phase,
  Point,
  Receipt,
  ReceiptStatus,
  RoomPreview,
  Size,
  Template,
  TimerState,
  Vote,
} from './types.js'
export type { VoteContext, VoteJudgement, VoteProgress } from './votes.js'
export {
  COUNTED_PHASES,
  collectVotes,
  judgeVotes,
  tallyVotes,
  validVotes,
  voteProgress,
  writeTallies,
} from './votes.js'
