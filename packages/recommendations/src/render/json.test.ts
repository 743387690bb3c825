import { describe, expect, test } from 'vitest'
import { buildSummary } from '../build/build-summary.js'
import { SessionSummarySchema } from '../schema.js'
import { lyonSnapshot } from '../test-support/lyon.js'
import { renderJson } from './json.js'

const summary = buildSummary(lyonSnapshot({ hidden: ['n005'] }), {
  generatedAt: '2021-06-10T18:00:00Z',
})

/** The same data with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    )
  }
  return value
}

describe('renderJson', () => {
  test('pretty-prints with two spaces and ends with a newline', () => {
    const json = renderJson(summary)
    expect(
      json.startsWith(
        '{\n  "summaryVersion": 1,\n  "generatedAt": "2021-06-10T18:00:00Z",\n  "workshop": {',
      ),
    ).toBe(true)
    expect(json.endsWith('}\n')).toBe(true)
  })

  test('validates against the zod schema and round-trips', () => {
    const parsed = JSON.parse(renderJson(summary))
    expect(SessionSummarySchema.parse(parsed)).toEqual(summary)
  })

  test('key order is the schema order, whatever order the object has', () => {
    const shuffled = reverseKeys(summary) as typeof summary
    expect(Object.keys(shuffled)[0]).toBe('dimensions')
    expect(renderJson(shuffled)).toBe(renderJson(summary))
  })

  test('same input, same bytes', () => {
    const again = buildSummary(lyonSnapshot({ hidden: ['n005'] }), {
      generatedAt: '2021-06-10T18:00:00Z',
    })
    expect(renderJson(again)).toBe(renderJson(summary))
  })

  test('refuses to write an invalid summary', () => {
    const bad = structuredClone(summary)
    bad.totals.dotsCast = -1
    expect(() => renderJson(bad)).toThrow()
  })
})
