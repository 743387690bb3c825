import { escapeMarkdown, escapeMarkdownCell, escapeMarkdownLine } from '../escape/markdown.js'
import { formatShare, type Labels, labelsFor } from '../labels.js'
import type {
  Recommendation,
  SessionSummary,
  SummaryDimension,
  UnclusteredNote,
} from '../schema.js'
import {
  generatedLine,
  hasUnclustered,
  keyFigures,
  recommendationTitle,
  workshopFacts,
} from './facts.js'
import { topPriorities } from './priorities.js'

// Every piece of participant or facilitator text goes through escapeMarkdown*;
// only labels and numbers are written raw.

/**
 * The summary as Markdown that reads well as plain text and renders as a
 * report: title and facts, the priorities summary, key figures, then per dimension a votes table and
 * each recommendation with its quoted supporting notes, and an annex of the
 * unclustered notes.
 *
 * @example
 * ```ts
 * writeFileSync('summary.md', renderMarkdown(buildSummary(snapshot)))
 * ```
 */
export function renderMarkdown(summary: SessionSummary): string {
  const l = labelsFor(summary.workshop.language)
  const out: string[] = [
    `# ${escapeMarkdownCell(summary.workshop.title)}`,
    '',
    `*${l.reportTitle}*`,
    '',
  ]
  for (const [label, value] of workshopFacts(summary)) {
    out.push(`- **${label}${l.colon}** ${escapeMarkdownCell(value)}`)
  }
  const generated = generatedLine(summary)
  if (generated) out.push('', `*${generated}*`)

  out.push('', ...priorities(summary, l))

  out.push('', `## ${l.keyFigures}`, '')
  for (const [label, value] of keyFigures(summary)) out.push(`- ${label}${l.colon} **${value}**`)
  out.push('', `*${l.anonymity}*`)

  summary.dimensions.forEach((dimension, i) => {
    out.push('', ...dimensionSection(dimension, i + 1, summary, l))
  })
  if (hasUnclustered(summary)) out.push('', ...annex(summary, l))
  return `${out.join('\n')}\n`
}

/** The same "Synthèse : priorités" that opens the HTML and DOCX reports. */
function priorities(summary: SessionSummary, l: Labels): string[] {
  const out = [`## ${l.priorities}`, '', `*${l.prioritiesIntro}*`]
  for (const dimension of topPriorities(summary, l)) {
    out.push('', `**${dimension.n}. ${escapeMarkdownCell(dimension.title)}**`, '')
    if (dimension.items.length === 0) out.push(`*${l.noVotes}*`)
    for (const item of dimension.items) {
      const figures = `${item.dots} ${l.dots.toLowerCase()} · ${item.notes} ${l.notes.toLowerCase()}`
      const head = `- **${dimension.n}.${item.rank} ${escapeMarkdownCell(item.title)}** — ${figures}`
      // A hard break (backslash) keeps the text on its own line inside the item.
      out.push(item.text === '' ? head : `${head}\\`)
      if (item.text !== '') out.push(`  ${escapeMarkdownLine(item.text, false)}`)
    }
  }
  return out
}

function dimensionSection(
  dimension: SummaryDimension,
  n: number,
  summary: SessionSummary,
  l: Labels,
): string[] {
  const lang = summary.workshop.language
  const out = [`## ${n}. ${escapeMarkdownCell(dimension.title)}`]
  if (dimension.prompt.trim() !== '') out.push('', `*${escapeMarkdownCell(dimension.prompt)}*`)
  if (dimension.recommendations.length === 0) return [...out, '', l.noRecommendation]

  out.push(
    '',
    `| ${l.rank} | ${l.recommendation} | ${l.dots} | ${l.shareOfDimension} | ${l.shareOfSession} | ${l.voters} | ${l.notes} |`,
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: |',
  )
  for (const rec of dimension.recommendations) {
    const title = escapeMarkdownCell(recommendationTitle(rec, l))
    out.push(
      `| ${rec.rank} | ${title} | ${rec.dots} | ${formatShare(rec.shareOfDimension, lang)} | ${formatShare(rec.shareOfSession, lang)} | ${rec.voters} | ${rec.notes.length} |`,
    )
  }
  for (const rec of dimension.recommendations) out.push('', ...recommendationBlock(rec, n, l))
  return out
}

function recommendationBlock(rec: Recommendation, n: number, l: Labels): string[] {
  const out = [`### ${n}.${rec.rank} ${escapeMarkdownCell(recommendationTitle(rec, l))}`, '']
  out.push(rec.text === '' ? `*${l.noText}*` : `> ${escapeMarkdown(rec.text, '> ')}`)
  out.push('', `**${l.dots}${l.colon}** ${rec.dots} · **${l.voters}${l.colon}** ${rec.voters}`)
  if (rec.notes.length === 0) return out
  out.push('', `**${l.supportingNotes}${l.colon}**`, '')
  for (const note of rec.notes) out.push(quotedNote(note.text, note.author, l))
  return out
}

function annex(summary: SessionSummary, l: Labels): string[] {
  const out = [`## ${l.annex} — ${l.unclustered}`, '', `*${l.annexIntro}*`]
  for (const dimension of summary.dimensions) {
    if (dimension.unclustered.length === 0) continue
    out.push('', `### ${escapeMarkdownCell(dimension.title)}`, '')
    for (const note of dimension.unclustered) out.push(unclusteredNote(note, l))
  }
  return out
}

function quotedNote(text: string, author: string, l: Labels): string {
  return `- ${l.openQuote}${escapeMarkdown(text, '  ', false)}${l.closeQuote} — ${author}`
}

function unclusteredNote(note: UnclusteredNote, l: Labels): string {
  const where = note.cluster
    ? ` *(${l.filedUnder} ${l.openQuote}${escapeMarkdownCell(note.cluster.title)}${l.closeQuote})*`
    : ''
  return `${quotedNote(note.text, note.author, l)}${where}`
}
