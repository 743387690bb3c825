import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { SYNTHESIS_WORKER_ENTRY } from '../campaigns/worker-synthesis.js'

/**
 * The real (built) synthesis worker behind a hook that makes it die, as on an
 * out-of-memory, on a request for a campaign titled `title`: the hook is
 * imported first, so its listener runs before the worker's own.
 */
export function crashingWorkerEntry(title: string): { entry: URL; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'atelier-crash-worker-'))
  writeFileSync(
    join(dir, 'hook.mjs'),
    `import { parentPort } from 'node:worker_threads'
parentPort.on('message', (m) => { if (m.build?.campaign.title === ${JSON.stringify(title)}) process.exit(7) })\n`,
  )
  writeFileSync(
    join(dir, 'entry.mjs'),
    `import './hook.mjs'\nimport ${JSON.stringify(SYNTHESIS_WORKER_ENTRY.href)}\n`,
  )
  return { entry: pathToFileURL(join(dir, 'entry.mjs')), dir }
}
