import { csvDocument } from '../escape/csv.js'
import { labelsFor } from '../labels.js'
import type { SessionSummary } from '../schema.js'

// Two flat files for spreadsheets. Headers are in the workshop's language
// (people open these; programs read the JSON). Shares are decimal fractions
// with a dot, as in the JSON, so every spreadsheet locale can convert them.

/**
 * One row per visible note: dimension, rank of the recommendation it supports
 * (empty when unclustered), cluster title, the note, its anonymous author and
 * ids. Notes come in summary order: by dimension, by rank, then unclustered.
 *
 * @example
 * ```ts
 * writeFileSync('notes.csv', renderCsvNotes(summary))
 * ```
 */
export function renderCsvNotes(summary: SessionSummary): string {
  const l = labelsFor(summary.workshop.language)
  const rows: (string | number)[][] = [
    [l.dimension, l.rank, l.cluster, l.note, l.author, l.noteId, l.clusterId, l.dimensionId],
  ]
  for (const dimension of summary.dimensions) {
    for (const rec of dimension.recommendations) {
      for (const note of rec.notes) {
        rows.push([
          dimension.title,
          rec.rank,
          rec.title,
          note.text,
          note.author,
          note.id,
          rec.clusterId,
          dimension.id,
        ])
      }
    }
    for (const note of dimension.unclustered) {
      rows.push([
        dimension.title,
        '',
        note.cluster?.title ?? '',
        note.text,
        note.author,
        note.id,
        note.cluster?.id ?? '',
        dimension.id,
      ])
    }
  }
  return csvDocument(rows)
}

/**
 * One row per recommendation, in dimension then rank order: title, the
 * facilitator's text, dots, shares (of the dimension, of the workshop),
 * distinct voters and number of supporting notes.
 *
 * @example
 * ```ts
 * writeFileSync('recommendations.csv', renderCsvRecommendations(summary))
 * ```
 */
export function renderCsvRecommendations(summary: SessionSummary): string {
  const l = labelsFor(summary.workshop.language)
  const rows: (string | number)[][] = [
    [
      l.dimension,
      l.rank,
      l.title,
      l.recommendation,
      l.dots,
      l.shareOfDimension,
      l.shareOfSession,
      l.voters,
      l.notes,
      l.clusterId,
      l.dimensionId,
    ],
  ]
  for (const dimension of summary.dimensions) {
    for (const rec of dimension.recommendations) {
      rows.push([
        dimension.title,
        rec.rank,
        rec.title,
        rec.text,
        rec.dots,
        rec.shareOfDimension,
        rec.shareOfSession,
        rec.voters,
        rec.notes.length,
        rec.clusterId,
        dimension.id,
      ])
    }
  }
  return csvDocument(rows)
}
