import { formatDate, formatShare } from '@atelier/recommendations'
import type { Synthesis, SynthesisGroup, SynthesisItem, SynthesisWorkshop } from '../schema.js'
import { type SynthesisLabels, synthesisLabels } from './labels.js'

// What every human-readable renderer says the same way (Markdown, HTML, DOCX
// cannot drift apart). Values are raw text; each renderer escapes them.

export type Fact = readonly [label: string, value: string]

/** Territory, level, version (date, by whom, content hash) or draft, generation date. */
export function campaignFacts(s: Synthesis): Fact[] {
  const l = synthesisLabels(s.campaign.language)
  const lang = s.campaign.language
  const facts: Fact[] = []
  if (s.campaign.territory) facts.push([l.territory, s.campaign.territory])
  facts.push([l.level, l.levels[s.campaign.level]])
  if (s.publication) {
    const p = s.publication
    const by = p.publishedBy === '' ? '' : ` ${l.publishedBy} ${p.publishedBy}`
    facts.push([l.version, `${p.version} (${formatDate(p.publishedAt.slice(0, 10), lang)}${by})`])
    // The whole hash: a reader can check a printed copy against the file.
    facts.push([l.contentHash, p.contentHash])
  }
  if (s.generatedAt) facts.push([l.generatedAt, formatDate(s.generatedAt.slice(0, 10), lang)])
  return facts
}

/** The totals worth a reader's attention. */
export function keyFigures(s: Synthesis): Fact[] {
  const l = synthesisLabels(s.campaign.language)
  return [
    [l.workshops, String(s.totals.workshops)],
    [l.participants, String(s.totals.participants)],
    [l.items, String(s.totals.items)],
    [l.groups, String(s.totals.groups)],
    [l.notes, String(s.totals.notes)],
    [l.dots, String(s.totals.dots)],
  ]
}

/** "Gommettes : 12 · Score à poids égal : 8,3 % · Ateliers : 3" */
export function groupFigures(g: SynthesisGroup, s: Synthesis): string {
  const l = synthesisLabels(s.campaign.language)
  return [
    `${l.dots}${l.colon} ${g.ranking.dots}`,
    `${l.equalWorkshopScore}${l.colon} ${formatShare(g.ranking.equalWorkshopScore, s.campaign.language)}`,
    `${l.breadth}${l.colon} ${g.ranking.breadth}`,
  ].join('  ·  ')
}

/** A group's or item's heading text; an untitled one still gets a name. */
export function titleOf(thing: { title: string }, l: SynthesisLabels): string {
  return thing.title.trim() === '' ? l.untitled : thing.title
}

/** "Lyon Nord — Atelier Lyon Nord, 10 juin 2021 (via Congrès AURA)" */
export function itemOrigin(
  item: SynthesisItem,
  s: Synthesis,
  w: SynthesisWorkshop | undefined,
): string {
  const l = synthesisLabels(s.campaign.language)
  const where = item.territory ?? w?.title ?? item.workshopId
  const what = w && w.title !== where ? ` — ${w.title}` : ''
  const via = item.via ? ` (${l.via.toLowerCase()} ${item.via.campaignTitle})` : ''
  return `${where}${what}, ${formatDate(item.date, s.campaign.language)}${via}`
}

/** "5 gommettes (12,5 % de l'atelier)" */
export function itemFigures(item: SynthesisItem, s: Synthesis): string {
  const l = synthesisLabels(s.campaign.language)
  const share = formatShare(item.dotShare, s.campaign.language)
  return `${item.dots} ${l.dots.toLowerCase()} (${share} ${l.shareOfWorkshop}) · ${l.voters}${l.colon} ${item.voters}`
}

/** One annex row per workshop: territory, title, date, participants, voters, dots, source, via. */
export function workshopRow(w: SynthesisWorkshop, s: Synthesis): string[] {
  const l = synthesisLabels(s.campaign.language)
  return [
    w.territory ?? '',
    w.title,
    formatDate(w.date, s.campaign.language),
    String(w.participants),
    String(w.voters),
    String(w.dots),
    `${l.sources[w.source]}, ${l.statuses[w.status]}`,
    w.via?.campaignTitle ?? '',
  ]
}

/** Headers of {@link workshopRow}. */
export function workshopHeader(l: SynthesisLabels): string[] {
  return [l.territory, l.workshop, l.date, l.participants, l.voters, l.dots, l.source, l.via]
}

/** Workshop lookup by id. */
export function workshopsById(s: Synthesis): Map<string, SynthesisWorkshop> {
  return new Map(s.workshops.map((w) => [w.id, w]))
}
