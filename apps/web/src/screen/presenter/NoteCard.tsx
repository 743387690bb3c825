import { HyphenatedText } from '../../shared/hyphenation/HyphenatedText'
import type { Tone } from './tones'

interface Props {
  id: string
  text: string
  tone: Tone | undefined
  fontPx: number
  /** Lines the card may use; a longer note ends in an ellipsis rather than overflowing. */
  lines: number
  label?: string
}

/** One note as the room reads it: a large card, the dimension's colour on its edge. */
export function NoteCard({ id, text, tone, fontPx, lines, label }: Props) {
  return (
    <article
      className="note-card"
      data-testid="note-card"
      data-note-id={id}
      style={{
        fontSize: `${fontPx}px`,
        background: tone?.card,
        borderLeftColor: tone?.edge,
      }}
    >
      {label ? <span className="note-card__label">{label}</span> : null}
      <p className="note-card__text" style={{ WebkitLineClamp: Math.max(1, lines) }}>
        <HyphenatedText text={text} />
      </p>
    </article>
  )
}

/** Lines of text a card of `height` px holds at `fontPx` (line height 1.2, padding included). */
export function linesFor(height: number, fontPx: number): number {
  return Math.max(1, Math.floor((height - 24) / (fontPx * 1.2)))
}
