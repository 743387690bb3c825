import type { IPropertiesOptions } from 'docx'
import { labelsFor } from '../labels.js'
import type { SessionSummary } from '../schema.js'

// Look of the DOCX report, kept apart from its content. Sizes: docx wants
// half-points for fonts and twentieths of a point (twips) for spacing.
// Headings keep with the next paragraph and their own lines together, so a
// title never ends a page nor splits across two.

export const ACCENT = '0F766E'
export const ACCENT_SOFT = 'E6F6F4'
export const MUTED = '6B7280'
export const RULE = 'D1D5DB'
export const FONT = 'Calibri'

/** A4 with 2 cm margins: 11906 - 2 * 1134 twips of text width. */
export const PAGE = {
  size: { width: 11906, height: 16838 },
  margin: { top: 1134, right: 1134, bottom: 1134, left: 1134, footer: 567 },
}
export const TEXT_WIDTH = 11906 - 2 * 1134

export const STYLES: IPropertiesOptions['styles'] = {
  default: {
    document: {
      run: { font: FONT, size: 21, color: '1F2937' },
      paragraph: { spacing: { after: 100, line: 264, lineRule: 'auto' } },
    },
    title: {
      run: { font: FONT, size: 52, bold: true, color: '111827' },
      paragraph: { spacing: { after: 480, line: 240, lineRule: 'auto' } },
    },
    heading1: {
      run: { font: FONT, size: 32, bold: true, color: ACCENT },
      paragraph: {
        spacing: { before: 0, after: 120, line: 240, lineRule: 'auto' },
        keepNext: true,
        keepLines: true,
      },
    },
    heading2: {
      run: { font: FONT, size: 25, bold: true, color: '111827' },
      paragraph: {
        spacing: { before: 360, after: 100, line: 240, lineRule: 'auto' },
        keepNext: true,
        keepLines: true,
      },
    },
    heading3: {
      run: { font: FONT, size: 22, bold: true, color: '374151' },
      paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, keepLines: true },
    },
  },
  paragraphStyles: [
    {
      id: 'Kicker',
      name: 'Kicker',
      basedOn: 'Normal',
      run: { size: 20, bold: true, color: ACCENT, allCaps: true, characterSpacing: 20 },
      paragraph: { spacing: { after: 120 } },
    },
    {
      id: 'Muted',
      name: 'Muted',
      basedOn: 'Normal',
      run: { size: 18, color: MUTED },
    },
    {
      id: 'Recommendation',
      name: 'Recommendation',
      basedOn: 'Normal',
      paragraph: {
        spacing: { before: 60, after: 120 },
        indent: { left: 170 },
        border: { left: { style: 'single', size: 24, color: ACCENT, space: 8 } },
        shading: { type: 'clear', fill: ACCENT_SOFT, color: 'auto' },
        keepNext: true,
      },
    },
    {
      id: 'Quote note',
      name: 'Quote note',
      basedOn: 'Normal',
      paragraph: { spacing: { after: 40 }, keepLines: true },
    },
  ],
}

/** Bullets for the quoted notes: a discreet en dash, not Word's heavy dot. */
export const NUMBERING: IPropertiesOptions['numbering'] = {
  config: [
    {
      reference: 'notes',
      levels: [
        {
          level: 0,
          format: 'bullet',
          text: '–',
          alignment: 'left',
          style: { paragraph: { indent: { left: 360, hanging: 240 } }, run: { color: MUTED } },
        },
      ],
    },
  ],
}

/**
 * docProps/core.xml written by hand: docx would stamp the current time,
 * which makes every export differ. Dated from generatedAt, else the session.
 */
export function coreProperties(summary: SessionSummary): string {
  const l = labelsFor(summary.workshop.language)
  const when = summary.generatedAt ?? `${summary.workshop.date}T00:00:00Z`
  const stamp = `xsi:type="dcterms:W3CDTF">${escapeXml(when)}`
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"',
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${escapeXml(`${l.reportTitle} — ${summary.workshop.title}`)}</dc:title>`,
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
