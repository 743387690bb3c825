import { formatDate, type Labels, labelsFor } from '../labels.js'
import type { Recommendation, SessionSummary } from '../schema.js'

// What every human-readable renderer says the same way, so Markdown, HTML and
// DOCX cannot drift apart: the workshop's facts, the key figures, and how a
// recommendation or a note is named. Values are raw text; each renderer
// escapes them for its own format.

export type Fact = readonly [label: string, value: string]

/** Territory, date, facilitator, participant count; absent facts are left out. */
export function workshopFacts(summary: SessionSummary): Fact[] {
  const l = labelsFor(summary.workshop.language)
  const { territory, date, facilitator, participantCount, language } = summary.workshop
  const facts: Fact[] = []
  if (territory) facts.push([l.territory, territory])
  facts.push([l.date, formatDate(date, language)])
  if (facilitator) facts.push([l.facilitator, facilitator])
  facts.push([l.participants, String(participantCount)])
  return facts
}

/**
 * The totals worth a reader's attention, in reading order. `short` picks
 * labels that fit a figure tile; the long ones explain themselves in a list.
 */
export function keyFigures(summary: SessionSummary, short = false): Fact[] {
  const l = labelsFor(summary.workshop.language)
  const t = summary.totals
  const figures: Fact[] = [
    [l.participants, String(t.participants)],
    [l.contributors, String(t.contributors)],
    [l.notes, String(t.notes)],
    [short ? l.hiddenNotesShort : l.hiddenNotes, String(t.hiddenNotes)],
    [l.recommendations, String(t.recommendations)],
    [short ? l.unclusteredShort : l.unclustered, String(t.unclusteredNotes)],
    [l.dots, String(t.dotsCast)],
    [l.voters, String(t.voters)],
  ]
  if (t.dotsUnassigned > 0) figures.push([l.dotsUnassigned, String(t.dotsUnassigned)])
  return figures
}

/** A recommendation's heading text; an untitled cluster still gets a name. */
export function recommendationTitle(rec: Recommendation, labels: Labels): string {
  return rec.title === '' ? labels.untitled : rec.title
}

/** The date line under a report's title, with the generation time when known. */
export function generatedLine(summary: SessionSummary): string | null {
  if (summary.generatedAt === null) return null
  const l = labelsFor(summary.workshop.language)
  return `${l.generatedAt} ${formatDate(summary.generatedAt.slice(0, 10), summary.workshop.language)}`
}

/** True when some dimension has notes that support no recommendation. */
export function hasUnclustered(summary: SessionSummary): boolean {
  return summary.dimensions.some((d) => d.unclustered.length > 0)
}
