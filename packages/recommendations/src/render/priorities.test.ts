import { describe, expect, test } from 'vitest'
import { buildSummary } from '../build/build-summary.js'
import { labelsFor } from '../labels.js'
import { lyonSnapshot } from '../test-support/lyon.js'
import { clip, topPriorities } from './priorities.js'

const fr = labelsFor('fr')

describe('topPriorities', () => {
  test('the three most-voted recommendations of each dimension, in rank order', () => {
    const summary = buildSummary(lyonSnapshot())
    const top = topPriorities(summary, fr)
    expect(top.map((d) => d.title)).toEqual(summary.dimensions.map((d) => d.title))
    for (const [i, dimension] of top.entries()) {
      const expected = summary.dimensions[i]?.recommendations.slice(0, 3) ?? []
      expect(dimension.items.map((p) => [p.rank, p.title, p.dots, p.notes])).toEqual(
        expected.map((r) => [r.rank, r.title, r.dots, r.notes.length]),
      )
    }
    expect(top[0]?.items[0]).toMatchObject({ title: 'Rendre le modèle visible', dots: 24 })
  })

  test('a recommendation nobody voted for is no priority', () => {
    const snapshot = { ...lyonSnapshot(), votes: [] }
    expect(topPriorities(buildSummary(snapshot), fr).every((d) => d.items.length === 0)).toBe(true)
  })

  test('more dimensions, fewer items each: the page holds nine at most', () => {
    const base = lyonSnapshot()
    const extra = ['d4', 'd5'].map((id, i) => ({ id, title: id, prompt: '', order: 3 + i }))
    const summary = buildSummary({ ...base, dimensions: [...base.dimensions, ...extra] })
    const top = topPriorities(summary, fr)
    expect(top).toHaveLength(5)
    expect(top.reduce((n, d) => n + d.items.length, 0)).toBeLessThanOrEqual(9)
    expect(top[0]?.items).toHaveLength(1)
  })
})

test('clip cuts long text at a word, with an ellipsis, and leaves short text alone', () => {
  expect(clip('court', 10)).toBe('court')
  expect(clip('deux\nlignes', 20)).toBe('deux lignes')
  const cut = clip('Faire de la citoyenneté économique le fil rouge du discours', 30)
  expect(cut).toBe('Faire de la citoyenneté…')
  expect(Array.from(cut).length).toBeLessThanOrEqual(30)
  expect(Array.from(clip('🌱'.repeat(50), 10))).toHaveLength(10)
})
