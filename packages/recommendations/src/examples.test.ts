import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { buildSummary } from './build/build-summary.js'
import { EXAMPLES_GENERATED_AT } from './examples-config.js'
import { renderCsvNotes, renderCsvRecommendations } from './render/csv.js'
import { renderDocx } from './render/docx.js'
import { renderHtml } from './render/html.js'
import { renderJson } from './render/json.js'
import { renderMarkdown } from './render/markdown.js'
import { lyonSnapshot } from './test-support/lyon.js'

// docs/examples/ is what people read to see the exports; it must be what the
// code writes today. Regenerate with `pnpm --filter @atelier/recommendations run examples`.

const dir = new URL('../../../docs/examples/', import.meta.url)
const summary = buildSummary(lyonSnapshot(), { generatedAt: EXAMPLES_GENERATED_AT })
const committed = (name: string) => readFileSync(new URL(name, dir))

describe('docs/examples are up to date', () => {
  test.each([
    ['lyon-summary.json', () => renderJson(summary)],
    ['lyon-summary.md', () => renderMarkdown(summary)],
    ['lyon-summary-notes.csv', () => renderCsvNotes(summary)],
    ['lyon-summary-recommendations.csv', () => renderCsvRecommendations(summary)],
    ['lyon-summary.html', () => renderHtml(summary)],
  ])('%s', (name, render) => {
    expect(committed(name).toString('utf8')).toBe(render())
  })

  test('lyon-summary.docx', async () => {
    expect(committed('lyon-summary.docx').equals(Buffer.from(await renderDocx(summary)))).toBe(true)
  })
})
