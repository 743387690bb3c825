import { describe, expect, test } from 'vitest'
import { buildSummary } from './build/build-summary.js'
import { parseSummary, SummaryParseError } from './parse.js'
import { renderJson } from './render/json.js'
import type { SessionSummary } from './schema.js'
import { lyonSnapshot } from './test-support/lyon.js'

const summary = buildSummary(lyonSnapshot({ hidden: ['n001'] }), {
  generatedAt: '2021-06-10T18:00:00+02:00',
})
const copy = (): SessionSummary => structuredClone(summary)

function problemsOf(input: unknown): readonly string[] {
  try {
    parseSummary(input)
  } catch (error) {
    expect(error).toBeInstanceOf(SummaryParseError)
    return (error as SummaryParseError).problems
  }
  throw new Error('parseSummary accepted the input')
}

describe('parseSummary', () => {
  test('accepts an exported summary and returns it unchanged', () => {
    expect(parseSummary(JSON.parse(renderJson(summary)))).toEqual(summary)
  })

  test('rejects what is not an object', () => {
    expect(problemsOf(null)).toEqual(['(root): expected a JSON object'])
    expect(problemsOf([summary])).toEqual(['(root): expected a JSON object'])
  })

  test('refuses a newer version with one clear line', () => {
    const problems = problemsOf({ ...copy(), summaryVersion: 2 })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^summaryVersion: 2 is newer/)
  })

  test('lists every problem with its path', () => {
    const bad = copy()
    bad.workshop.date = '10/06/2021'
    Object.assign(bad.workshop, { language: 'de' })
    bad.dimensions[0]!.recommendations[1]!.dots = -1
    Reflect.deleteProperty(bad.totals, 'hiddenNotes')
    const problems = problemsOf(bad)
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^workshop\.date: /),
        expect.stringMatching(/^workshop\.language: /),
        expect.stringMatching(/^dimensions\[0\]\.recommendations\[1\]\.dots: /),
        expect.stringMatching(/^totals\.hiddenNotes: /),
      ]),
    )
    const error = (() => {
      try {
        parseSummary(bad)
      } catch (e) {
        return e as Error
      }
    })()
    expect(error?.message).toMatch(/^Invalid session summary:\n- /)
  })

  test('refuses totals that do not add up', () => {
    const bad = copy()
    bad.totals.notes += 1
    expect(problemsOf(bad)).toEqual([
      expect.stringMatching(/^totals\.notes: is \d+ but the summary holds \d+$/),
    ])
  })

  test('refuses a note that appears twice', () => {
    const bad = copy()
    const dimension = bad.dimensions[0]!
    const first = dimension.recommendations[0]!.notes[0]!
    dimension.unclustered.push({ ...first, cluster: null })
    bad.totals.unclusteredNotes += 1
    bad.totals.notes += 1
    expect(problemsOf(bad)).toEqual([
      `dimensions[0].unclustered[${dimension.unclustered.length - 1}].id: note "${first.id}" appears more than once`,
    ])
  })

  test('refuses ranks out of order and dimension dots that do not match', () => {
    const bad = copy()
    const recs = bad.dimensions[1]!.recommendations
    ;[recs[0], recs[1]] = [recs[1]!, recs[0]!]
    bad.dimensions[2]!.dots += 5
    const problems = problemsOf(bad)
    expect(problems).toContain('dimensions[1].recommendations[0].rank: rank is 2 but position is 1')
    expect(problems).toContain(
      `dimensions[2].dots: is ${bad.dimensions[2]!.dots} but its recommendations hold ${bad.dimensions[2]!.dots - 5}`,
    )
  })

  test('drops unknown keys rather than passing them through', () => {
    const withExtra = { ...copy(), secret: 'participant names' }
    expect(parseSummary(withExtra)).not.toHaveProperty('secret')
  })
})
