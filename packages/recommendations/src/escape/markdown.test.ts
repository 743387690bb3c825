import { expect, test } from 'vitest'
import { escapeMarkdown, escapeMarkdownCell, escapeMarkdownLine } from './markdown.js'

test.each([
  ['**bold**', '\\*\\*bold\\*\\*'],
  ['<b>hi</b>', '\\<b\\>hi\\</b\\>'],
  ['[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
  ['a | b', 'a \\| b'],
  ['`x` ~y~ _z_', '\\`x\\` \\~y\\~ \\_z\\_'],
  ['&amp; & co', '\\&amp; & co'],
  ['# titre', '\\# titre'],
  ['- item', '\\- item'],
  ['+ de visibilité', '\\+ de visibilité'],
  ['2021. année', '2021\\. année'],
  ['see http://x.example', 'see http\\://x.example'],
  ['www.x.example', 'www\\.x.example'],
  ['me@x.example', 'me\\@x.example'],
  ["l'argent, les salariés-associés", "l'argent, les salariés-associés"],
])('escapeMarkdownLine(%j) = %j', (input, expected) => {
  expect(escapeMarkdownLine(input)).toBe(expected)
})

test('line-start rules are skipped where the text does not start a line', () => {
  expect(escapeMarkdownLine('+ de visibilité', false)).toBe('+ de visibilité')
  expect(escapeMarkdownLine('1. point', false)).toBe('1. point')
})

test('multi-line text keeps its lines with hard breaks and cannot leave its block', () => {
  expect(escapeMarkdown('un\n\n- deux', '  ')).toBe('un\\\n  \\- deux')
})

test('table cells are one line', () => {
  expect(escapeMarkdownCell('a\nb|c')).toBe('a b\\|c')
})
