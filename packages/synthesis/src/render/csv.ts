import { csvDialect, csvDocument, percent } from '@atelier/recommendations'
import type { Synthesis } from '../schema.js'
import { synthesisLabels } from './labels.js'

// Flat files for spreadsheets, in the dialect Excel expects in the
// campaign's language (French: `;`, decimal comma, BOM; formula-looking text
// quoted with a leading apostrophe by csvField). Ids keep rows joinable.

/**
 * One row per workshop item, in synthesis order (dimension, group rank,
 * item): the group's title, recommendation and three rankings, then the
 * item's territory, workshop, date, via, own title and recommendation, dots,
 * share of its workshop's dots, voters and number of notes, then ids.
 *
 * @example
 * ```ts
 * writeFileSync('synthesis.csv', renderSynthesisCsv(synthesis))
 * ```
 */
export function renderSynthesisCsv(s: Synthesis): string {
  const l = synthesisLabels(s.campaign.language)
  const h = l.csv
  const workshops = new Map(s.workshops.map((w) => [w.id, w]))
  const rows: (string | number)[][] = [
    [
      h.dimension,
      h.groupRank,
      h.groupTitle,
      h.groupRecommendation,
      h.groupDots,
      h.equalWorkshopScore,
      h.breadth,
      h.minority,
      h.territory,
      h.workshop,
      h.date,
      h.via,
      h.itemTitle,
      h.itemRecommendation,
      h.itemDots,
      h.dotShare,
      h.voters,
      h.notes,
      h.itemId,
      h.workshopId,
      h.groupId,
      h.dimensionId,
    ],
  ]
  for (const dimension of s.dimensions) {
    dimension.groups.forEach((group, rank) => {
      for (const item of group.items) {
        rows.push([
          dimension.title,
          rank + 1,
          group.title,
          group.recommendation,
          group.ranking.dots,
          percent(group.ranking.equalWorkshopScore),
          group.ranking.breadth,
          group.minority ? l.yes : l.no,
          item.territory ?? '',
          workshops.get(item.workshopId)?.title ?? '',
          item.date,
          item.via?.campaignTitle ?? '',
          item.title,
          item.recommendation,
          item.dots,
          percent(item.dotShare),
          item.voters,
          item.notes.length,
          item.id,
          item.workshopId,
          group.id,
          dimension.id,
        ])
      }
    })
  }
  return csvDocument(rows, csvDialect(s.campaign.language))
}

/** The annex as CSV: one row per contributing workshop. */
export function renderSynthesisWorkshopsCsv(s: Synthesis): string {
  const l = synthesisLabels(s.campaign.language)
  const h = l.csv
  const rows: (string | number)[][] = [
    [
      h.territory,
      h.workshop,
      h.date,
      h.participants,
      h.voters,
      h.workshopDots,
      h.source,
      h.via,
      h.workshopId,
    ],
  ]
  for (const w of s.workshops) {
    rows.push([
      w.territory ?? '',
      w.title,
      w.date,
      w.participants,
      w.voters,
      w.dots,
      `${l.sources[w.source]}, ${l.statuses[w.status]}`,
      w.via?.campaignTitle ?? '',
      w.id,
    ])
  }
  return csvDocument(rows, csvDialect(s.campaign.language))
}
