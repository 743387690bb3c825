import type { Page } from 'playwright-core'

/**
 * Elements that wrap, and every place one wraps inside a word: a line break
 * between two characters neither of which is a space, a dash or a soft
 * hyphen (where the browser draws a hyphen). Lines hidden past a line clamp
 * count too: the room does not see them, but they are laid out the same.
 */
export function breaksInsideWords(
  page: Page,
  selector = 'h1, h2, h3',
): Promise<{ wrapped: number; inside: string[] }> {
  return page.evaluate((selector) => {
    const inside: string[] = []
    let wrapped = 0
    for (const heading of document.querySelectorAll(selector)) {
      // Each character with the top of its box, or null when it has none (a
      // space collapsed at a line end): a break is judged on the characters
      // between two drawn ones, spaces included.
      const chars: { char: string; top: number | null }[] = []
      const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? ''
        for (let i = 0; i < text.length; i++) {
          const range = document.createRange()
          range.setStart(node, i)
          range.setEnd(node, i + 1)
          // The last box: where a line breaks at a soft hyphen, Chromium
          // gives the next character two, the hyphen drawn at the line's
          // end and the character itself on the next line.
          const rects = range.getClientRects()
          const rect = rects[rects.length - 1]
          chars.push({ char: text[i] ?? '', top: rect && rect.width > 0 ? rect.top : null })
        }
      }
      let lines = 1
      let last = -1
      for (let i = 0; i < chars.length; i++) {
        const top = chars[i]?.top
        if (top === null || top === undefined) continue
        const lastTop = last >= 0 ? chars[last]?.top : null
        if (lastTop !== null && lastTop !== undefined && top > lastTop + 2) {
          lines += 1
          const around = chars
            .slice(last, i + 1)
            .map((c) => c.char)
            .join('')
          if (!/[\s\-–—/\u00AD]/.test(around.slice(0, -1)) && !/\s/.test(around.slice(-1)))
            inside.push(`${heading.textContent}: …${around.slice(0, -1)}|${around.slice(-1)}…`)
        }
        last = i
      }
      if (lines > 1) wrapped += 1
    }
    return { wrapped, inside }
  }, selector)
}
