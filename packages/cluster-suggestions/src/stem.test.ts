import { describe, expect, it } from 'vitest'
import { normalize } from './normalize.js'
import { stem } from './stem.js'

const stemOf = (word: string) => stem(normalize(word))

describe('stem (French)', () => {
  it.each([
    ['formation', 'formations', 'former', 'formé', 'formées'],
    ['coopérative', 'coopératives', 'coopération', 'coopérer', 'coopérateurs', 'coopératif'],
    ['salarié', 'salariés', 'salariée', 'salariées'],
    ['nouveau', 'nouveaux', 'nouvelle', 'nouvelles'],
    ['citoyen', 'citoyens', 'citoyenne', 'citoyennes'],
    ['écologie', 'écologique', 'écologiques'],
    ['démocratie', 'démocratique', 'démocraties'],
    ['accompagnement', 'accompagner', 'accompagné', 'accompagnements'],
    ['développement', 'développer', 'développé'],
    ['local', 'locale', 'locaux', 'locales'],
    ['visibilité', 'visible'],
    ['acteur', 'acteurs', 'actrice'],
    ['mutualiser', 'mutualisation', 'mutualisés'],
  ])('conflates %s and its family', (...family) => {
    const stems = new Set(family.map(stemOf))
    expect([...stems]).toHaveLength(1)
  })

  it('keeps unrelated words apart', () => {
    expect(stemOf('salaires')).not.toBe(stemOf('salariés'))
    expect(stemOf('formel')).not.toBe(stemOf('formation'))
    expect(stemOf('argent')).not.toBe(stemOf('agent'))
  })

  it('leaves short words and numbers alone', () => {
    expect(stem('ess')).toBe('ess')
    expect(stem('ag')).toBe('ag')
    expect(stem('2014')).toBe('2014')
  })
})

describe('stem (English)', () => {
  it('conflates plurals and -ing/-ed forms', () => {
    const stems = new Set(['share', 'shares', 'sharing', 'shared'].map((w) => stem(w, 'en')))
    expect([...stems]).toHaveLength(1)
    expect(stem('cooperatives', 'en')).toBe(stem('cooperative', 'en'))
    expect(stem('policies', 'en')).toBe(stem('policy', 'en'))
  })
})
