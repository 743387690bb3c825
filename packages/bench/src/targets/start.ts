import { progress } from '../harness/stats.js'
import type { TargetName } from '../harness/table.js'
import { startAtelier } from './atelier.js'
import { startHocuspocus, startRaw, startStock } from './references.js'
import type { Target } from './target.js'

/** The core every server under test is pinned to; the load generator takes the other. */
export const SERVER_CORE = 0
export const GENERATOR_CORE = 1

const starters: Record<TargetName, (core: number) => Promise<Target>> = {
  atelier: (core) => startAtelier(core),
  'atelier-instant': (core) => startAtelier(core, { RELAY_MERGE_MS: '0' }, 'atelier-instant'),
  stock: startStock,
  hocuspocus: startHocuspocus,
  raw: startRaw,
}

/** Starts `name`, runs `body` against it and stops it, whatever happens. */
export async function withTarget<T>(name: TargetName, body: (target: Target) => Promise<T>) {
  progress(`starting ${name}`)
  const target = await starters[name](SERVER_CORE)
  try {
    return await body(target)
  } finally {
    await target.stop()
  }
}
