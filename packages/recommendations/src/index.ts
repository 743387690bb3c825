// @atelier/recommendations: plain data in (a BoardSnapshot), structured
// recommendations out (a SessionSummary), and renderers for people and
// programs. Nothing here knows Yjs, React or the server.

export { type BuildSummaryOptions, buildSummary } from './build/build-summary.js'
export { isMiscTitle } from './build/misc.js'
export { rankOrder } from './build/rank.js'
export { summaryJsonSchema } from './json-schema.js'
export { formatDate, formatShare, type Labels, type Language, labelsFor } from './labels.js'
export { parseSummary, SummaryParseError } from './parse.js'
export { renderCsvNotes, renderCsvRecommendations } from './render/csv.js'
export { DOCX_MIME, renderDocx } from './render/docx.js'
export { renderHtml } from './render/html.js'
export { renderJson } from './render/json.js'
export { renderMarkdown } from './render/markdown.js'
export { type DimensionPriorities, type Priority, topPriorities } from './render/priorities.js'
export {
  type Recommendation,
  RecommendationSchema,
  type SessionSummary,
  SessionSummarySchema,
  type SummaryDimension,
  type SummaryNote,
  type SummaryTotals,
  type SummaryWorkshop,
  type UnclusteredNote,
} from './schema.js'
export type {
  BoardSnapshot,
  SnapshotCluster,
  SnapshotDimension,
  SnapshotNote,
  SnapshotVote,
  SnapshotWorkshop,
} from './snapshot.js'
export { SUMMARY_VERSION } from './version.js'
