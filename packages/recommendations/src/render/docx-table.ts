import { AlignmentType, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx'
import { formatShare, type Labels } from '../labels.js'
import type { SessionSummary, SummaryDimension } from '../schema.js'
import { textRuns } from './docx-runs.js'
import { ACCENT, RULE, TEXT_WIDTH } from './docx-styles.js'
import { recommendationTitle } from './facts.js'

// The votes table at the head of each dimension: one row per recommendation,
// numbers right-aligned, only horizontal rules (a report, not a spreadsheet).

// Rank, title (takes the rest), dots, two shares, voters, notes. Each fixed
// column is wide enough for the longest word of its header in either
// language, in a wide fallback font (DejaVu, where Calibri is missing): Word
// breaks a word that does not fit a cell mid-word ("Gommett|es").
const FIXED = [700, 0, 1300, 1250, 1250, 1000, 1150]
/** Column widths in twips, title column taking what the others leave. */
export const VOTES_COLUMNS = FIXED.map((w) =>
  w === 0 ? TEXT_WIDTH - FIXED.reduce((a, b) => a + b, 0) : w,
)
const COLUMNS = VOTES_COLUMNS
/** Header font size in half-points, and the left + right cell margins in twips. */
export const VOTES_HEADER_SIZE = 17
export const VOTES_CELL_MARGINS = 160
const NONE = { style: 'none', size: 0, color: 'auto' } as const
const LINE = { style: 'single', size: 4, color: RULE } as const
const HEAD_LINE = { style: 'single', size: 12, color: '1F2937' } as const

/** A docx Table of the dimension's recommendations in rank order. */
export function votesTable(dimension: SummaryDimension, summary: SessionSummary, l: Labels): Table {
  const lang = summary.workshop.language
  const header = votesHeader(l)
  const rows = dimension.recommendations.map((rec) => [
    String(rec.rank),
    recommendationTitle(rec, l),
    String(rec.dots),
    formatShare(rec.shareOfDimension, lang),
    formatShare(rec.shareOfSession, lang),
    String(rec.voters),
    String(rec.notes.length),
  ])
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: COLUMNS,
    borders: {
      top: NONE,
      bottom: NONE,
      left: NONE,
      right: NONE,
      insideHorizontal: NONE,
      insideVertical: NONE,
    },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map((text, i) => cell(text, i, true)),
      }),
      ...rows.map(
        (row) =>
          new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, i, false)) }),
      ),
    ],
  })
}

/** The votes table's column headers, in column order. */
export function votesHeader(l: Labels): string[] {
  return [
    l.rank,
    l.recommendation,
    l.dots,
    l.shareOfDimensionShort,
    l.shareOfSessionShort,
    l.voters,
    l.notesShort,
  ]
}

function cell(text: string, column: number, head: boolean): TableCell {
  return new TableCell({
    width: { size: COLUMNS[column] ?? 0, type: WidthType.DXA },
    margins: { top: 60, bottom: 60, left: VOTES_CELL_MARGINS / 2, right: VOTES_CELL_MARGINS / 2 },
    borders: { top: NONE, left: NONE, right: NONE, bottom: head ? HEAD_LINE : LINE },
    children: [
      new Paragraph({
        spacing: { after: 0 },
        alignment: column === 1 ? AlignmentType.LEFT : AlignmentType.RIGHT,
        children: textRuns(text, {
          bold: head || column === 2,
          size: head ? VOTES_HEADER_SIZE : 19,
          color: head ? '4B5563' : column === 2 ? ACCENT : undefined,
        }),
      }),
    ],
  })
}
