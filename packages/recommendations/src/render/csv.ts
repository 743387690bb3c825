import { csvDialect, csvDocument } from '../escape/csv.js'
import { labelsFor } from '../labels.js'
import type { SessionSummary } from '../schema.js'

// Two flat files for spreadsheets, in the dialect Excel expects in the
// workshop's language (French: `;` and decimal comma; English: `,` and dot),
// so a double-click opens them in columns. Headers say what each column holds
// in the workshop's language; the id columns keep them joinable by programs
// (which should read the JSON anyway).

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
  const h = labelsFor(summary.workshop.language).csv
  const rows: (string | number)[][] = [
    [
      h.dimension,
      h.rank,
      h.clusterTitle,
      h.noteText,
      h.author,
      h.noteId,
      h.clusterId,
      h.dimensionId,
    ],
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
  return csvDocument(rows, csvDialect(summary.workshop.language))
}

/**
 * One row per recommendation, in dimension then rank order: title, the
 * facilitator's text, dots, shares of the dimension's and of the workshop's
 * dots as percentages (42,11 in French, 42.11 in English), distinct voters
 * and number of supporting notes.
 *
 * @example
 * ```ts
 * writeFileSync('recommendations.csv', renderCsvRecommendations(summary))
 * ```
 */
export function renderCsvRecommendations(summary: SessionSummary): string {
  const h = labelsFor(summary.workshop.language).csv
  const rows: (string | number)[][] = [
    [
      h.dimension,
      h.rank,
      h.clusterTitle,
      h.recommendationText,
      h.dots,
      h.shareOfDimension,
      h.shareOfSession,
      h.voters,
      h.notes,
      h.clusterId,
      h.dimensionId,
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
        percent(rec.shareOfDimension),
        percent(rec.shareOfSession),
        rec.voters,
        rec.notes.length,
        rec.clusterId,
        dimension.id,
      ])
    }
  }
  return csvDocument(rows, csvDialect(summary.workshop.language))
}

/** A share in [0, 1] (4 decimals) as a percentage with 2 decimals, without float noise. */
export function percent(share: number): number {
  return Math.round(share * 10_000) / 100
}
