import { expect, test } from 'vitest'
import { formatDate, formatShare, labelsFor } from './labels.js'

test('dates are written out in the workshop language, whatever the time zone', () => {
  expect(formatDate('2021-06-10', 'fr')).toBe('10 juin 2021')
  expect(formatDate('2021-06-10', 'en')).toBe('10 June 2021')
  expect(formatDate('2021-01-01', 'fr')).toBe('1 janvier 2021')
})

test('a malformed date is shown as given rather than as "Invalid Date"', () => {
  expect(formatDate('bientôt', 'fr')).toBe('bientôt')
})

test('shares are percentages with at most one decimal, French style in French', () => {
  expect(formatShare(0.1935, 'en')).toBe('19.4%')
  // The space is a no-break one; which (U+00A0 or U+202F) depends on the ICU data.
  expect(formatShare(0.1935, 'fr')).toMatch(/^19,4[\u00a0\u202f]%$/)
  expect(formatShare(0, 'fr')).toMatch(/^0[\u00a0\u202f]%$/)
})

test('both languages have every label', () => {
  const fr = labelsFor('fr')
  const en = labelsFor('en')
  expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort())
  for (const value of [...Object.values(fr), ...Object.values(en)]) expect(value).not.toBe('')
})
