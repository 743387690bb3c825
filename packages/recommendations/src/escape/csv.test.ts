import { expect, test } from 'vitest'
import { csvDocument, csvField } from './csv.js'

test.each([
  ['plain', 'plain'],
  ['a, b', '"a, b"'],
  ['say "hi"', '"say ""hi"""'],
  ['two\nlines', '"two\nlines"'],
  ['=1+1', "'=1+1"],
  ['+33 6 12', "'+33 6 12"],
  ['-2', "'-2"],
  ['@SUM(A1)', "'@SUM(A1)"],
  ['\tx', "'\tx"],
  ['\rx', `"'\rx"`],
  ['=HYPERLINK("u","t")', `"'=HYPERLINK(""u"",""t"")"`],
  ['a=b', 'a=b'],
])('csvField(%j) = %j', (input, expected) => {
  expect(csvField(input)).toBe(expected)
})

test('numbers are written as numbers, even negative ones', () => {
  expect(csvField(-3)).toBe('-3')
  expect(csvField(0.1935)).toBe('0.1935')
})

test('a document starts with a BOM and ends every row with CRLF', () => {
  expect(
    csvDocument([
      ['é', 1],
      ['b', 2],
    ]),
  ).toBe('\uFEFFé,1\r\nb,2\r\n')
})
