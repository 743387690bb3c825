import type { z } from 'zod'

// Cross-field rules of a summary that a per-field schema cannot say. They hold
// by construction for buildSummary's output; they exist to refuse imported
// files that were edited by hand or cut short. Typed structurally (not from
// the inferred summary type) because the schema itself uses this function.

interface CheckedSummary {
  totals: {
    notes: number
    supportingNotes: number
    unclusteredNotes: number
    dotsCast: number
    dotsOnRecommendations: number
    dotsUnassigned: number
    recommendations: number
  }
  dimensions: {
    id: string
    dots: number
    recommendations: {
      rank: number
      clusterId: string
      dots: number
      voters: number
      notes: { id: string }[]
    }[]
    unclustered: { id: string }[]
  }[]
}

/**
 * Adds an issue to `ctx` for each broken invariant: ranks 1..n in order,
 * unique ids, dimension dots and totals equal to what the lists hold.
 */
export function checkSummaryConsistency(summary: CheckedSummary, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message })

  const dimensionIds = new Set<string>()
  const clusterIds = new Set<string>()
  const noteIds = new Set<string>()
  const seeNote = (id: string, path: (string | number)[]) => {
    if (noteIds.has(id)) issue(path, `note "${id}" appears more than once`)
    noteIds.add(id)
  }
  let supporting = 0
  let unclustered = 0
  let recommendations = 0
  let dots = 0

  summary.dimensions.forEach((dimension, d) => {
    const at = ['dimensions', d]
    if (dimensionIds.has(dimension.id))
      issue([...at, 'id'], `dimension "${dimension.id}" appears more than once`)
    dimensionIds.add(dimension.id)
    let dimensionDots = 0
    dimension.recommendations.forEach((rec, r) => {
      const recAt = [...at, 'recommendations', r]
      if (rec.rank !== r + 1)
        issue([...recAt, 'rank'], `rank is ${rec.rank} but position is ${r + 1}`)
      if (clusterIds.has(rec.clusterId))
        issue([...recAt, 'clusterId'], `cluster "${rec.clusterId}" appears more than once`)
      clusterIds.add(rec.clusterId)
      if (rec.voters > rec.dots)
        issue([...recAt, 'voters'], `${rec.voters} voters cannot cast only ${rec.dots} dots`)
      rec.notes.forEach((note, n) => {
        seeNote(note.id, [...recAt, 'notes', n, 'id'])
      })
      supporting += rec.notes.length
      dimensionDots += rec.dots
    })
    dimension.unclustered.forEach((note, n) => {
      seeNote(note.id, [...at, 'unclustered', n, 'id'])
    })
    unclustered += dimension.unclustered.length
    recommendations += dimension.recommendations.length
    dots += dimensionDots
    if (dimension.dots !== dimensionDots)
      issue([...at, 'dots'], `is ${dimension.dots} but its recommendations hold ${dimensionDots}`)
  })

  const totals = summary.totals
  const expect = (field: keyof CheckedSummary['totals'], actual: number, what: string) => {
    if (totals[field] !== actual)
      issue(['totals', field], `is ${totals[field]} but ${what} ${actual}`)
  }
  expect('supportingNotes', supporting, 'the recommendations hold')
  expect('unclusteredNotes', unclustered, 'the dimensions list')
  expect('notes', supporting + unclustered, 'the summary holds')
  expect('recommendations', recommendations, 'the dimensions hold')
  expect('dotsOnRecommendations', dots, 'the recommendations hold')
  expect(
    'dotsCast',
    totals.dotsOnRecommendations + totals.dotsUnassigned,
    'dotsOnRecommendations + dotsUnassigned is',
  )
}
