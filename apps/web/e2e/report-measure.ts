import type { Page } from 'playwright-core'

// Measurements of the printable report in Chromium, for the export e2e tests:
// pages of its PDF, the A4 text area in CSS pixels, where headings wrap, and
// whether a glyph came out in colour.

/** A4 (210 × 297 mm) less the report's @page margins (16 mm sides, 18 top, 20 bottom), at 96 dpi, rounded down. */
export const A4_CONTENT = {
  width: Math.floor(((210 - 2 * 16) / 25.4) * 96),
  height: Math.floor(((297 - 18 - 20) / 25.4) * 96),
}

/** Pages of the page printed to PDF as the report asks (its own @page size and margins). */
export async function pdfPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  // One page object per page; "/Type /Pages" (the tree) does not match.
  return (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length
}

/** Every block of the priorities summary filled with far more text than anyone writes. */
export function stretchPriorities(page: Page): Promise<void> {
  return page.evaluate(() => {
    const long = (word: string, n: number) => Array(n).fill(word).join(' ')
    const fill = (selector: string, text: string) => {
      for (const el of document.querySelectorAll(`section.priorities ${selector}`))
        el.textContent = text
    }
    fill('h1', long('Intercoopération', 20))
    fill('.priorities-facts', long('Territoire', 60))
    fill('h3', long('Dimension', 40))
    fill('.priority-title', long('Intercompréhension', 12))
    fill('.priority-text', long('Recommandation extraordinairement développée', 30))
  })
}

/** Pixels of a PNG that are clearly coloured (not grey, not transparent), counted in a page's canvas. */
export function colouredPixels(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const image = new Image()
    image.src = `data:image/png;base64,${base64}`
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = image.width
    canvas.height = image.height
    const context = canvas.getContext('2d')!
    context.drawImage(image, 0, 0)
    const { data } = context.getImageData(0, 0, image.width, image.height)
    let count = 0
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!]
      if (a > 128 && Math.max(r, g, b) - Math.min(r, g, b) > 60) count += 1
    }
    return count
  }, png.toString('base64'))
}
