import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Where the hardening tests leave their figures; scripts/test.mjs sets it and prints them. */
export const FIGURES_DIR =
  process.env.ATELIER_HARDENING_FIGURES ?? join(tmpdir(), 'atelier-hardening-figures')

/**
 * Records what one hardening test measured (frames fuzzed, kills survived,
 * peak memory...): printed in the test output now, and written as
 * `<name>.json` for the "hardening figures" block printed after the run.
 * Figures are reported, not asserted, except the bounds the issue names.
 */
export function recordFigures(name: string, figures: Record<string, number | string>): void {
  console.log(`[hardening] ${name}: ${JSON.stringify(figures)}`)
  mkdirSync(FIGURES_DIR, { recursive: true })
  writeFileSync(join(FIGURES_DIR, `${name}.json`), `${JSON.stringify(figures, null, 2)}\n`)
}
