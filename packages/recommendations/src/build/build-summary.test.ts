import { describe, expect, test } from 'vitest'
import { SessionSummarySchema } from '../schema.js'
import { lyonDataset, lyonSnapshot } from '../test-support/lyon.js'
import { buildSummary } from './build-summary.js'

// Expectations are computed from the raw dataset, not from the code under test.

function allNoteIds(summary: ReturnType<typeof buildSummary>): string[] {
  return summary.dimensions.flatMap((d) => [
    ...d.recommendations.flatMap((r) => r.notes.map((n) => n.id)),
    ...d.unclustered.map((n) => n.id),
  ])
}

describe('buildSummary on the Lyon workshop', () => {
  const hidden = ['n010', 'n064']
  const summary = buildSummary(lyonSnapshot({ hidden }))
  const data = lyonDataset()

  test('is a valid summary', () => {
    expect(SessionSummarySchema.safeParse(summary).success).toBe(true)
  })

  test('every visible note appears exactly once, hidden notes nowhere', () => {
    const ids = allNoteIds(summary)
    const visible = data.notes.map((n) => n.id).filter((id) => !hidden.includes(id))
    expect([...ids].sort()).toEqual([...visible].sort())
    expect(new Set(ids).size).toBe(ids.length)
    expect(summary.totals.notes).toBe(visible.length)
    expect(summary.totals.hiddenNotes).toBe(2)
    expect(JSON.stringify(summary)).not.toContain('"n010"')
  })

  test('each note supports the recommendation of the cluster the facilitator put it in', () => {
    const clusterOf = new Map(data.notes.map((n) => [n.id, n.cluster]))
    for (const dimension of summary.dimensions) {
      for (const rec of dimension.recommendations) {
        for (const note of rec.notes) expect(clusterOf.get(note.id)).toBe(rec.clusterId)
      }
    }
  })

  test('dots, voters and ranks follow the raw votes', () => {
    const dots = new Map<string, number>()
    const voters = new Map<string, Set<string>>()
    for (const vote of data.votes) {
      dots.set(vote.cluster, (dots.get(vote.cluster) ?? 0) + vote.count)
      voters.set(vote.cluster, (voters.get(vote.cluster) ?? new Set()).add(vote.participant))
    }
    const visibleNotes = (id: string) =>
      data.notes.filter((n) => n.cluster === id && !hidden.includes(n.id)).length
    for (const dimension of summary.dimensions) {
      const expected = data.clusters
        .filter((c) => c.dimension === dimension.id && c.recommendation)
        .map((c) => ({
          id: c.id,
          title: c.title,
          dots: dots.get(c.id) ?? 0,
          voters: voters.get(c.id)?.size ?? 0,
        }))
        .sort(
          (a, b) =>
            b.dots - a.dots ||
            b.voters - a.voters ||
            visibleNotes(b.id) - visibleNotes(a.id) ||
            a.title.localeCompare(b.title, 'fr'),
        )
      expect(dimension.recommendations.map((r) => r.clusterId)).toEqual(expected.map((c) => c.id))
      expect(dimension.recommendations.map((r) => r.dots)).toEqual(expected.map((c) => c.dots))
      expect(dimension.recommendations.map((r) => r.voters)).toEqual(expected.map((c) => c.voters))
      expect(dimension.recommendations.map((r) => r.rank)).toEqual(expected.map((_, i) => i + 1))
    }
    const total = data.votes.reduce((sum, v) => sum + v.count, 0)
    expect(summary.totals.dotsCast).toBe(total)
    expect(summary.totals.voters).toBe(new Set(data.votes.map((v) => v.participant)).size)
  })

  test('the Lyon data has a real tie, broken by title', () => {
    // c12 and c13 both have 4 dots from 4 voters and 5 notes.
    const efficacite = summary.dimensions.find((d) => d.id === 'efficacite')
    const titles = efficacite?.recommendations.map((r) => r.title) ?? []
    expect(titles.indexOf('Mutualiser les moyens')).toBe(
      titles.indexOf('Représentation et plaidoyer') - 1,
    )
  })

  test('shares: of the dimension sum to 1, of the session divide by all dots on recommendations', () => {
    for (const dimension of summary.dimensions) {
      const sum = dimension.recommendations.reduce((s, r) => s + r.shareOfDimension, 0)
      expect(sum).toBeCloseTo(1, 3)
      for (const rec of dimension.recommendations) {
        expect(rec.shareOfSession).toBeCloseTo(rec.dots / summary.totals.dotsOnRecommendations, 4)
      }
    }
  })

  test('"Divers / hors sujet" clusters are not recommendations; their notes are kept apart', () => {
    const miscIds = data.clusters.filter((c) => c.title.startsWith('Divers')).map((c) => c.id)
    const recIds = summary.dimensions.flatMap((d) => d.recommendations.map((r) => r.clusterId))
    for (const id of miscIds) expect(recIds).not.toContain(id)
    const unclustered = summary.dimensions.flatMap((d) => d.unclustered)
    const fromMisc = data.notes.filter(
      (n) => n.cluster && miscIds.includes(n.cluster) && !hidden.includes(n.id),
    )
    expect(
      unclustered
        .filter((n) => n.cluster !== null)
        .map((n) => n.id)
        .sort(),
    ).toEqual(fromMisc.map((n) => n.id).sort())
    expect(unclustered.find((n) => n.id === 'n050')?.cluster).toBeNull()
  })

  test('authors are anonymous ids, never participant ids', () => {
    const authors = summary.dimensions.flatMap((d) => [
      ...d.recommendations.flatMap((r) => r.notes),
      ...d.unclustered,
    ])
    for (const note of authors) expect(note.author).toMatch(/^P\d{2}$/)
    expect(JSON.stringify(summary)).not.toMatch(/"p\d\d"/)
  })
})
