// Emoji in participant text (the Lyon notes have 😅 🙏 🌱 👏 😴 ☀️): report
// fonts have no glyph for them, so each renderer hands emoji to an emoji font
// explicitly (an HTML span, a DOCX run) instead of hoping the viewer's
// fallback finds one, and showing an empty box when it does not.

/**
 * One emoji as people see it: a pictograph shown as emoji by default, or one
 * asked to be (U+FE0F), with its skin-tone modifiers, variation selectors and
 * ZWJ-joined parts. Pictographs that are text by default (©, ™, ↔ without
 * U+FE0F) stay in the text font.
 */
const EMOJI =
  /(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)(?:\p{Emoji_Modifier}|\uFE0F|\u20E3|\u200D(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F?))*/gu

export interface TextSegment {
  text: string
  emoji: boolean
}

/**
 * Text cut into runs of emoji and of other characters, in order; adjacent
 * emoji (a flag's two letters, "👏👏") share one run. Joining the texts gives
 * the input back.
 *
 * @example
 * ```ts
 * splitEmoji('merci 🙏') // [{ text: 'merci ', emoji: false }, { text: '🙏', emoji: true }]
 * ```
 */
export function splitEmoji(text: string): TextSegment[] {
  const out: TextSegment[] = []
  let at = 0
  for (const match of text.matchAll(EMOJI)) {
    const start = match.index
    if (start > at) out.push({ text: text.slice(at, start), emoji: false })
    const last = out[out.length - 1]
    if (last?.emoji && start === at) last.text += match[0]
    else out.push({ text: match[0], emoji: true })
    at = start + match[0].length
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), emoji: false })
  return out
}

/** True when the text holds at least one emoji. */
export function hasEmoji(text: string): boolean {
  return splitEmoji(text).some((segment) => segment.emoji)
}
