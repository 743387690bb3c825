#!/usr/bin/env node
// `pnpm start`: install if needed, build only what changed since the last
// start, then serve Atelier (SQLite in ./data, one process) on PORT (8080).
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { buildChanged, SERVER_DIRS } from './build-if-changed.mjs'
import { ensureInstalled, root } from './lib.mjs'

ensureInstalled()
buildChanged([...SERVER_DIRS, 'apps/web'])

const server = spawn(process.execPath, [join(root, 'apps/server/dist/main.js')], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    ATELIER_WEB_DIST: process.env.ATELIER_WEB_DIST ?? join(root, 'apps/web/dist'),
  },
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
