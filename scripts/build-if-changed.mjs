// Rebuilds a workspace package only when one of its inputs is newer than its
// last build, so restarting Atelier takes a second instead of a rebuild.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
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

/** Workspace folder of each workspace package, by package name. */
function workspaceDirs() {
  const dirs = new Map()
  for (const parent of ['packages', 'apps'])
    for (const entry of readdirSync(join(root, parent))) {
      const manifest = join(root, parent, entry, 'package.json')
      if (existsSync(manifest)) dirs.set(readManifest(manifest).name, `${parent}/${entry}`)
    }
  return dirs
}

const readManifest = (path) => JSON.parse(readFileSync(path, 'utf8'))

/**
 * `dir` and the workspace packages it depends on at run time (its
 * `dependencies` on `workspace:` versions, and theirs), dependencies first:
 * read from the manifests, so a package the server starts importing is
 * built by `pnpm start` without anyone updating a list here.
 */
export function withWorkspaceDependencies(dir) {
  const dirs = workspaceDirs()
  const ordered = []
  const visit = (at) => {
    if (ordered.includes(at)) return
    const { dependencies = {} } = readManifest(join(root, at, 'package.json'))
    for (const [name, version] of Object.entries(dependencies))
      if (version.startsWith('workspace:')) visit(dirs.get(name))
    ordered.push(at)
  }
  visit(dir)
  return ordered
}

/** What the server needs at run time, in dependency order. */
export const SERVER_DIRS = withWorkspaceDependencies('apps/server')

/** Builds each of `dirs` whose sources changed. */
export function buildChanged(dirs) {
  for (const dir of dirs) buildIfChanged(dir)
}
