import type { Browser, Page } from 'playwright-core'
import { boardReady } from './canvasProbe'

// The canvas at its default zoom (issue 8), called by screenshots.run.ts for
// the README scenes and by canvas.e2e.test.ts for /tmp/shots-canvas.

export const BOARD_SIZES = [
  { width: 390, height: 844 },
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
] as const

/** Types a word in the canvas search, presses Enter and waits for the zoom to the matches. */
export async function searchFor(page: Page, word: string): Promise<void> {
  const box = page.getByRole('searchbox', { name: 'Rechercher dans les notes' })
  await box.fill(word)
  await page.getByTestId('search-count').waitFor()
  // Enter zooms at once (typing zooms after a pause): the view is where it will stay.
  await box.press('Enter')
  await boardReady(page)
}

/**
 * The README scenes: the board on a tablet (1024x768) and a search at
 * 1440x900, from a facilitator link of a seeded workshop.
 */
export async function canvasShots(browser: Browser, boardUrl: string, out: string): Promise<void> {
  const tablet = await browser.newContext({ viewport: { width: 1024, height: 768 } })
  const page = await tablet.newPage()
  await page.goto(boardUrl)
  await boardReady(page)
  await page.screenshot({ path: `${out}/board-1024x768.png` })
  await tablet.close()
  const laptop = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const search = await laptop.newPage()
  await search.goto(boardUrl)
  await boardReady(search)
  await searchFor(search, 'coopérative')
  await search.screenshot({ path: `${out}/board-search-1440x900.png` })
  await laptop.close()
}
