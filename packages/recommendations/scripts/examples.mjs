// Renders the Lyon workshop into docs/examples/ in every format, from the
// built package (run `pnpm --filter @atelier/recommendations run examples`,
// which builds first). A test checks the committed files are up to date.
import { mkdirSync, writeFileSync } from 'node:fs'
import { EXAMPLES_GENERATED_AT } from '../dist/examples-config.js'
import {
  buildSummary,
  renderCsvNotes,
  renderCsvRecommendations,
  renderDocx,
  renderHtml,
  renderJson,
  renderMarkdown,
} from '../dist/index.js'
import { lyonSnapshot } from './lyon-snapshot.mjs'

const out = new URL('../../../docs/examples/', import.meta.url)
mkdirSync(out, { recursive: true })
const summary = buildSummary(lyonSnapshot(), { generatedAt: EXAMPLES_GENERATED_AT })
const files = {
  'lyon-summary.json': renderJson(summary),
  'lyon-summary.md': renderMarkdown(summary),
  'lyon-summary-notes.csv': renderCsvNotes(summary),
  'lyon-summary-recommendations.csv': renderCsvRecommendations(summary),
  'lyon-summary.html': renderHtml(summary),
  'lyon-summary.docx': await renderDocx(summary),
}
for (const [name, data] of Object.entries(files)) {
  writeFileSync(new URL(name, out), data)
  console.log(`docs/examples/${name}`)
}
