import { useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useHyphenate } from './useHyphenate'
import { hyphenateWideWords } from './wideWords'

let context: CanvasRenderingContext2D | null | undefined

/** Width of `word` in CSS px drawn in `font` (a CSS font shorthand); null where no canvas can measure. */
function wordWidth(word: string, font: string): number | null {
  context ??= document.createElement('canvas').getContext('2d')
  if (!context) return null
  context.font = font
  return context.measureText(word).width
}

interface Line {
  /** The width a line of the parent box has, in CSS px (0 until measured). */
  width: number
  font: string
}

/** `last` when nothing changed, so that React renders nothing again. */
function sameOr(last: Line, next: Line): Line {
  return last.width === next.width && last.font === next.font ? last : next
}

function measureLine(span: HTMLElement): Line {
  const box = span.parentElement ?? span
  const boxStyle = getComputedStyle(box)
  const width =
    box.clientWidth -
    Number.parseFloat(boxStyle.paddingLeft) -
    Number.parseFloat(boxStyle.paddingRight)
  const s = getComputedStyle(span)
  return { width, font: `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}` }
}

/**
 * A text shown large on the projector: a word too wide for a line of the
 * box it sits in breaks at a syllable, with a hyphen, instead of being cut
 * anywhere ("impartageab / les"); the others stay whole. Until the
 * workshop's patterns have loaded, the text is shown as typed.
 */
export function HyphenatedText({ text }: { text: string }) {
  const hyphenate = useHyphenate()
  const ref = useRef<HTMLSpanElement>(null)
  const [line, setLine] = useState<Line>({ width: 0, font: '' })
  // After every render (a new font size comes with the grid's), and on every resize of the box.
  useLayoutEffect(() => {
    const span = ref.current
    if (span) setLine((last) => sameOr(last, measureLine(span)))
  })
  useLayoutEffect(() => {
    const span = ref.current
    const box = span?.parentElement
    if (!span || !box) return
    const observer = new ResizeObserver(() => setLine((last) => sameOr(last, measureLine(span))))
    observer.observe(box)
    return () => observer.disconnect()
  }, [])
  const shown = useMemo(() => {
    if (!hyphenate || line.width <= 0) return text
    return hyphenateWideWords(text, hyphenate, (word) => {
      const width = wordWidth(word, line.font)
      return width !== null && width > line.width
    })
  }, [text, hyphenate, line])
  return <span ref={ref}>{shown}</span>
}
