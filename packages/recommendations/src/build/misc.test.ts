import { expect, test } from 'vitest'
import { isMiscTitle } from './misc.js'

test.each([
  ['Divers / hors sujet', true],
  ['divers', true],
  ['DIVERS', true],
  ['Autres', true],
  ['Autre idée', true],
  ['Hors-sujet', true],
  ['Misc.', true],
  ['Miscellaneous', true],
  ['Others', true],
  ['Off-topic', true],
  ['', true],
  ['   ', true],
  ['Diversité des métiers', false],
  ['Autrement dit', false],
  ['Transition écologique', false],
  ['Partager les autres savoirs', false],
])('isMiscTitle(%j) is %s', (title, expected) => {
  expect(isMiscTitle(title)).toBe(expected)
})
