import { splitEmoji } from './emoji.js'

/**
 * Escaped HTML text with each emoji run wrapped in `<span class="emoji">`,
 * whose font stack starts with the colour emoji fonts: the report's text
 * fonts (DejaVu Sans has a black-and-white ☀) would otherwise win. Only for
 * element content, never inside an attribute or <title>. Escaped text holds
 * no emoji inside its entities, so splitting it is safe.
 */
export function markEmoji(escaped: string): string {
  return splitEmoji(escaped)
    .map((s) => (s.emoji ? `<span class="emoji">${s.text}</span>` : s.text))
    .join('')
}
