import { expect, test } from 'vitest'
import { groupingAri } from '../bench/evaluate.js'
import { SCENARIOS } from '../bench/scenarios.js'
import { lyonCampaign } from '../test-support/lyon-territories.js'
import { buildSynthesis } from './build-synthesis.js'

// A floor under the grouping quality, so a change to the similarity that
// loses it fails here; the full benchmark (five seeds, threshold grid) is
// `pnpm --filter @atelier/synthesis bench`.

test('proposed groups agree with the hand-made groups (adjusted Rand index, seed 1)', () => {
  const campaign = lyonCampaign({ expectedTerritories: [] })
  const floors = [0.99, 0.8, 0.7, 0.99, 0.8]
  SCENARIOS.forEach((scenario, i) => {
    const ari = groupingAri(buildSynthesis(campaign, scenario.sources(1)))
    console.log(`ARI ${ari.toFixed(3)}  ${scenario.name}`)
    expect(ari, scenario.name).toBeGreaterThanOrEqual(floors[i]!)
  })
})
