import { describe, expect, it } from 'vitest'
import { matchesShortcut } from './useShortcuts'

const key = (
  k: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
})

describe('matchesShortcut', () => {
  it('reads Mod as Ctrl or Cmd, and needs the exact modifiers', () => {
    expect(matchesShortcut('Mod+G', key('g', { ctrlKey: true }))).toBe(true)
    expect(matchesShortcut('Mod+G', key('G', { metaKey: true }))).toBe(true)
    expect(matchesShortcut('Mod+G', key('g'))).toBe(false)
    expect(matchesShortcut('Mod+G', key('g', { ctrlKey: true, shiftKey: true }))).toBe(false)
    expect(matchesShortcut('H', key('h'))).toBe(true)
    expect(matchesShortcut('H', key('h', { ctrlKey: true }))).toBe(false)
  })
})
