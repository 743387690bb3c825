#!/usr/bin/env node
// `pnpm test:hardening`: the hardening group alone (fuzzer, kill -9,
// convergence, permission table, memory; apps/server/src/hardening), then its
// figures. Builds only what it spawns: the server's dist and the packages it imports.
import { ensureInstalled, run } from './lib.mjs'
import { runVitest } from './vitest-run.mjs'

ensureInstalled()
run('pnpm', ['--filter', '@atelier/server...', 'build'])
process.exit(runVitest(['--project', 'hardening', ...process.argv.slice(2)]))
