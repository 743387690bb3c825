import { seededRandom, shuffled } from '@atelier/fixtures'
import { describe, expect, it } from 'vitest'
import type { NoteInput } from './options.js'
import { suggestClusters } from './suggest-clusters.js'

const notes: NoteInput[] = [
  { id: 'a1', dimension: 'reseau', text: 'Aller dans les lycées présenter les SCOP' },
  { id: 'a2', dimension: 'reseau', text: 'Des stages pour les étudiants dans nos coops' },
  { id: 'a3', dimension: 'reseau', text: 'Les jeunes ne nous connaissent pas' },
  { id: 'a4', dimension: 'reseau', text: 'La reprise en SCOP quand le patron part à la retraite' },
  {
    id: 'a5',
    dimension: 'reseau',
    text: 'Les cédants ne pensent pas à la transmission aux salariés',
  },
  { id: 'a6', dimension: 'reseau', text: 'Qui a pris mon stylo ?' },
  { id: 'b1', dimension: 'vision', text: 'Former les jeunes à la coopération' },
  { id: 'b2', dimension: 'vision', text: 'Bilan carbone dans toutes les coops' },
  { id: 'b3', dimension: 'vision', text: 'Les coops doivent être exemplaires sur le climat' },
  { id: 'b4', dimension: 'vision', text: '🌱' },
]

describe('suggestClusters', () => {
  it('groups notes by meaning inside each dimension, with a title', () => {
    const proposals = suggestClusters(notes)
    expect(proposals.map((p) => [p.dimension, p.noteIds])).toEqual([
      ['reseau', ['a1', 'a2', 'a3']],
      ['reseau', ['a4', 'a5']],
      ['vision', ['b2', 'b3']],
    ])
    expect(proposals.map((p) => p.title)).toEqual(['Jeunes', 'Transmission', 'Écologie'])
  })

  it('never mixes dimensions, repeats a note or proposes a singleton', () => {
    const dimensionOf = new Map(notes.map((n) => [n.id, n.dimension]))
    for (const threshold of [0.01, 0.1, 0.25, 0.5]) {
      const proposals = suggestClusters(notes, { threshold })
      const ids = proposals.flatMap((p) => p.noteIds)
      expect(new Set(ids).size).toBe(ids.length)
      for (const p of proposals) {
        expect(p.noteIds.length).toBeGreaterThanOrEqual(2)
        expect(p.noteIds.every((id) => dimensionOf.get(id) === p.dimension)).toBe(true)
        expect(p.title.length).toBeGreaterThan(0)
      }
    }
  })

  it('does not depend on the order of the notes', () => {
    const expected = suggestClusters(notes)
    for (const seed of [1, 2, 3, 4, 5]) {
      expect(suggestClusters(shuffled(notes, seededRandom(seed)))).toEqual(expected)
    }
  })

  it('refuses duplicate ids, which would make the result order-dependent', () => {
    expect(() => suggestClusters([...notes, { ...notes[0]!, text: 'autre' }])).toThrow(RangeError)
  })

  it('gives the same answer twice', () => {
    expect(suggestClusters(notes)).toEqual(suggestClusters(notes))
  })

  it('never groups notes without words', () => {
    const empty = [
      { id: 'e1', dimension: 'd', text: '🌱' },
      { id: 'e2', dimension: 'd', text: '!!!' },
      { id: 'e3', dimension: 'd', text: '' },
    ]
    expect(suggestClusters(empty)).toEqual([])
    expect(suggestClusters([])).toEqual([])
  })

  it('restores accents in titles from the participants’ own spelling', () => {
    const proposals = suggestClusters([
      { id: '1', dimension: 'd', text: '+ de visibilite svp' },
      { id: '2', dimension: 'd', text: 'Plus de visibilité dans les médias' },
      { id: '3', dimension: 'd', text: 'visibilite !!' },
    ])
    expect(proposals).toEqual([{ dimension: 'd', title: 'Visibilité', noteIds: ['1', '2', '3'] }])
  })

  it('keeps a shared phrase as the title when most of the group uses it', () => {
    const [proposal] = suggestClusters([
      { id: '1', dimension: 'd', text: 'Former les nouveaux associés dès leur arrivée' },
      { id: '2', dimension: 'd', text: "formation des nouveaux associes des l'embauche" },
    ])
    expect(proposal?.title).toBe('Formation des nouveaux associés')
  })

  it('works on English notes with the English stemmer', () => {
    const proposals = suggestClusters(
      [
        { id: '1', dimension: 'd', text: 'Sharing profits with the workers' },
        { id: '2', dimension: 'd', text: 'Profit sharing for every worker' },
        { id: '3', dimension: 'd', text: 'Where is the coffee?' },
      ],
      { language: 'en' },
    )
    expect(proposals.map((p) => p.noteIds)).toEqual([['1', '2']])
  })
})
