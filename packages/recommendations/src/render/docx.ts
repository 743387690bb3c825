import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx'
import { type Labels, labelsFor } from '../labels.js'
import type { Recommendation, SessionSummary, SummaryDimension } from '../schema.js'
import { cover } from './docx-cover.js'
import { prioritiesPage } from './docx-priorities.js'
import { lines, textRuns } from './docx-runs.js'
import { coreProperties, MUTED, NUMBERING, PAGE, STYLES } from './docx-styles.js'
import { votesTable } from './docx-table.js'
import { hasUnclustered, recommendationTitle } from './facts.js'
import { fixZipDates } from './zip-dates.js'

// Participant text only ever enters the document as the `text` of a TextRun,
// which docx XML-escapes: it is literal by construction (and tested).

/**
 * The summary as a Word report: a first page "Synthèse : priorités" (the
 * top recommendations of each dimension), a title page (title, territory, date,
 * facilitator, participant count, key figures, contents), one section per
 * dimension starting on a new page with its votes table and its
 * recommendations in rank order, supporting notes as quoted bullets, and an
 * annex of unclustered notes. Same summary, same bytes.
 *
 * @example
 * ```ts
 * const bytes = await renderDocx(summary)
 * return new Response(bytes, { headers: { 'content-type': DOCX_MIME } })
 * ```
 */
export async function renderDocx(summary: SessionSummary): Promise<Uint8Array> {
  const l = labelsFor(summary.workshop.language)
  const body = summary.dimensions.flatMap((dimension, i) =>
    dimensionSection(dimension, i + 1, summary, l),
  )
  if (hasUnclustered(summary)) body.push(...annex(summary, l))

  const document = new Document({
    creator: 'Atelier',
    styles: STYLES,
    numbering: NUMBERING,
    sections: [
      { properties: { page: PAGE }, children: prioritiesPage(summary, l) },
      { properties: { page: PAGE }, children: cover(summary, l) },
      {
        properties: { page: { ...PAGE, pageNumbers: { start: 3 } } },
        footers: { default: footer(summary) },
        children: body,
      },
    ],
  })
  const bytes = await Packer.toBuffer(document, false, [
    { path: 'docProps/core.xml', data: coreProperties(summary) },
  ])
  return fixZipDates(bytes)
}

/** The MIME type to serve a DOCX with. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

function footer(summary: SessionSummary): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: 'Muted',
        alignment: AlignmentType.RIGHT,
        children: [
          ...textRuns(`${summary.workshop.title}  ·  `),
          new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  })
}

function dimensionSection(
  dimension: SummaryDimension,
  n: number,
  summary: SessionSummary,
  l: Labels,
) {
  const out: (Paragraph | ReturnType<typeof votesTable>)[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      children: textRuns(`${n}. ${dimension.title}`),
    }),
  ]
  if (dimension.prompt.trim() !== '') {
    out.push(
      new Paragraph({
        style: 'Muted',
        spacing: { after: 240 },
        children: textRuns(dimension.prompt, { italics: true }),
      }),
    )
  }
  if (dimension.recommendations.length === 0) {
    return [
      ...out,
      new Paragraph({
        children: [new TextRun({ text: l.noRecommendation, italics: true, color: MUTED })],
      }),
    ]
  }
  out.push(votesTable(dimension, summary, l))
  for (const rec of dimension.recommendations) out.push(...recommendation(rec, n, l))
  return out
}

function recommendation(rec: Recommendation, n: number, l: Labels): Paragraph[] {
  const out = [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      children: textRuns(`${n}.${rec.rank}  ${recommendationTitle(rec, l)}`),
    }),
    rec.text === ''
      ? new Paragraph({
          keepNext: true,
          children: [new TextRun({ text: l.noText, italics: true, color: MUTED })],
        })
      : new Paragraph({ style: 'Recommendation', children: lines(rec.text) }),
    new Paragraph({
      style: 'Muted',
      keepNext: rec.notes.length > 0,
      children: [
        new TextRun(`${l.dots}${l.colon} ${rec.dots}  ·  ${l.voters}${l.colon} ${rec.voters}`),
      ],
    }),
  ]
  if (rec.notes.length > 0) {
    out.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_3,
        children: [new TextRun(l.supportingNotes)],
      }),
    )
    for (const note of rec.notes) out.push(quotedNote(note.text, note.author, null, l))
  }
  return out
}

function annex(summary: SessionSummary, l: Labels): Paragraph[] {
  const out = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      children: [new TextRun(`${l.annex} — ${l.unclustered}`)],
    }),
    new Paragraph({
      style: 'Muted',
      spacing: { after: 240 },
      children: [new TextRun({ text: l.annexIntro, italics: true })],
    }),
  ]
  for (const dimension of summary.dimensions) {
    if (dimension.unclustered.length === 0) continue
    out.push(
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: textRuns(dimension.title) }),
    )
    for (const note of dimension.unclustered) {
      const filed = note.cluster
        ? `(${l.filedUnder} ${l.openQuote}${note.cluster.title}${l.closeQuote})`
        : null
      out.push(quotedNote(note.text, note.author, filed, l))
    }
  }
  return out
}

function quotedNote(text: string, author: string, filed: string | null, l: Labels): Paragraph {
  return new Paragraph({
    style: 'Quote note',
    numbering: { reference: 'notes', level: 0 },
    children: [
      ...lines(`${l.openQuote}${text.trim()}${l.closeQuote}`),
      new TextRun({ text: `  — ${author}`, color: MUTED, size: 18 }),
      ...(filed ? textRuns(`  ${filed}`, { color: MUTED, size: 18, italics: true }) : []),
    ],
  })
}
