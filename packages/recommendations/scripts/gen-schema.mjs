// Writes docs/summary.schema.json from the zod schema of the built package.
// A test fails when the committed file differs from what this would write.
import { writeFileSync } from 'node:fs'
import { summaryJsonSchema } from '../dist/index.js'

const target = new URL('../../../docs/summary.schema.json', import.meta.url)
writeFileSync(target, `${JSON.stringify(summaryJsonSchema(), null, 2)}\n`)
console.log('docs/summary.schema.json')
