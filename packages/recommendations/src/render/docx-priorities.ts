import { HeadingLevel, Paragraph, Tab, TabStopType, TextRun } from 'docx'
import type { Labels } from '../labels.js'
import type { SessionSummary } from '../schema.js'
import { textRuns } from './docx-runs.js'
import { ACCENT, MUTED, TEXT_WIDTH } from './docx-styles.js'
import { workshopFacts } from './facts.js'
import { summaryWorkshopTitle, topPriorities } from './priorities.js'

// The DOCX report's first page, the same "Synthèse : priorités" as the HTML
// one: a section of its own (the next section starts a new page), with the
// same item cap and clipped texts so it stays on one A4 page.

const INDENT = 620

/** Workshop in two lines, then per dimension its top recommendations. */
export function prioritiesPage(summary: SessionSummary, l: Labels): Paragraph[] {
  const facts = workshopFacts(summary)
    .map(([label, value]) => `${label}${l.colon} ${value}`)
    .join('  ·  ')
  const out = [
    new Paragraph({ style: 'Kicker', children: [new TextRun(l.reportTitle)] }),
    new Paragraph({
      keepLines: true,
      spacing: { after: 60, line: 240, lineRule: 'auto' },
      children: textRuns(summaryWorkshopTitle(summary), { bold: true, size: 34 }),
    }),
    new Paragraph({ style: 'Muted', spacing: { after: 240 }, children: textRuns(facts) }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(l.priorities)] }),
    new Paragraph({
      style: 'Muted',
      spacing: { after: 120 },
      children: [new TextRun({ text: l.prioritiesIntro, italics: true })],
    }),
  ]
  for (const dimension of topPriorities(summary, l)) {
    out.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_3,
        spacing: { before: 200, after: 80 },
        border: { bottom: { style: 'single', size: 4, color: 'D1D5DB', space: 2 } },
        children: textRuns(`${dimension.n}. ${dimension.title}`),
      }),
    )
    if (dimension.items.length === 0) {
      out.push(
        new Paragraph({
          children: [new TextRun({ text: l.noVotes, italics: true, color: MUTED })],
        }),
      )
    }
    for (const item of dimension.items) {
      out.push(
        new Paragraph({
          keepNext: item.text !== '',
          keepLines: true,
          spacing: { before: 60, after: 20 },
          indent: { left: INDENT, hanging: INDENT },
          tabStops: [
            { type: TabStopType.LEFT, position: INDENT },
            { type: TabStopType.RIGHT, position: TEXT_WIDTH },
          ],
          children: [
            new TextRun({ text: `${dimension.n}.${item.rank}`, bold: true, color: ACCENT }),
            new TextRun({ children: [new Tab()] }),
            ...textRuns(item.title, { bold: true }),
            new TextRun({ children: [new Tab()] }),
            new TextRun({ text: String(item.dots), bold: true, color: ACCENT, size: 18 }),
            new TextRun({ text: ` ${l.dots.toLowerCase()}  ·  `, color: MUTED, size: 18 }),
            new TextRun({ text: String(item.notes), bold: true, color: ACCENT, size: 18 }),
            new TextRun({ text: ` ${l.notes.toLowerCase()}`, color: MUTED, size: 18 }),
          ],
        }),
      )
      if (item.text !== '') {
        out.push(
          new Paragraph({
            keepLines: true,
            spacing: { after: 80 },
            indent: { left: INDENT },
            children: textRuns(item.text, { size: 19 }),
          }),
        )
      }
    }
  }
  return out
}
