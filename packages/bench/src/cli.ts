#!/usr/bin/env node
// `pnpm bench [scenario ...] [--targets atelier,stock,...]`: runs the
// scenarios (all by default) and prints markdown tables for
// docs/benchmarks.md. Build first (`pnpm -r build`); the root `pnpm bench`
// does. Figures, never assertions: nothing here fails on a slow machine.
import { cpus } from 'node:os'
import { pin } from './harness/child.js'
import { missingRequirements } from './harness/requirements.js'
import { TARGETS, type TargetName } from './harness/table.js'
import { scenarios } from './scenarios/index.js'
import { GENERATOR_CORE, SERVER_CORE } from './targets/start.js'

const args = process.argv.slice(2)
const targetsAt = args.indexOf('--targets')
const targets = (targetsAt === -1 ? [...TARGETS] : args[targetsAt + 1]!.split(',')) as TargetName[]
const names = args.filter(
  (arg, i) => !arg.startsWith('--') && (targetsAt === -1 || i !== targetsAt + 1),
)
const selected = names.length ? scenarios.filter((s) => names.includes(s.name)) : scenarios
const unknown = names.filter((n) => !scenarios.some((s) => s.name === n))
if (unknown.length) {
  console.error(
    `unknown scenario ${unknown.join(', ')}; known: ${scenarios.map((s) => s.name).join(', ')}`,
  )
  process.exit(2)
}

const missing = missingRequirements(selected)
if (missing.length) {
  console.error(`This machine cannot run every scenario asked for:\n  ${missing.join('\n  ')}`)
  console.error('Install what is missing, or name the scenarios to run (pnpm bench fan-out ...).')
  process.exit(2)
}

process.setMaxListeners(0)
const pinned = pin(process.pid, GENERATOR_CORE)
console.log(
  `# pnpm bench, ${new Date().toISOString()}\n\nNode ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; ` +
    (pinned
      ? `servers pinned to core ${SERVER_CORE}, load generator to core ${GENERATOR_CORE}.\n`
      : 'no taskset: nothing pinned.\n'),
)
for (const scenario of selected) {
  const started = performance.now()
  console.log(await scenario.run(targets))
  console.log(`\n(${scenario.name}: ${((performance.now() - started) / 1000).toFixed(0)} s)\n`)
}
process.exit(0)
