import {
  DOCX_MUTED,
  DOCX_NUMBERING,
  DOCX_PAGE,
  DOCX_STYLES,
  DOCX_TEXT_WIDTH,
  docxLines,
  docxTextRuns,
  fixZipDates,
} from '@atelier/recommendations'
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import type { Synthesis, SynthesisGroup } from '../schema.js'
import {
  campaignFacts,
  groupFigures,
  itemFigures,
  itemOrigin,
  keyFigures,
  titleOf,
  workshopHeader,
  workshopRow,
  workshopsById,
} from './facts.js'
import { type SynthesisLabels, synthesisLabels } from './labels.js'

// The same look as the session summary's Word report (its styles, page and
// bullets). Text only ever enters the document as the text of a run, which
// docx XML-escapes. Same synthesis, same bytes: zip dates and the core
// properties are fixed.

/**
 * The synthesis as a Word report: a title page (facts, key figures, missing
 * territories, how the rankings read), one section per dimension with its
 * groups (campaign recommendation, rankings, territories, each workshop's
 * item and quoted notes), and the annex table of contributing workshops.
 */
export async function renderSynthesisDocx(s: Synthesis): Promise<Uint8Array> {
  const l = synthesisLabels(s.campaign.language)
  const body: (Paragraph | Table)[] = []
  s.dimensions.forEach((d, i) => {
    body.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: true,
        children: docxTextRuns(`${i + 1}. ${d.title}`),
      }),
    )
    if (d.groups.length === 0) {
      body.push(
        new Paragraph({
          children: [new TextRun({ text: l.noGroup, italics: true, color: DOCX_MUTED })],
        }),
      )
    }
    d.groups.forEach((g, j) => {
      body.push(...group(g, `${i + 1}.${j + 1}`, s, l))
    })
  })
  body.push(
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      children: docxTextRuns(`${l.annex} — ${l.workshops}`),
    }),
    new Paragraph({
      style: 'Muted',
      children: [new TextRun({ text: l.annexIntro, italics: true })],
    }),
    workshopsTable(s, l),
  )
  const document = new Document({
    creator: 'Atelier',
    styles: DOCX_STYLES,
    numbering: DOCX_NUMBERING,
    sections: [
      { properties: { page: DOCX_PAGE }, children: cover(s, l) },
      {
        properties: { page: { ...DOCX_PAGE, pageNumbers: { start: 2 } } },
        footers: { default: footer(s) },
        children: body,
      },
    ],
  })
  const bytes = await Packer.toBuffer(document, false, [
    { path: 'docProps/core.xml', data: coreProperties(s, l) },
  ])
  return fixZipDates(bytes)
}

function cover(s: Synthesis, l: SynthesisLabels): Paragraph[] {
  const out = [
    new Paragraph({ style: 'Kicker', children: docxTextRuns(l.reportTitle[s.campaign.level]) }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: docxTextRuns(s.campaign.title) }),
  ]
  for (const [label, value] of campaignFacts(s)) {
    out.push(
      new Paragraph({
        children: [
          new TextRun({ text: `${label}${l.colon} `, color: DOCX_MUTED }),
          ...docxTextRuns(value, { bold: true }),
        ],
      }),
    )
  }
  if (!s.publication) {
    out.push(
      new Paragraph({ style: 'Muted', children: [new TextRun({ text: l.draft, italics: true })] }),
    )
  }
  out.push(
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(l.keyFigures)] }),
  )
  for (const [label, value] of keyFigures(s)) {
    out.push(
      new Paragraph({
        children: [new TextRun(`${label}${l.colon} `), new TextRun({ text: value, bold: true })],
      }),
    )
  }
  const missing = s.missingTerritories.length === 0 ? l.noMissing : s.missingTerritories.join(', ')
  out.push(
    new Paragraph({
      spacing: { before: 240 },
      children: [
        new TextRun({ text: `${l.missingTerritories}${l.colon} `, bold: true }),
        ...docxTextRuns(missing),
      ],
    }),
    new Paragraph({
      style: 'Muted',
      spacing: { before: 240 },
      children: [new TextRun({ text: l.rankingIntro, italics: true })],
    }),
    new Paragraph({
      style: 'Muted',
      children: [new TextRun({ text: l.anonymity, italics: true })],
    }),
  )
  return out
}

function group(g: SynthesisGroup, n: string, s: Synthesis, l: SynthesisLabels): Paragraph[] {
  const workshops = workshopsById(s)
  const out = [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      children: [
        ...docxTextRuns(`${n}  ${titleOf(g, l)}`),
        ...(g.minority
          ? [new TextRun({ text: `  — ${l.minority}`, italics: true, color: 'B45309' })]
          : []),
      ],
    }),
    g.recommendation.trim() === ''
      ? new Paragraph({
          keepNext: true,
          children: [new TextRun({ text: l.noRecommendation, italics: true, color: DOCX_MUTED })],
        })
      : new Paragraph({ style: 'Recommendation', children: docxLines(g.recommendation) }),
    new Paragraph({
      keepNext: true,
      children: [new TextRun({ text: groupFigures(g, s), bold: true, size: 19 })],
    }),
  ]
  if (g.territories.length > 0) {
    out.push(
      new Paragraph({
        style: 'Muted',
        keepNext: true,
        children: docxTextRuns(`${l.territories}${l.colon} ${g.territories.join(', ')}`),
      }),
    )
  }
  if (g.minority) {
    out.push(
      new Paragraph({
        style: 'Muted',
        keepNext: true,
        children: [new TextRun({ text: l.minorityExplained, italics: true })],
      }),
    )
  }
  out.push(
    new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(l.contributions)] }),
  )
  for (const item of g.items) {
    out.push(
      new Paragraph({
        keepNext: true,
        spacing: { before: 120 },
        children: [
          ...docxTextRuns(itemOrigin(item, s, workshops.get(item.workshopId)), { bold: true }),
          new TextRun(' — '),
          ...docxTextRuns(titleOf(item, l)),
          new TextRun({ text: `  ${itemFigures(item, s)}`, color: DOCX_MUTED, size: 18 }),
        ],
      }),
    )
    if (item.recommendation.trim() !== '') {
      out.push(
        new Paragraph({
          indent: { left: 240 },
          children: [
            new TextRun({ text: `${l.workshopRecommendation}${l.colon} `, color: DOCX_MUTED }),
            ...docxLines(item.recommendation, { italics: true }),
          ],
        }),
      )
    }
    for (const note of item.notes) {
      out.push(
        new Paragraph({
          style: 'Quote note',
          numbering: { reference: 'notes', level: 0 },
          children: [
            ...docxLines(`${l.openQuote}${note.text.trim()}${l.closeQuote}`),
            new TextRun({ text: `  — ${note.author}`, color: DOCX_MUTED, size: 18 }),
          ],
        }),
      )
    }
  }
  return out
}

function workshopsTable(s: Synthesis, l: SynthesisLabels): Table {
  const header = workshopHeader(l)
  const width = Math.floor(DOCX_TEXT_WIDTH / header.length)
  const cell = (text: string, head: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      children: [
        new Paragraph({
          spacing: { after: 0 },
          children: docxTextRuns(text, { bold: head, size: head ? 17 : 18 }),
        }),
      ],
    })
  return new Table({
    width: { size: DOCX_TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: header.map(() => width),
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map((h) => cell(h, true)),
      }),
      ...s.workshops.map(
        (w) =>
          new TableRow({ cantSplit: true, children: workshopRow(w, s).map((v) => cell(v, false)) }),
      ),
    ],
  })
}

function footer(s: Synthesis): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: 'Muted',
        alignment: AlignmentType.RIGHT,
        children: [
          ...docxTextRuns(`${s.campaign.title}  ·  `),
          new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  })
}

/** docProps/core.xml by hand: docx would stamp the current time into every export. */
function coreProperties(s: Synthesis, l: SynthesisLabels): string {
  const when = s.publication?.publishedAt ?? s.generatedAt ?? '2000-01-01T00:00:00Z'
  const stamp = `xsi:type="dcterms:W3CDTF">${escapeXml(when)}`
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"',
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${escapeXml(`${l.reportTitle[s.campaign.level]} — ${s.campaign.title}`)}</dc:title>`,
    '<dc:creator>Atelier</dc:creator>',
    `<dc:language>${l.locale}</dc:language>`,
    `<dcterms:created ${stamp}</dcterms:created>`,
    `<dcterms:modified ${stamp}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('')
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`)
}
