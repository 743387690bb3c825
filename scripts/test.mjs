#!/usr/bin/env node
// The whole test suite, as the README and .ci/run call it: `pnpm test`.
// Installs if needed, builds what the end-to-end tests serve, checks lint and
// types, then runs every vitest project once and ends on one closing line.
import { readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ensureInstalled, run } from './lib.mjs'

ensureInstalled()
run('pnpm', ['-r', 'build'])
run('pnpm', ['exec', 'biome', 'check', '.'])
run('pnpm', ['-r', 'typecheck'])

const report = join(tmpdir(), `atelier-vitest-${process.pid}.json`)
const code = run(
  'pnpm',
  [
    'exec',
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  { allowFailure: true },
)
let summary = 'no report'
try {
  const result = JSON.parse(readFileSync(report, 'utf8'))
  summary = `${result.numPassedTests} passed, ${result.numFailedTests} failed`
  if (result.numPendingTests + result.numTodoTests > 0)
    summary += `, ${result.numPendingTests + result.numTodoTests} skipped`
  rmSync(report)
} catch {}
console.log(`\ntests: ${summary}`)
process.exit(code)
