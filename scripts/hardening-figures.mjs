// The figures the hardening tests measured (apps/server/src/hardening), one
// JSON file per test in a folder, printed as one block at the end of a run.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A fresh folder for this run's figures, passed to the tests as ATELIER_HARDENING_FIGURES. */
export function figuresFolder() {
  return mkdtempSync(join(tmpdir(), 'atelier-hardening-figures-'))
}

/** Prints the "hardening figures" block (nothing when no hardening test ran) and removes the folder. */
export function printFigures(folder) {
  let files = []
  try {
    files = readdirSync(folder).filter((name) => name.endsWith('.json'))
  } catch {}
  if (files.length > 0) {
    console.log('\nhardening figures:')
    for (const file of files.sort()) {
      const figures = JSON.parse(readFileSync(join(folder, file), 'utf8'))
      const line = Object.entries(figures)
        .map(([key, value]) => `${key}=${value}`)
        .join(', ')
      console.log(`  ${file.replace(/\.json$/, '')}: ${line}`)
    }
  }
  rmSync(folder, { recursive: true, force: true })
}
