import type { Synthesis, SynthesisGroup, SynthesisItem } from '@atelier/synthesis'
import { describe, expect, it } from 'vitest'
import { territoryView } from './territory-view.js'

// The projection a territory link sees, on a hand-made synthesis: Lyon's
// items with their groups, the other territories named, and nothing that
// another workshop wrote (titles, texts, notes).

const item = (workshopId: string, territory: string | null, cluster: string, title: string) =>
  ({
    id: `${workshopId}:${cluster}`,
    workshopId,
    territory,
    date: '2021-05-01',
    dimensionId: 'vision',
    clusterId: cluster,
    title,
    recommendation: `Texte de ${title}`,
    rank: 1,
    dots: 4,
    dotShare: 0.4,
    voters: 3,
    notes: [{ id: `${cluster}-n1`, text: `Note de ${workshopId}`, author: 'P01' }],
    via: null,
    regionalGroup: null,
  }) satisfies SynthesisItem

const group = (id: string, title: string, items: SynthesisItem[]): SynthesisGroup => ({
  id,
  title,
  recommendation: id === 'g:a' ? 'La région recommande des achats groupés.' : '',
  origin: id === 'g:a' ? 'organiser' : 'proposed',
  accepted: id === 'g:a',
  minority: false,
  suggestedGroup: null,
  territories: [...new Set(items.map((i) => i.territory ?? ''))].sort(),
  ranking: { dots: 0, equalWorkshopScore: 0, breadth: 0 },
  items,
})

const workshop = (id: string, territory: string | null) => ({
  id,
  title: `Atelier ${territory}`,
  territory,
  date: '2021-05-01',
  language: 'fr' as const,
  participants: 10,
  voters: 8,
  dots: 10,
  notes: 5,
  recommendations: 1,
  source: 'live' as const,
  status: 'running' as const,
  via: null,
})

const synthesis = {
  synthesisVersion: 1,
  generatedAt: null,
  publication: null,
  campaign: { id: 'c1', title: 'Congrès', level: 'regional', territory: 'AURA', language: 'fr' },
  totals: { workshops: 3, participants: 30, items: 4, groups: 2, notes: 4, dots: 30 },
  workshops: [workshop('lyon', 'Lyon'), workshop('vill', 'Villeurbanne'), workshop('anon', null)],
  expectedTerritories: [],
  missingTerritories: [],
  dimensions: [
    {
      id: 'vision',
      title: 'Vision',
      groups: [
        group('g:a', 'Achats groupés', [
          item('vill', 'Villeurbanne', 'c9', 'Centrale d’achat'),
          item('lyon', 'Lyon', 'c1', 'Acheter ensemble'),
          item('anon', null, 'c4', 'Mutualiser'),
        ]),
        group('g:b', 'Formation', [item('vill', 'Villeurbanne', 'c2', 'Former les élus')]),
      ],
    },
    { id: 'reseau', title: 'Réseau', groups: [] },
  ],
} as unknown as Synthesis

describe('territoryView', () => {
  it('lists the workshop’s items with the group they went to and the other territories', () => {
    const view = territoryView(synthesis, 'lyon')!
    expect(view.workshop).toMatchObject({ id: 'lyon', territory: 'Lyon', dots: 10 })
    expect(view.dimensions.map((d) => [d.id, d.items.length])).toEqual([
      ['vision', 1],
      ['reseau', 0],
    ])
    const [ours] = view.dimensions[0]!.items
    expect(ours).toMatchObject({
      id: 'lyon:c1',
      title: 'Acheter ensemble',
      recommendation: 'Texte de Acheter ensemble',
      dots: 4,
      notes: [{ id: 'c1-n1', text: 'Note de lyon' }],
      group: {
        id: 'g:a',
        title: 'Achats groupés',
        recommendation: 'La région recommande des achats groupés.',
        accepted: true,
        otherTerritories: ['Villeurbanne'],
        otherWorkshops: 2,
        position: 1,
        groupsInDimension: 2,
      },
    })
  })

  it('carries nothing another workshop wrote, and no author ids', () => {
    const text = JSON.stringify(territoryView(synthesis, 'lyon'))
    for (const foreign of ['Centrale d’achat', 'Mutualiser', 'Note de vill', 'Note de anon'])
      expect(text).not.toContain(foreign)
    expect(text).not.toContain('Former les élus')
    expect(text).not.toContain('P01')
  })

  it('is null for a workshop outside the synthesis', () => {
    expect(territoryView(synthesis, 'nope')).toBeNull()
  })
})
