// One vitest run with the closing "tests:" line and, after it, the figures
// the hardening group measured. Shared by `pnpm test` and `pnpm test:hardening`.
import { readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { figuresFolder, printFigures } from './hardening-figures.mjs'
import { run } from './lib.mjs'

/** Runs `vitest run <args>`; resolves with its exit code once the summary is printed. */
export function runVitest(args) {
  const report = join(tmpdir(), `atelier-vitest-${process.pid}.json`)
  const figures = figuresFolder()
  const code = run(
    'pnpm',
    [
      'exec',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
      ...args,
    ],
    { allowFailure: true, env: { ...process.env, ATELIER_HARDENING_FIGURES: figures } },
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
  printFigures(figures)
  return code
}
