// Rebuilds a workspace package only when one of its inputs is newer than its
// last build, so restarting Atelier takes a second instead of a rebuild.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { root, run } from './lib.mjs'

const INPUTS = [
  'src',
  'index.html',
  // The phone's own build (apps/web).
  'phone.html',
  'vite.phone.config.ts',
  'vite-plugins',
  'package.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'vite.config.ts',
  'public',
]

function newestMtime(path) {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)))
  return newest
}

/** Builds `dir` (relative to the repository root) if its sources changed since the stamp. */
export function buildIfChanged(dir) {
  const abs = join(root, dir)
  const stamp = join(abs, 'dist', '.build-stamp')
  const inputs = Math.max(...INPUTS.map((name) => newestMtime(join(abs, name))))
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= inputs) return false
  console.log(`building ${dir}`)
  run('pnpm', ['--filter', `./${dir}`, 'run', 'build'])
  writeFileSync(stamp, new Date().toISOString())
  return true
}

/** What the server needs at run time, in dependency order. */
export const SERVER_DIRS = [
  'packages/board-model',
  'packages/recommendations',
  'packages/cluster-suggestions',
  'apps/server',
]

/** Builds each of `dirs` whose sources changed. */
export function buildChanged(dirs) {
  for (const dir of dirs) buildIfChanged(dir)
}
