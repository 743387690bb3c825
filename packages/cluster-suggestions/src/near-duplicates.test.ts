import { seededRandom, shuffled } from '@atelier/fixtures'
import { describe, expect, it } from 'vitest'
import { duplicateSimilarities, findNearDuplicates } from './near-duplicates.js'

const notes = [
  { id: 'n2', dimension: 'vision', text: 'garder sa veste de citoyen engagé au travail' },
  { id: 'n1', dimension: 'vision', text: "Garder sa veste de citoyen dans l'entreprise !!" },
  { id: 'n3', dimension: 'vision', text: 'Bilan carbone dans toutes nos coops' },
  { id: 'n4', dimension: 'reseau', text: 'garder sa veste de citoyen dans l’entreprise' },
  { id: 'n5', dimension: 'vision', text: 'Bilan carbonne ds toutes nos coopératives' },
]

describe('findNearDuplicates', () => {
  it('finds notes that say the same thing, typos included, one column at a time', () => {
    expect(findNearDuplicates(notes)).toEqual([
      ['n1', 'n2'],
      ['n3', 'n5'],
    ])
  })

  it('compares across columns only when asked', () => {
    expect(findNearDuplicates(notes, { acrossDimensions: true })).toEqual([
      ['n1', 'n2'],
      ['n1', 'n4'],
      ['n2', 'n4'],
      ['n3', 'n5'],
    ])
  })

  it('does not treat sharing a topic as duplicating', () => {
    const topical = [
      { id: 'a', dimension: 'd', text: 'Des stages dans nos coops' },
      { id: 'b', dimension: 'd', text: 'Aller dans les lycées' },
    ]
    expect(findNearDuplicates(topical)).toEqual([])
  })

  it('returns sorted pairs whatever the order of the notes', () => {
    const expected = findNearDuplicates(notes, { acrossDimensions: true })
    for (const seed of [1, 2, 3]) {
      expect(
        findNearDuplicates(shuffled(notes, seededRandom(seed)), { acrossDimensions: true }),
      ).toEqual(expected)
    }
  })

  it('reports exactly the pairs at or above the threshold', () => {
    const similarities = duplicateSimilarities(notes)
    for (const threshold of [0.2, 0.5, 0.8]) {
      const expected = similarities.filter((p) => p.similarity >= threshold).map((p) => [p.a, p.b])
      expect(findNearDuplicates(notes, { threshold })).toEqual(expected)
    }
  })
})
