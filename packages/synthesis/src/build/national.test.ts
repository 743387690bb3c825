import { describe, expect, test } from 'vitest'
import type { CampaignInfo, CampaignSource } from '../inputs.js'
import { parseSynthesis } from '../parse.js'
import { renderSynthesisJson } from '../render/json.js'
import type { Synthesis, SynthesisItem } from '../schema.js'
import { lyonCampaign, lyonSources } from '../test-support/lyon-territories.js'
import { buildSynthesis } from './build-synthesis.js'

const allItems = (s: Synthesis): SynthesisItem[] =>
  s.dimensions.flatMap((d) => d.groups.flatMap((g) => g.items))

// Two regions, each a campaign of three workshops; their syntheses travel as
// synthesis.json files (rendered, parsed back) into a national campaign.
const aura = buildSynthesis(lyonCampaign(), lyonSources())
const paca = buildSynthesis(
  lyonCampaign({
    id: 'paca-2021',
    title: 'Congrès régional PACA 2021',
    territory: "Provence-Alpes-Côte d'Azur",
    expectedTerritories: [],
  }),
  lyonSources({ prefix: 'paca', territories: ['Marseille', 'Nice', 'Toulon'] }),
  {
    groups: {
      'paca-jeunes': {
        title: 'Les jeunes',
        recommendation: 'Une tournée régionale des lycées.',
        dimension: 'reseau',
        items: ['paca-1:c17', 'paca-2:c17', 'paca-3:c17'],
        accepted: true,
      },
    },
  },
)
const travelled = (s: Synthesis) => parseSynthesis(JSON.parse(renderSynthesisJson(s)))
const nationalCampaign = {
  id: 'france-2021',
  title: 'Congrès national 2021',
  level: 'national',
  territory: null,
  language: 'fr',
  expectedTerritories: ['Auvergne-Rhône-Alpes', "Provence-Alpes-Côte d'Azur", 'Bretagne'],
} satisfies CampaignInfo
const national = buildSynthesis(nationalCampaign, [
  { kind: 'campaign', synthesis: travelled(aura) },
  { kind: 'campaign', synthesis: travelled(paca) },
])

describe('regional syntheses imported into a national campaign', () => {
  test('every item of every region is there once, keeping its territory and saying through which region it came', () => {
    const items = allItems(national)
    expect(items).toHaveLength(allItems(aura).length + allItems(paca).length)
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length)
    for (const [region, synthesis] of [
      ['aura-2021', aura],
      ['paca-2021', paca],
    ] as const) {
      for (const original of allItems(synthesis)) {
        const item = items.find((i) => i.id === original.id)!
        expect(item.territory).toBe(original.territory)
        expect(item.notes).toEqual(original.notes)
        expect(item.dotShare).toBe(original.dotShare)
        expect(item.via?.campaignId).toBe(region)
      }
    }
    expect(national.workshops.map((w) => [w.territory, w.via?.campaignTitle])).toContainEqual([
      'Marseille',
      'Congrès régional PACA 2021',
    ])
  })

  test('items keep the regional group and recommendation they came through', () => {
    const item = allItems(national).find((i) => i.id === 'paca-2:c17')!
    expect(item.regionalGroup).toEqual({
      groupId: 'paca-jeunes',
      title: 'Les jeunes',
      recommendation: 'Une tournée régionale des lycées.',
    })
  })

  test('the same cluster from the six territories of two regions is proposed as one group', () => {
    const groups = national.dimensions
      .flatMap((d) => d.groups)
      .filter((g) => g.items.some((i) => i.clusterId === 'c08'))
    expect(groups).toHaveLength(1)
    expect(groups[0]!.ranking.breadth).toBe(6)
    expect(groups[0]!.territories).toHaveLength(6)
  })

  test('the equal-workshop score counts the workshops of every region', () => {
    expect(national.totals.workshops).toBe(6)
    const g = national.dimensions.flatMap((d) => d.groups)[0]!
    const sum = g.items.reduce(
      (s, i) => s + i.dots / national.workshops.find((w) => w.id === i.workshopId)!.dots,
      0,
    )
    expect(g.ranking.equalWorkshopScore).toBeCloseTo(sum / 6, 4)
  })

  test('missing regions are listed by the regional campaigns territory', () => {
    // Regions contribute through their workshops, whose territories are local: a national
    // campaign expects regions, so a region counts as present when a campaign of it came in.
    expect(national.missingTerritories).toEqual(['Bretagne'])
  })

  test('a region imported twice, or a workshop both directly and through its region, counts once', () => {
    const direct: CampaignSource[] = lyonSources().slice(0, 1)
    const twice = buildSynthesis(nationalCampaign, [
      ...direct,
      { kind: 'campaign', synthesis: aura },
      { kind: 'campaign', synthesis: aura },
    ])
    expect(twice.totals.workshops).toBe(3)
    expect(twice.totals.items).toBe(allItems(aura).length)
    expect(twice.workshops.find((w) => w.id === 'lyon-1')!.via).toBeNull()
    expect(twice.workshops.find((w) => w.id === 'lyon-2')!.via?.campaignId).toBe('aura-2021')
  })

  test('a synthesis file that does not add up is refused with reasons', () => {
    const broken = JSON.parse(renderSynthesisJson(aura))
    broken.dimensions[0].groups[0].ranking.dots += 1
    broken.dimensions[0].groups[1].items.push(broken.dimensions[0].groups[0].items[0])
    expect(() => parseSynthesis(broken)).toThrowError(/ranking\.dots: should be|duplicate item/)
  })
})
