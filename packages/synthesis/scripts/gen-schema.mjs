// Writes docs/synthesis.schema.json from the zod schema of the built package.
// A test fails when the committed file differs from what this would write.
import { writeFileSync } from 'node:fs'
import { synthesisJsonSchema } from '../dist/index.js'

const target = new URL('../../../docs/synthesis.schema.json', import.meta.url)
writeFileSync(target, `${JSON.stringify(synthesisJsonSchema(), null, 2)}\n`)
console.log('docs/synthesis.schema.json')
