import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { synthesisJsonSchema } from './json-schema.js'

const COMMITTED = new URL('../../../docs/synthesis.schema.json', import.meta.url)

test('docs/synthesis.schema.json is up to date (run `pnpm --filter @atelier/synthesis run gen:schema`)', () => {
  const expected = `${JSON.stringify(synthesisJsonSchema(), null, 2)}\n`
  expect(readFileSync(COMMITTED, 'utf8')).toBe(expected)
})

test('the JSON Schema names the fields an importer relies on', () => {
  const schema = synthesisJsonSchema() as { required: string[] }
  expect(schema.required).toEqual(
    expect.arrayContaining(['synthesisVersion', 'workshops', 'dimensions', 'missingTerritories']),
  )
  const text = JSON.stringify(schema)
  for (const field of [
    'equalWorkshopScore',
    'breadth',
    'dotShare',
    'via',
    'minority',
    'clusterId',
  ]) {
    expect(text).toContain(`"${field}"`)
  }
})
