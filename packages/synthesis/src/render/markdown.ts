import { escapeMarkdown, escapeMarkdownCell } from '@atelier/recommendations'
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

// Every piece of participant, facilitator or organiser text goes through
// escapeMarkdown*; only labels and numbers are written raw.

/**
 * The synthesis as Markdown: title and facts, key figures, missing
 * territories, then per dimension (`##`) each group (`###`) with the
 * campaign's recommendation, its three rankings, its territories, and every
 * contributing workshop item with its own recommendation and quoted notes;
 * an annex table of the contributing workshops.
 *
 * @example
 * ```ts
 * writeFileSync('synthesis.md', renderSynthesisMarkdown(synthesis))
 * ```
 */
export function renderSynthesisMarkdown(s: Synthesis): string {
  const l = synthesisLabels(s.campaign.language)
  const out: string[] = [
    `# ${escapeMarkdownCell(s.campaign.title)}`,
    '',
    `*${l.reportTitle[s.campaign.level]}*`,
    '',
  ]
  for (const [label, value] of campaignFacts(s)) {
    out.push(`- **${label}${l.colon}** ${escapeMarkdownCell(value)}`)
  }
  if (!s.publication) out.push('', `*${l.draft}*`)
  out.push('', `## ${l.keyFigures}`, '')
  for (const [label, value] of keyFigures(s)) out.push(`- ${label}${l.colon} **${value}**`)
  out.push('', `**${l.missingTerritories}${l.colon}** `)
  out[out.length - 1] +=
    s.missingTerritories.length === 0
      ? l.noMissing
      : s.missingTerritories.map(escapeMarkdownCell).join(', ')
  out.push('', `*${l.rankingIntro}*`, '', `*${l.anonymity}*`)
  s.dimensions.forEach((dimension, i) => {
    out.push('', `## ${i + 1}. ${escapeMarkdownCell(dimension.title)}`)
    if (dimension.groups.length === 0) out.push('', `*${l.noGroup}*`)
    dimension.groups.forEach((group, j) => {
      out.push('', ...groupSection(group, `${i + 1}.${j + 1}`, s, l))
    })
  })
  out.push('', `## ${l.annex} — ${l.workshops}`, '', `*${l.annexIntro}*`, '')
  const header = workshopHeader(l)
  out.push(`| ${header.join(' | ')} |`, `|${header.map(() => ' --- |').join('')}`)
  for (const w of s.workshops) {
    out.push(`| ${workshopRow(w, s).map(escapeMarkdownCell).join(' | ')} |`)
  }
  return `${out.join('\n')}\n`
}

function groupSection(g: SynthesisGroup, n: string, s: Synthesis, l: SynthesisLabels): string[] {
  const workshops = workshopsById(s)
  const tag = g.minority ? ` — *${l.minority}*` : ''
  const out = [`### ${n} ${escapeMarkdownCell(titleOf(g, l))}${tag}`, '']
  out.push(
    g.recommendation.trim() === ''
      ? `*${l.noRecommendation}*`
      : `> ${escapeMarkdown(g.recommendation, '> ')}`,
  )
  out.push('', groupFigures(g, s))
  if (g.territories.length > 0) {
    out.push('', `${l.territories}${l.colon} ${g.territories.map(escapeMarkdownCell).join(', ')}`)
  }
  if (g.minority) out.push('', `*${l.minorityExplained}*`)
  out.push('', `#### ${l.contributions}`, '')
  for (const item of g.items) {
    const origin = escapeMarkdownCell(itemOrigin(item, s, workshops.get(item.workshopId)))
    out.push(`- **${origin}** — ${escapeMarkdownCell(titleOf(item, l))} — ${itemFigures(item, s)}`)
    if (item.recommendation.trim() !== '') {
      const text = escapeMarkdown(item.recommendation, '    ', false)
      out.push(`  - *${l.workshopRecommendation}${l.colon}* ${text}`)
    }
    for (const note of item.notes) {
      const text = escapeMarkdown(`${l.openQuote}${note.text.trim()}${l.closeQuote}`, '    ')
      out.push(`  - ${text} — ${escapeMarkdownCell(note.author)}`)
    }
  }
  return out
}
