// Everything the web app uses from @atelier/board-model, in one place: the
// app reads documents with its reads and writes with its commands, and never
// walks Yjs maps itself (board-model is the only code that knows the layout).
export type {
  BoardMeta,
  BoardState,
  Cluster,
  Dimension,
  LayoutState,
  Note,
  OwnNote,
  ParticipantState,
  Phase,
  Receipt,
  TimerState,
} from '@atelier/board-model'
export {
  addOwnNote,
  deleteOwnNote,
  editOwnNote,
  MAX_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  ROOMS,
  readBoard,
  readLayout,
  readParticipant,
  setName,
  setVote,
  timerRemaining,
  timerStatus,
  voteReceiptKey,
} from '@atelier/board-model'
