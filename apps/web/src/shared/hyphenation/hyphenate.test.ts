import { describe, expect, it } from 'vitest'
import { loadHyphenator, SOFT_HYPHEN, withoutSoftHyphens } from './hyphenate'

const marked = (text: string) => text.replaceAll(SOFT_HYPHEN, '|')

describe('hyphenation of what the projector shows', () => {
  it('marks where French words may break, at syllables', async () => {
    const hyphenate = await loadHyphenator('fr')
    // Cut as "impartageab / les" on a 1920x1080 wall before.
    expect(marked(hyphenate('Les réserves impartageables'))).toBe('Les ré|serves im|par|ta|geables')
    expect(marked(hyphenate('Groupements momentanés'))).toBe('Grou|pe|ments mo|men|ta|nés')
  })

  it('leaves short words, and the text as typed, untouched', async () => {
    const hyphenate = await loadHyphenator('fr')
    const text = "**URGENT** il manque des post-it jaunes, vive l'inter-coop <b>!!!</b>"
    expect(withoutSoftHyphens(hyphenate(text))).toBe(text)
    expect(hyphenate('Mes potes pensent que')).toBe('Mes potes pensent que')
    // Plain text: what looks like markup is hyphenated like any word.
    expect(marked(hyphenate('<coopératives> a < b'))).toBe('<co|opé|ra|tives> a < b')
  })

  it('uses English patterns for an English workshop', async () => {
    const hyphenate = await loadHyphenator('en')
    expect(marked(hyphenate('cooperatives'))).not.toBe(
      marked((await loadHyphenator('fr'))('cooperatives')),
    )
    expect(marked(hyphenate('hyphenation'))).toBe('hy|phen|ation')
  })
})
