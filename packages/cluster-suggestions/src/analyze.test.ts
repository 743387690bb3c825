import { describe, expect, it } from 'vitest'
import { analyze, tokenize } from './analyze.js'

/** Matching keys of the content words: what similarity actually compares. */
const keys = (text: string) =>
  analyze(text)
    .filter((token) => !token.stop)
    .map((token) => token.key)

describe('tokenize', () => {
  it('removes French and English stop words', () => {
    expect(tokenize("Il faut que l'on fasse de la formation pour tous les jeunes")).toEqual([
      'fasse',
      'formation',
      'jeunes',
    ])
    expect(tokenize('The training of the young members')).toEqual(['training', 'young', 'members'])
  })

  it('expands the acronyms of the cooperative movement', () => {
    expect(tokenize("L'AG de l'URS et les coops")).toEqual(['ag', 'urscop', 'cooperatives'])
    expect(tokenize('loi ESS')).toEqual(['loi', 'ess'])
    expect(tokenize('Économie sociale et solidaire')).toEqual(['ess'])
    expect(tokenize('la CG Scop')).toEqual(['cgscop'])
    expect(tokenize('Confédération générale des SCOP')).toEqual(['cgscop'])
    expect(tokenize("l'union régionale")).toEqual(['urscop'])
    expect(tokenize('les assemblées générales')).toEqual(['ag'])
    expect(tokenize('mutualiser la RH')).toEqual(['mutualiser', 'rh'])
    expect(tokenize('Ressources humaines')).toEqual(['rh'])
  })

  it('reads CA as the board only when typed in capitals: "ça" folds to "ca"', () => {
    expect(tokenize('Rotation des mandats au CA')).toEqual(['rotation', 'mandats', 'ca'])
    expect(tokenize("c'est ça qui change tout")).toEqual(['change'])
    expect(tokenize('ca marche')).toEqual(['marche'])
    expect(tokenize("conseil d'administration")).toEqual(['ca'])
  })

  it('expands SMS spellings before dropping stop words', () => {
    expect(tokenize('tjs les mêmes ds les AG, qd on vote')).toEqual(['ag', 'vote'])
  })
})

describe('analyze', () => {
  it('gives every spelling of one idea the same key', () => {
    expect(keys('Les coops')).toEqual(keys('la coopérative'))
    expect(keys('AG')).toEqual(keys('Assemblée générale'))
    expect(keys('URSCOP')).toEqual(keys("l'Union régionale"))
    expect(keys('ma boîte')).toEqual(keys('mon entreprise'))
    expect(keys('les patrons')).toEqual(keys('le dirigeant'))
    expect(keys('inter-coop')).toEqual(keys('intercoop'))
  })

  it('keeps what the participant typed for titles', () => {
    const tokens = analyze("Former les nouveaux associés à l'URSCOP")
    expect(tokens.map((t) => t.surface)).toEqual([
      'former',
      'les',
      'nouveaux',
      'associés',
      'à',
      'URSCOP',
    ])
    expect(tokens.filter((t) => t.stop).map((t) => t.surface)).toEqual(['les', 'à'])
  })
})
