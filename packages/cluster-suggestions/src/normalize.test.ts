import { describe, expect, it } from 'vitest'
import { normalize } from './normalize.js'

describe('normalize', () => {
  it('folds case, accents and ligatures', () => {
    expect(normalize('Élodie MANGE des Œufs à Noël')).toBe('elodie mange des oeufs a noel')
  })

  it('drops French elisions whatever the apostrophe', () => {
    expect(normalize("l'argent")).toBe('argent')
    expect(normalize('l’argent qu’on a jusqu’ici')).toBe('argent on a ici')
    expect(normalize("L'URSCOP d'Auvergne")).toBe('urscop auvergne')
  })

  it('keeps an apostrophe inside a word as a space, not an elision', () => {
    expect(normalize("aujourd'hui")).toBe('aujourd hui')
  })

  it('removes markup, punctuation and emoji', () => {
    expect(normalize('<b>Important</b> : un **espace** unique 👏 !!!')).toBe(
      'important un espace unique',
    )
    expect(normalize('Tom &amp; Léa')).toBe('tom lea')
  })

  it('gives an empty string for a note without words', () => {
    expect(normalize('🌱 ?! ☀️')).toBe('')
  })
})
