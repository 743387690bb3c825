import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { type App, PHONE, phoneContext } from './harness'
import { loadServer, loadWebSocket } from './server'

// Screenshots of the phone through a session's end (issue 8), called by
// screenshots.run.ts: a vote cluster opened, the ranking once shown, the
// final summary once closed, and the shared results page. More `sizes`
// (a review at all four) also take the refused code, the side panel's
// share item and the results page at each size.

export interface Viewport {
  width: number
  height: number
}

const settle = (page: Page) => page.waitForTimeout(800)

/** Scrolls `selector` to just under the phone's sticky bar. */
const scrollTo = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const element = document.querySelector(s)
    if (!element) return
    window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 64)
  }, selector)

export async function phoneFlowShots(
  app: App,
  dataset: unknown,
  out: string,
  sizes: readonly Viewport[] = [PHONE],
): Promise<void> {
  const shots = async (page: Page, name: string, selector?: string) => {
    for (const size of sizes) {
      await page.setViewportSize(size)
      if (selector) await scrollTo(page, selector)
      await settle(page)
      await page.screenshot({ path: `${out}/${name}-${size.width}x${size.height}.png` })
    }
    await page.setViewportSize(PHONE)
  }
  const review = sizes.length > 1
  const { seedWorkshop } = await loadServer()
  const seeded = await seedWorkshop(app.server.url, dataset, {
    WebSocket: await loadWebSocket(),
    until: 'vote',
  })
  const facilitator = await app.browser.newContext({ viewport: { width: 1440, height: 900 } })
  const board = await facilitator.newPage()
  await board.goto(`${seeded.facilitatorUrl}&code=${seeded.code}`)
  await expect
    .poll(() => board.getByTestId('live-dots').count(), { timeout: 15_000 })
    .toBeGreaterThan(3)

  const phone = await phoneContext(app.browser)
  const mobile = await phone.newPage()
  if (review) {
    // A mistyped code, refused before the pseudonym.
    await mobile.goto(`${app.server.url}/j/ZZZZZZ`)
    await mobile.getByRole('alert').waitFor()
    await shots(mobile, 'phone-join-unknown')
  }

  // Back in the vote, results hidden: a cluster opened, two dots on it.
  await board.getByRole('button', { name: 'Masquer les résultats' }).click()
  await board.getByRole('radio', { name: 'Vote' }).check({ force: true })
  await mobile.goto(`${app.server.url}/j/${seeded.code}`)
  await mobile.getByLabel(/pseudonyme/i).fill('Camille')
  await mobile.getByRole('button', { name: 'Entrer' }).click()
  const item = mobile.locator('.vote__item', { hasText: 'Rendre le modèle visible' })
  await item.getByRole('button', { name: /^▸?\s*Rendre le modèle visible/ }).click()
  const add = item.getByRole('button', { name: /Ajouter une gommette/ })
  await add.click()
  await expect.poll(() => item.locator('.vote__dots [aria-hidden]').textContent()).toBe('●')
  await add.click()
  await expect.poll(() => item.locator('.vote__dots [aria-hidden]').textContent()).toBe('●●')
  const id = await item.getAttribute('data-cluster-id')
  await shots(mobile, 'phone-vote-open', `.vote__item[data-cluster-id="${id}"]`)

  // Results shown during the synthesis: the ranking.
  await board.getByRole('radio', { name: 'Synthèse' }).check({ force: true })
  await board.getByRole('button', { name: 'Afficher les résultats' }).click()
  await mobile.getByTestId('phone-ranking').waitFor()
  await shots(mobile, 'phone-ranking', '.ranking')

  // Closed: the final summary, first recommendation's notes opened.
  await board.getByRole('radio', { name: 'Atelier terminé' }).check({ force: true })
  await mobile.getByTestId('final-summary').waitFor()
  await mobile.locator('.summary__notes summary').first().click()
  await shots(mobile, 'phone-summary', '.summary')

  // The shared link, opened where nobody joined.
  await board.getByRole('button', { name: 'Créer le lien de résultats' }).click()
  const link = await board.getByLabel('Lien des résultats').inputValue()
  if (review) {
    await board.locator('.share-results').scrollIntoViewIfNeeded()
    await settle(board)
    await board.screenshot({ path: `${out}/board-share-results-1440x900.png` })
  }
  const readers = await app.browser.newContext({ viewport: { width: 1440, height: 900 } })
  const reader = await readers.newPage()
  await reader.goto(link)
  await reader.getByTestId('final-summary').waitFor()
  await settle(reader)
  await reader.screenshot({ path: `${out}/results-1440x900.png` })
  for (const size of review ? sizes : []) {
    await reader.setViewportSize(size)
    await settle(reader)
    await reader.screenshot({ path: `${out}/results-${size.width}x${size.height}.png` })
  }
  await readers.close()
  await phone.close()
  await facilitator.close()
}
