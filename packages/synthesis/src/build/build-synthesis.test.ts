import { lyonDataset } from '@atelier/fixtures'
import { parseSummary, renderJson } from '@atelier/recommendations'
import { describe, expect, test } from 'vitest'
import { parseSynthesis } from '../parse.js'
import type { Synthesis, SynthesisItem } from '../schema.js'
import {
  lyonCampaign,
  lyonSources,
  lyonTerritorySummaries,
} from '../test-support/lyon-territories.js'
import { buildSynthesis } from './build-synthesis.js'

const allItems = (s: Synthesis): SynthesisItem[] =>
  s.dimensions.flatMap((d) => d.groups.flatMap((g) => g.items))

describe('a campaign of three workshops made from the Lyon workshop split by participants', () => {
  const summaries = lyonTerritorySummaries()
  const synthesis = buildSynthesis(lyonCampaign(), lyonSources())

  test('every recommendation of every workshop is present exactly once, with its provenance', () => {
    const items = allItems(synthesis)
    const expected = summaries.flatMap((s) =>
      s.dimensions.flatMap((d) =>
        d.recommendations.map((r) => ({ s, d, r, id: `${s.workshop.id}:${r.clusterId}` })),
      ),
    )
    expect(items.map((i) => i.id).sort()).toEqual(expected.map((e) => e.id).sort())
    for (const { s, d, r, id } of expected) {
      const item = items.find((i) => i.id === id)!
      expect(item).toMatchObject({
        workshopId: s.workshop.id,
        territory: s.workshop.territory,
        date: s.workshop.date,
        dimensionId: d.id,
        clusterId: r.clusterId,
        title: r.title,
        recommendation: r.text,
        dots: r.dots,
        voters: r.voters,
        via: null,
      })
      expect(item.notes).toEqual(r.notes)
      const group = synthesis.dimensions
        .flatMap((dim) => dim.groups.map((g) => ({ dim, g })))
        .find(({ g }) => g.items.some((i) => i.id === id))!
      expect(group.dim.id).toBe(d.id)
    }
  })

  test('the result passes its own schema and consistency checks', () => {
    expect(parseSynthesis(JSON.parse(JSON.stringify(synthesis)))).toEqual(synthesis)
  })

  test('the same cluster from the three territories is proposed as one group', () => {
    const lyon = lyonDataset()
    // Clusters with a recommendation, present in all three territories.
    const shared = lyon.clusters.filter((c) =>
      summaries.every((s) =>
        s.dimensions.some((d) => d.recommendations.some((r) => r.clusterId === c.id)),
      ),
    )
    expect(shared.length).toBeGreaterThan(10)
    for (const cluster of shared.filter((c) => c.recommendation)) {
      const groups = synthesis.dimensions
        .flatMap((d) => d.groups)
        .filter((g) => g.items.some((i) => i.clusterId === cluster.id))
      expect(groups, cluster.title).toHaveLength(1)
      expect(groups[0]!.ranking.breadth).toBe(3)
      expect(groups[0]!.territories).toEqual(['Lyon Nord', 'Lyon Sud', 'Villeurbanne'])
      expect(groups[0]!.title).toBe(cluster.title)
    }
  })

  test('workshops record territory, date, participants, voters and dots; missing territories are listed', () => {
    expect(synthesis.workshops.map((w) => w.territory)).toEqual([
      'Lyon Nord',
      'Lyon Sud',
      'Villeurbanne',
    ])
    for (const w of synthesis.workshops) {
      const s = summaries.find((x) => x.workshop.id === w.id)!
      expect(w).toMatchObject({
        participants: s.totals.participants,
        voters: s.totals.voters,
        dots: s.totals.dotsOnRecommendations,
        source: 'live',
        status: 'closed',
        via: null,
      })
    }
    expect(synthesis.totals.participants).toBe(lyonDataset().participants.length)
    expect(synthesis.missingTerritories).toEqual(['Saint-Étienne'])
  })

  test('the same inputs give the same synthesis, whatever the order of the sources', () => {
    const again = buildSynthesis(lyonCampaign(), [...lyonSources()].reverse())
    expect(again).toEqual(synthesis)
  })
})

describe('a fourth workshop imported from its summary file', () => {
  const lyon = lyonTerritorySummaries({ count: 4 })
  const file = JSON.parse(renderJson(lyon[3]!))
  // Exported elsewhere, with its own dimension ids but the template's titles (case and accents aside).
  for (const d of file.dimensions) d.id = `autre-${d.id}`
  file.dimensions[1].title = file.dimensions[1].title.toUpperCase()
  file.dimensions[2].title = 'Le developpement du reseau'
  const imported = parseSummary(file)
  const synthesis = buildSynthesis(lyonCampaign({ expectedTerritories: [] }), [
    ...lyonSources({ count: 4 }).slice(0, 3),
    { kind: 'workshop', source: 'imported', status: 'imported', summary: imported },
  ])

  test('its items land in the matching dimensions, marked imported, grouped with the live ones', () => {
    expect(synthesis.dimensions.map((d) => d.id)).toEqual(['vision', 'efficacite', 'reseau'])
    const w = synthesis.workshops.find((x) => x.id === imported.workshop.id)!
    expect(w).toMatchObject({ source: 'imported', status: 'imported', territory: 'Vénissieux' })
    const reseau = synthesis.dimensions.find((d) => d.id === 'reseau')!
    const item = reseau.groups.flatMap((g) => g.items).find((i) => i.id === `${w.id}:c15`)!
    expect(item.dimensionId).toBe('autre-reseau')
    const group = reseau.groups.find((g) => g.items.includes(item))!
    expect(group.ranking.breadth).toBe(4)
    const count = imported.dimensions.reduce((n, d) => n + d.recommendations.length, 0)
    expect(allItems(synthesis).filter((i) => i.workshopId === w.id)).toHaveLength(count)
  })
})
