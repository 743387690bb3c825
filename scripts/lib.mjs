// Helpers shared by the start and test scripts. No dependencies: these run
// before `pnpm install` may have happened.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Runs a command in the repository root, inheriting stdio; exits on failure unless allowed. */
export function run(command, args, { allowFailure = false, env = process.env } = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env })
  const code = result.status ?? 1
  if (code !== 0 && !allowFailure) {
    console.error(`\n${command} ${args.join(' ')} failed with exit code ${code}`)
    process.exit(code)
  }
  return code
}

/** `pnpm install` when node_modules is missing or older than the lockfile. */
export function ensureInstalled() {
  if (existsSync(join(root, 'node_modules', '.modules.yaml'))) return
  // better-sqlite3 compiles from source when no prebuilt binary matches.
  run('pnpm', ['install', '--frozen-lockfile'], {
    env: {
      ...process.env,
      npm_config_nodedir: process.env.npm_config_nodedir ?? dirname(dirname(process.execPath)),
    },
  })
}
