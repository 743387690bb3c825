import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { type App, phoneContext } from './harness'
import { loadServer, loadWebSocket } from './server'

// Screenshots of the facilitation tools, called by screenshots.run.ts:
// suggestion review on the board, the side panel's controls, the cluster
// panel during synthesis, a phone voting, the projector's ranked results.

const settle = (page: Page) => page.waitForTimeout(800)

export async function facilitationShots(app: App, dataset: unknown, out: string): Promise<void> {
  const shot = (page: Page, name: string) => page.screenshot({ path: `${out}/${name}.png` })
  const { seedWorkshop } = await loadServer()
  const WebSocket = await loadWebSocket()

  // Collected, not clustered yet: what "Suggest clusters" proposes.
  const fresh = await seedWorkshop(app.server.url, dataset, { WebSocket, until: 'collect' })
  const facilitator = await app.browser.newContext({ viewport: { width: 1440, height: 900 } })
  const board = await facilitator.newPage()
  await board.goto(`${fresh.facilitatorUrl}&code=${fresh.code}`)
  await board.locator('.board-canvas canvas').first().waitFor()
  await settle(board)
  await board.getByRole('button', { name: 'Suggérer des groupes' }).click()
  const first = board.getByTestId('proposal').first()
  await first.hover()
  await first.getByRole('button', { name: 'Voir sur le tableau' }).click()
  await settle(board)
  await shot(board, 'board-suggestions-1440x900')
  await facilitator.close()

  // Voted: live counts in the side panel, results on the projector.
  const voted = await seedWorkshop(app.server.url, dataset, { WebSocket, until: 'vote' })
  const facilitator2 = await app.browser.newContext({ viewport: { width: 1440, height: 2400 } })
  const board2 = await facilitator2.newPage()
  await board2.goto(`${voted.facilitatorUrl}&code=${voted.code}`)
  await expect.poll(() => board2.getByTestId('live-dots').count()).toBeGreaterThan(3)
  await board2.locator('.timer-control button', { hasText: '5 min' }).click()
  await settle(board2)
  await board2.locator('.side-panel').screenshot({ path: `${out}/board-side-panel.png` })

  // The cluster panel while writing recommendations.
  await board2.setViewportSize({ width: 1440, height: 900 })
  await board2.getByRole('button', { name: 'Liste' }).click()
  await board2
    .locator('.list-view__cluster')
    .filter({ has: board2.getByRole('heading', { name: /^Rendre le modèle visible/ }) })
    .getByRole('button', { name: /^Ouvrir le groupe/ })
    .click()
  await board2.getByRole('button', { name: 'Tableau' }).click()
  await settle(board2)
  await shot(board2, 'board-cluster-panel-1440x900')

  // The ranking is the vote's view (synthesis shows the recommendations): back to the vote.
  await board2.getByRole('radio', { name: 'Vote' }).check({ force: true })
  const projector = await app.browser.newContext({ viewport: { width: 1920, height: 1080 } })
  const screen = await projector.newPage()
  await screen.goto(`${voted.screenUrl}&code=${voted.code}`)
  await screen.getByTestId('screen-results').waitFor()
  await settle(screen)
  await shot(screen, 'projector-ranking-1920x1080')

  // A phone in the vote, two dots placed.
  const phone = await phoneContext(app.browser)
  // Joining mid-vote: no text box to wait for (joinAsPhone's signal), the dots instead.
  const mobile = await phone.newPage()
  await mobile.goto(`${app.server.url}/j/${voted.code}`)
  await mobile.getByLabel(/pseudonyme/i).fill('Camille')
  await mobile.getByRole('button', { name: 'Entrer' }).click()
  await mobile.locator('.vote__item').first().waitFor()
  const add = mobile.getByRole('button', { name: /Ajouter une gommette/ })
  await add.nth(1).click()
  await add.nth(1).click()
  await add.nth(3).click()
  await settle(mobile)
  await shot(mobile, 'phone-vote-dots-390x844')
  await phone.close()
  await projector.close()
  await facilitator2.close()
}
