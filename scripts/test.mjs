#!/usr/bin/env node
// The whole test suite, as the README and .ci/run call it: `pnpm test`.
// Installs if needed, builds what the end-to-end tests serve, checks lint and
// types, then runs every vitest project once (the hardening group last) and
// ends on one closing line, followed by the figures the hardening group measured.
import { ensureInstalled, run } from './lib.mjs'
import { runVitest } from './vitest-run.mjs'

ensureInstalled()
run('pnpm', ['-r', 'build'])
run('pnpm', ['exec', 'biome', 'check', '.'])
run('pnpm', ['-r', 'typecheck'])
process.exit(runVitest(process.argv.slice(2)))
