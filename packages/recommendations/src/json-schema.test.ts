import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { summaryJsonSchema } from './json-schema.js'

const COMMITTED = new URL('../../../docs/summary.schema.json', import.meta.url)

test('docs/summary.schema.json is up to date (run `pnpm --filter @atelier/recommendations run gen:schema`)', () => {
  const expected = `${JSON.stringify(summaryJsonSchema(), null, 2)}\n`
  expect(readFileSync(COMMITTED, 'utf8')).toBe(expected)
})

test('the JSON Schema describes the versioned top level', () => {
  const schema = summaryJsonSchema() as {
    properties: Record<string, { const?: unknown }>
    required: string[]
  }
  expect(schema.properties.summaryVersion?.const).toBe(1)
  expect(schema.required).toEqual([
    'summaryVersion',
    'generatedAt',
    'workshop',
    'totals',
    'dimensions',
  ])
})
