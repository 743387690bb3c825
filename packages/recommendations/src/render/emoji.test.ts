import { expect, test } from 'vitest'
import { hasEmoji, splitEmoji } from './emoji.js'

test('cuts text around emoji, and gives the input back when joined', () => {
  for (const text of [
    'Le buffet était top, merci 🙏',
    '🌱 planète d’abord',
    'en terrasse ? ☀️',
    'bravo 👏🏽👏 et 🇫🇷',
    'famille 👨‍👩‍👧 ok',
    '',
  ]) {
    expect(
      splitEmoji(text)
        .map((s) => s.text)
        .join(''),
    ).toBe(text)
  }
  expect(splitEmoji('merci 🙏')).toEqual([
    { text: 'merci ', emoji: false },
    { text: '🙏', emoji: true },
  ])
  expect(splitEmoji('en terrasse ? ☀️').at(-1)).toEqual({ text: '☀️', emoji: true })
  expect(
    splitEmoji('bravo 👏🏽👏 et 🇫🇷')
      .filter((s) => s.emoji)
      .map((s) => s.text),
  ).toEqual(['👏🏽👏', '🇫🇷'])
  expect(splitEmoji('famille 👨‍👩‍👧 ok')[1]).toEqual({ text: '👨‍👩‍👧', emoji: true })
})

test('text-style symbols and ordinary punctuation stay text', () => {
  expect(hasEmoji('SCOP© 2021 – 10 € ↔ 50 % « ok »')).toBe(false)
  expect(hasEmoji('#1 et 2*3')).toBe(false)
  expect(hasEmoji('Merci 👏')).toBe(true)
})
