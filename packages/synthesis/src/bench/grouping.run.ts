import { test } from 'vitest'
import { buildSynthesis } from '../build/build-synthesis.js'
import { DEFAULT_GROUP_THRESHOLD } from '../build/similarity.js'
import { lyonCampaign } from '../test-support/lyon-territories.js'
import { groupingAri } from './evaluate.js'
import { SCENARIOS } from './scenarios.js'

// `pnpm --filter @atelier/synthesis bench` prints the adjusted Rand index of
// the proposed groups against the hand-made truth, per scenario, as the mean
// over five participant deals (seeds 1-5), at the default threshold and over
// a grid (to show how flat the optimum is, not to pick it per dataset).

const SEEDS = [1, 2, 3, 4, 5]
const GRID = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5]

test('grouping quality (adjusted Rand index)', () => {
  const campaign = lyonCampaign({ expectedTerritories: [] })
  const mean = (threshold: number, scenario: (typeof SCENARIOS)[number]) =>
    SEEDS.reduce(
      (sum, seed) =>
        sum +
        groupingAri(buildSynthesis(campaign, scenario.sources(seed), undefined, { threshold })),
      0,
    ) / SEEDS.length
  const lines = [`threshold grid: ${GRID.join('  ')}   (default ${DEFAULT_GROUP_THRESHOLD})`]
  for (const scenario of SCENARIOS) {
    const grid = GRID.map((t) => mean(t, scenario).toFixed(3))
    const size = buildSynthesis(campaign, scenario.sources(1)).totals
    lines.push(
      `${scenario.name.padEnd(56)} ${String(size.items).padStart(4)} items, ${String(size.workshops).padStart(2)} workshops  ARI ${mean(DEFAULT_GROUP_THRESHOLD, scenario).toFixed(3)}   grid ${grid.join(' ')}`,
    )
  }
  console.log(`\nGrouping quality, mean over seeds ${SEEDS.join(',')}\n${lines.join('\n')}\n`)
}, 600_000)
