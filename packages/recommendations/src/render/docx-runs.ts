import { type IRunOptions, type ParagraphChild, TextRun } from 'docx'
import { splitEmoji } from './emoji.js'

// Text as Word runs. Calibri has no emoji: Word shows an empty box unless the
// run names a font that has them, so every emoji gets its own run in Segoe UI
// Emoji (Windows' colour emoji font; LibreOffice substitutes Noto Color Emoji).
// docx writes `font: name` as w:rFonts for all four scripts (ascii, hAnsi,
// eastAsia, cs), so whichever slot Word picks for the character, it is this.

export const EMOJI_FONT = 'Segoe UI Emoji'

type RunOptions = Omit<IRunOptions, 'text' | 'children'>

/**
 * Runs for one line of text with the given formatting; emoji runs also get
 * the emoji font. Participant text enters the document only as a run's text,
 * which docx XML-escapes.
 */
export function textRuns(text: string, options: RunOptions = {}): TextRun[] {
  return splitEmoji(text).map(
    (segment) =>
      new TextRun({
        ...options,
        text: segment.text,
        ...(segment.emoji ? { font: EMOJI_FONT } : {}),
      }),
  )
}

/** Text with line breaks as runs separated by breaks; a TextRun ignores "\n". */
export function lines(text: string, options: RunOptions = {}): ParagraphChild[] {
  return text.split(/\r\n|\r|\n/).flatMap((line, i) => {
    const runs = textRuns(line, options)
    return i === 0 ? runs : [new TextRun({ ...options, break: 1 }), ...runs]
  })
}
