import { describe, expect, it } from 'vitest'
import { compileQuery, searchNotes } from './match'

const notes = [
  { id: 'a', text: 'Les Coopératives du territoire', dimension: 'vision' },
  { id: 'b', text: 'Une cooperative, ça se gère à plusieurs', dimension: 'efficacite' },
  { id: 'c', text: "L'ÉCONOMIE sociale et solidaire", dimension: 'vision' },
  { id: 'd', text: 'Former les nouveaux associés', dimension: 'reseau' },
]

describe('compileQuery', () => {
  it('ignores accents, case and plural: "coopérative" finds "cooperatives"', () => {
    const match = compileQuery('coopérative')!
    expect(match('Les cooperatives du territoire')).toBe(true)
    expect(match('COOPÉRATIVES')).toBe(true)
    expect(match('Former les associés')).toBe(false)
  })

  it('matches a word being typed as a prefix, and requires every word', () => {
    expect(compileQuery('écon')!("L'économie sociale")).toBe(true)
    expect(compileQuery('economie sociale')!("L'économie sociale")).toBe(true)
    expect(compileQuery('economie reseau')!("L'économie sociale")).toBe(false)
  })

  it('drops French elisions: "economie" finds "l’économie"', () => {
    expect(compileQuery('economie')!('l’économie')).toBe(true)
  })

  it('is null for an empty or punctuation-only query', () => {
    expect(compileQuery('  ')).toBeNull()
    expect(compileQuery('?!')).toBeNull()
  })
})

describe('searchNotes', () => {
  it('finds the notes of every dimension, or of one', () => {
    expect(searchNotes(notes, 'cooperatives', null)).toEqual(['a', 'b'])
    expect(searchNotes(notes, 'cooperatives', 'vision')).toEqual(['a'])
  })

  it('with only a dimension, matches its notes; with nothing, matches nothing', () => {
    expect(searchNotes(notes, '', 'vision')).toEqual(['a', 'c'])
    expect(searchNotes(notes, '', null)).toEqual([])
  })
})
