// @atelier/recommendations: plain data in (a BoardSnapshot), structured
// recommendations out (a SessionSummary), and renderers for people and
// programs. Nothing here knows Yjs, React or the server.

export { type BuildSummaryOptions, buildSummary } from './build/build-summary.js'
export { isMiscTitle } from './build/misc.js'
export { rankOrder } from './build/rank.js'
// Escaping and document helpers, shared with the campaign synthesis renderers
// so every export escapes participant text the same way.
export { type CsvDialect, csvDialect, csvDocument, csvField } from './escape/csv.js'
export { escapeHtml } from './escape/html.js'
export { escapeMarkdown, escapeMarkdownCell, escapeMarkdownLine } from './escape/markdown.js'
export { summaryJsonSchema } from './json-schema.js'
export { formatDate, formatShare, type Labels, type Language, labelsFor } from './labels.js'
export { parseSummary, SummaryParseError } from './parse.js'
export { percent, renderCsvNotes, renderCsvRecommendations } from './render/csv.js'
export { DOCX_MIME, renderDocx } from './render/docx.js'
export { lines as docxLines, textRuns as docxTextRuns } from './render/docx-runs.js'
export {
  ACCENT as DOCX_ACCENT,
  MUTED as DOCX_MUTED,
  NUMBERING as DOCX_NUMBERING,
  PAGE as DOCX_PAGE,
  STYLES as DOCX_STYLES,
  TEXT_WIDTH as DOCX_TEXT_WIDTH,
} from './render/docx-styles.js'
export { renderHtml } from './render/html.js'
export { renderJson } from './render/json.js'
export { renderMarkdown } from './render/markdown.js'
export { type DimensionPriorities, type Priority, topPriorities } from './render/priorities.js'
export { fixZipDates } from './render/zip-dates.js'
export {
  type Recommendation,
  RecommendationSchema,
  type SessionSummary,
  SessionSummarySchema,
  type SummaryDimension,
  type SummaryNote,
  SummaryNoteSchema,
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
