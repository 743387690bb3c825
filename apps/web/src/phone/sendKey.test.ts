import { describe, expect, it } from 'vitest'
import { isLineBreakInput } from './sendKey'

describe('the line break a keyboard send key is about to insert', () => {
  it('is recognised in every form browsers give it', () => {
    expect(isLineBreakInput('insertLineBreak', null)).toBe(true)
    expect(isLineBreakInput('insertParagraph', null)).toBe(true)
    for (const data of ['\n', '\r', '\r\n']) expect(isLineBreakInput('insertText', data)).toBe(true)
  })

  it('leaves typing, composing and pasting alone', () => {
    expect(isLineBreakInput('insertText', 'a')).toBe(false)
    expect(isLineBreakInput('insertText', 'ligne\n')).toBe(false)
    expect(isLineBreakInput('insertText', null)).toBe(false)
    expect(isLineBreakInput('insertCompositionText', '\n')).toBe(false)
    expect(isLineBreakInput('insertFromPaste', null)).toBe(false)
    expect(isLineBreakInput('deleteContentBackward', null)).toBe(false)
  })
})
