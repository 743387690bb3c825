import { describe, expect, it } from 'vitest'
import { loadHyphenator, SOFT_HYPHEN } from './hyphenate'
import { hyphenateWideWords } from './wideWords'

const marked = (text: string) => text.replaceAll(SOFT_HYPHEN, '|')

describe('hyphenating only the words too wide for their line', () => {
  it('marks the long word and leaves the ones that fit whole', async () => {
    const hyphenate = await loadHyphenator('fr')
    // Eleven letters fit on the line, as on a wall card at 1920x1080.
    const fitsEleven = (word: string) => word.length > 11
    expect(
      marked(
        hyphenateWideWords('La démocratie et les réserves impartageables', hyphenate, fitsEleven),
      ),
    ).toBe('La démocratie et les réserves im|par|ta|geables')
  })

  it('keeps the spaces and line breaks as typed', async () => {
    const hyphenate = await loadHyphenator('fr')
    const text = '  Groupements\n\nmomentanés  entre SCOP '
    const all = hyphenateWideWords(text, hyphenate, () => true)
    expect(marked(all)).toBe('  Grou|pe|ments\n\nmo|men|ta|nés  entre SCOP ')
    expect(hyphenateWideWords(text, hyphenate, () => false)).toBe(text)
  })
})
