import { expect, test } from 'vitest'
import { csvDialect, csvDocument, csvField } from './csv.js'

const fr = csvDialect('fr')
const en = csvDialect('en')

test.each([
  ['plain', 'plain'],
  ['a, b', '"a, b"'],
  ['a; b', '"a; b"'],
  ['say "hi"', '"say ""hi"""'],
  ['two\nlines', '"two\nlines"'],
  ['=1+1', "'=1+1"],
  ['+33 6 12', "'+33 6 12"],
  ['-2', "'-2"],
  ['@SUM(A1)', "'@SUM(A1)"],
  ['\tx', "'\tx"],
  ['\rx', `"'\rx"`],
  ['=HYPERLINK("u","t")', `"'=HYPERLINK(""u"",""t"")"`],
  ['=1;2', `"'=1;2"`],
  ['a=b', 'a=b'],
])('csvField(%j) = %j in both dialects', (input, expected) => {
  expect(csvField(input, fr)).toBe(expected)
  expect(csvField(input, en)).toBe(expected)
})

test('numbers take the decimal mark of the dialect and are never prefixed', () => {
  expect(csvField(12.5, fr)).toBe('12,5')
  expect(csvField(12.5, en)).toBe('12.5')
  expect(csvField(-3, fr)).toBe('-3')
  expect(csvField(0.1935, fr)).toBe('0,1935')
  expect(csvField(24, fr)).toBe('24')
})

test('French: semicolons; English: commas; both with a BOM and CRLF after every row', () => {
  const rows = [
    ['é', 1.5],
    ['b, c', 2],
  ]
  expect(csvDocument(rows, fr)).toBe('\uFEFFé;1,5\r\n"b, c";2\r\n')
  expect(csvDocument(rows, en)).toBe('\uFEFFé,1.5\r\n"b, c",2\r\n')
})
