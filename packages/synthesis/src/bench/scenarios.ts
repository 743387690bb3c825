import type { CampaignSource } from '../inputs.js'
import { lyonSources } from '../test-support/lyon-territories.js'
import { syntheticSummary } from '../test-support/synthetic.js'

// Benchmark campaigns, from easiest to hardest. None of them was used to
// choose the defaults beyond the threshold grid printed next to them.

export interface Scenario {
  name: string
  sources: (seed: number) => CampaignSource[]
}

// An empty title would make the cluster "untitled" (filed as miscellaneous,
// not a recommendation); a single letter carries no meaning (the analysis
// drops one-letter words), so these items are compared on their notes alone.
const blank = (c: { id: string }) => ({
  title: String.fromCharCode(65 + (Number(c.id.slice(1)) % 26)),
  recommendation: '',
})
const live = (summary: ReturnType<typeof syntheticSummary>): CampaignSource => ({
  kind: 'workshop',
  source: 'imported',
  status: 'imported',
  summary,
})

export const SCENARIOS: Scenario[] = [
  {
    name: 'Lyon / 3 territories, facilitator titles and texts',
    sources: (seed) => lyonSources({ seed }),
  },
  {
    name: 'Lyon / 3 territories, notes only (no title, no text)',
    sources: (seed) => lyonSources({ seed, cluster: blank }),
  },
  {
    name: 'Lyon / 5 territories, notes only',
    sources: (seed) => lyonSources({ seed, count: 5, cluster: blank }),
  },
  {
    name: '6 unseen workshops (rebuilt notes), Lyon titles',
    sources: (seed) =>
      Array.from({ length: 6 }, (_, k) => live(syntheticSummary(seed * 100 + k, `w${k + 1}`))),
  },
  {
    name: '6 unseen workshops, titled by their first note',
    sources: (seed) =>
      Array.from({ length: 6 }, (_, k) =>
        live(syntheticSummary(seed * 100 + k, `w${k + 1}`, { titles: 'first-note' })),
      ),
  },
]
