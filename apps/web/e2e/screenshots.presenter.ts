import { lyonDataset } from '@atelier/fixtures'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import type { App } from './harness'
import { someNotes } from './presenter.support'
import { loadServer, loadWebSocket } from './server'

// Screenshots of the projector's presenter views (issue 8), called by
// screenshots.run.ts at 1920x1080, and at every size while developing:
// the wall of cards, follow me, one cluster, the vote, the ranking, the
// recommendation being written and the recommendations.

const settle = (page: Page) => page.waitForTimeout(800)

export async function presenterShots(
  app: App,
  out: string,
  sizes: readonly { width: number; height: number }[] = [{ width: 1920, height: 1080 }],
): Promise<void> {
  const { seedWorkshop } = await loadServer()
  const WebSocket = await loadWebSocket()
  const contexts = await Promise.all(sizes.map((viewport) => app.browser.newContext({ viewport })))
  const facilitatorContext = await app.browser.newContext({
    viewport: { width: 1440, height: 900 },
  })
  const shootAll = async (screens: Page[], scene: string) => {
    for (const [i, screen] of screens.entries()) {
      await settle(screen)
      const { width, height } = sizes[i]!
      await screen.screenshot({ path: `${out}/projector-${scene}-${width}x${height}.png` })
    }
  }
  const openScreens = async (seeded: { screenUrl: string; code: string }) =>
    Promise.all(
      contexts.map(async (context) => {
        const page = await context.newPage()
        await page.goto(`${seeded.screenUrl}&code=${seeded.code}`)
        return page
      }),
    )
  try {
    // Collect: 24 notes across the three dimensions.
    const collecting = await seedWorkshop(app.server.url, someNotes(lyonDataset(), 24), {
      WebSocket,
      until: 'collect',
    })
    const walls = await openScreens(collecting)
    for (const wall of walls) await wall.getByTestId('note-card').first().waitFor()
    await shootAll(walls, 'wall')

    // Vote, results, synthesis on the whole Lyon workshop.
    const voted = await seedWorkshop(app.server.url, lyonDataset(), { WebSocket, until: 'vote' })
    const board = await facilitatorContext.newPage()
    await board.goto(`${voted.facilitatorUrl}&code=${voted.code}`)
    await board.locator('.board-canvas canvas').first().waitFor()
    const screens = await openScreens(voted)
    await board.getByRole('button', { name: 'Masquer les résultats' }).click()
    await board.getByRole('radio', { name: 'Vote' }).check({ force: true })
    for (const s of screens) await s.getByTestId('vote-card').first().waitFor()
    await shootAll(screens, 'vote')
    await board.getByRole('button', { name: 'Afficher les résultats' }).click()
    for (const s of screens) await s.getByTestId('screen-results').waitFor()
    await shootAll(screens, 'ranking')

    // Follow me, zoomed in on the facilitator's canvas; then one cluster.
    await board.getByLabel('Suivre ma vue').check()
    for (let i = 0; i < 3; i++)
      await board.getByRole('button', { name: 'Zoomer', exact: true }).click()
    await settle(board)
    await shootAll(screens, 'follow')
    await board.getByLabel('Un groupe', { exact: true }).check()
    await board.getByLabel('Groupe montré').selectOption({ label: 'Rendre le modèle visible' })
    for (const s of screens) await s.getByTestId('presented-cluster').waitFor()
    await shootAll(screens, 'cluster')
    await board.screenshot({ path: `${out}/board-presenter-control-1440x900.png` })

    // Synthesis: the recommendation being typed, then the list.
    await board.getByRole('radio', { name: 'Synthèse' }).check({ force: true })
    await board.getByRole('button', { name: 'Liste' }).click()
    await board
      .locator('.list-view__cluster')
      .filter({ has: board.getByRole('heading', { name: /^Mutualiser les moyens/ }) })
      .getByRole('button', { name: /^Ouvrir le groupe/ })
      .click()
    const field = board.getByTestId('cluster-panel').getByLabel('Recommandation')
    await field.fill('')
    await field.pressSequentially('Créer une centrale d’achats commune aux SCOP et SCIC du Rhône')
    for (const s of screens) await s.getByTestId('draft-view').waitFor()
    await shootAll(screens, 'synthesis')
    await field.blur()
    for (const s of screens) await s.getByTestId('recommendations-view').waitFor()
    await shootAll(screens, 'recommendations')
    expect(await screens[0]!.getByTestId('rec-card').count()).toBeGreaterThan(0)
  } finally {
    for (const context of contexts) await context.close()
    await facilitatorContext.close()
  }
}
