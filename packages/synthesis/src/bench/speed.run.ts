import { availableParallelism, loadavg } from 'node:os'
import { test } from 'vitest'
import { buildSynthesis } from '../build/build-synthesis.js'
import { createSynthesisCache } from '../build/cache.js'
import type { CampaignSource } from '../inputs.js'
import { lyonCampaign } from '../test-support/lyon-territories.js'
import { syntheticSummary } from '../test-support/synthetic.js'

// The scale: a campaign of 60 workshops of 160 notes each, grouping
// included. Printed, not asserted (a shared machine's timing is no test).

const workshop = (seed: number, k: number): CampaignSource => ({
  kind: 'workshop',
  source: 'live',
  status: 'running',
  summary: syntheticSummary(seed, `w${String(k + 1).padStart(2, '0')}`),
})

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const time = (f: () => unknown) => {
  const start = performance.now()
  f()
  return performance.now() - start
}
/** CPU time of this process (ms): what the build costs when the machine is shared. */
const cpu = (f: () => unknown) => {
  const start = process.cpuUsage()
  f()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

test('time to build a synthesis of 60 workshops x 160 notes', () => {
  const sources = Array.from({ length: 60 }, (_, k) => workshop(1000 + k, k))
  const campaign = lyonCampaign({ expectedTerritories: [] })
  const cold = time(() => buildSynthesis(campaign, sources))
  const warm = median([0, 1, 2, 3, 4].map(() => time(() => buildSynthesis(campaign, sources))))
  const warmCpu = median([0, 1, 2].map(() => cpu(() => buildSynthesis(campaign, sources))))
  // Live: one cache per campaign; a vote changes no text, new notes are analysed alone.
  const cache = createSynthesisCache()
  buildSynthesis(campaign, sources, undefined, { cache })
  const vote = median(
    [0, 1, 2].map(() => time(() => buildSynthesis(campaign, sources, undefined, { cache }))),
  )
  const changed = [...sources]
  const notes = median(
    [0, 1, 2].map((r) => {
      changed[7] = workshop(5000 + r, 7)
      return time(() => buildSynthesis(campaign, changed, undefined, { cache }))
    }),
  )
  const s = buildSynthesis(campaign, sources)
  const total = sources.reduce(
    (n, x) => n + (x.kind === 'workshop' ? x.summary.totals.notes : 0),
    0,
  )
  console.log(
    [
      '',
      `Synthesis of ${s.totals.workshops} workshops, ${total} notes, ${s.totals.items} items -> ${s.totals.groups} groups (target < 2000 ms):`,
      `  first build in the process ${cold.toFixed(0)} ms, then median ${warm.toFixed(0)} ms wall, ${warmCpu.toFixed(0)} ms CPU`,
      `  (machine load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`,
      `  live, with a cache: after a vote ${vote.toFixed(0)} ms, after one workshop's notes changed ${notes.toFixed(0)} ms`,
      '',
    ].join('\n'),
  )
}, 600_000)
