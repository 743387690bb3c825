import { HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import type { Labels } from '../labels.js'
import type { SessionSummary } from '../schema.js'
import { textRuns } from './docx-runs.js'
import { ACCENT, ACCENT_SOFT, MUTED, TEXT_WIDTH } from './docx-styles.js'
import { type Fact, generatedLine, hasUnclustered, keyFigures, workshopFacts } from './facts.js'

// The DOCX title page: what a reader needs before the first dimension, laid
// out with borderless tables (Word's only reliable grid) rather than tabs.

const NONE = { style: 'none', size: 0, color: 'auto' } as const
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
}
const TILES_PER_ROW = 4
const GAP = { style: 'single', size: 24, color: 'FFFFFF' } as const

/** Title, facts, key figures as tiles, contents and the anonymity note. */
export function cover(summary: SessionSummary, l: Labels): (Paragraph | Table)[] {
  const contents = summary.dimensions.map((d, i) => `${i + 1}. ${d.title}`)
  if (hasUnclustered(summary)) contents.push(`${l.annex} — ${l.unclustered}`)
  const generated = generatedLine(summary)
  return [
    new Paragraph({
      spacing: { before: 2000 },
      style: 'Kicker',
      children: [new TextRun(l.reportTitle)],
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(summary.workshop.title) }),
    factsTable(workshopFacts(summary)),
    new Paragraph({ spacing: { before: 480, after: 120 }, children: [] }),
    figureTiles(keyFigures(summary, true)),
    new Paragraph({
      heading: HeadingLevel.HEADING_3,
      spacing: { before: 480 },
      children: [new TextRun(l.contents)],
    }),
    ...contents.map((line) => new Paragraph({ spacing: { after: 40 }, children: textRuns(line) })),
    new Paragraph({
      style: 'Muted',
      spacing: { before: 480 },
      children: [new TextRun(l.anonymity)],
    }),
    ...(generated ? [new Paragraph({ style: 'Muted', children: [new TextRun(generated)] })] : []),
  ]
}

function factsTable(facts: Fact[]): Table {
  const widths = [2200, TEXT_WIDTH - 2200]
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: NO_BORDERS,
    rows: facts.map(
      ([label, value]) =>
        new TableRow({
          children: [
            new TableCell({
              width: { size: widths[0] ?? 0, type: WidthType.DXA },
              children: [
                new Paragraph({
                  spacing: { after: 60 },
                  children: [new TextRun({ text: label, color: MUTED })],
                }),
              ],
            }),
            new TableCell({
              width: { size: widths[1] ?? 0, type: WidthType.DXA },
              children: [
                new Paragraph({
                  spacing: { after: 60 },
                  children: textRuns(value, { bold: true }),
                }),
              ],
            }),
          ],
        }),
    ),
  })
}

/** Key figures as a grid of shaded tiles, big number over small label. */
function figureTiles(figures: Fact[]): Table {
  const width = Math.floor(TEXT_WIDTH / TILES_PER_ROW)
  const rows: Fact[][] = []
  for (let i = 0; i < figures.length; i += TILES_PER_ROW)
    rows.push(figures.slice(i, i + TILES_PER_ROW))
  const tile = (fact: Fact | undefined) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      shading: fact ? { type: 'clear', fill: ACCENT_SOFT, color: 'auto' } : undefined,
      borders: { top: GAP, bottom: GAP, left: GAP, right: GAP },
      margins: { top: 100, bottom: 100, left: 140, right: 140 },
      children: fact
        ? [
            new Paragraph({
              spacing: { after: 0 },
              children: [new TextRun({ text: fact[1], bold: true, size: 32, color: ACCENT })],
            }),
            new Paragraph({
              spacing: { after: 0 },
              children: [new TextRun({ text: fact[0], size: 17, color: MUTED })],
            }),
          ]
        : [new Paragraph({ children: [] })],
    })
  return new Table({
    width: { size: width * TILES_PER_ROW, type: WidthType.DXA },
    columnWidths: Array(TILES_PER_ROW).fill(width) as number[],
    borders: NO_BORDERS,
    rows: rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: Array.from({ length: TILES_PER_ROW }, (_, i) => tile(row[i])),
        }),
    ),
  })
}
