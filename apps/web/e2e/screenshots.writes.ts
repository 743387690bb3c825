import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import type { App } from './harness'
import { loadServer, loadWebSocket } from './server'

// Screenshots of the facilitator's writing tools on the Lyon board, called by
// screenshots.run.ts (1440x900) and at every size when reviewing: the list
// view with a selection, the note composer, the workshop settings.

const settle = (page: Page) => page.waitForTimeout(800)

/** The sizes the facilitator's board is reviewed at. */
export const WRITES_SIZES: [number, number][] = [
  [390, 844],
  [1024, 768],
  [1440, 900],
  [1920, 1080],
]

export async function writesShots(
  app: App,
  dataset: unknown,
  out: string,
  sizes: [number, number][] = [[1440, 900]],
): Promise<void> {
  const { seedWorkshop } = await loadServer()
  const seeded = await seedWorkshop(app.server.url, dataset, {
    WebSocket: await loadWebSocket(),
    until: 'cluster',
  })
  for (const [width, height] of sizes) {
    const size = `${width}x${height}`
    const shot = (page: Page, name: string) =>
      page.screenshot({ path: `${out}/${name}-${size}.png` })
    const context = await app.browser.newContext({ viewport: { width, height } })
    const board = await context.newPage()
    await board.goto(`${seeded.facilitatorUrl}&code=${seeded.code}`)
    await expect.poll(() => board.getByTestId('note-count').textContent()).toBe('160')

    await board.getByRole('button', { name: 'Liste' }).click()
    const notes = board.locator('.list-view__note')
    await notes.nth(1).getByRole('checkbox').check()
    await notes.nth(2).getByRole('checkbox').check()
    await settle(board)
    await shot(board, 'board-list')
    await board.getByRole('button', { name: 'Tout désélectionner' }).click()

    await board.locator('body').press('n')
    const composer = board.getByRole('dialog', { name: 'Nouvelle note de l’animateur' })
    await composer
      .getByLabel('Texte de la note')
      .fill('Remarque de la salle : associer les élus locaux')
    await settle(board)
    await shot(board, 'board-composer')
    await composer.getByRole('button', { name: 'Fermer' }).click()

    await board.getByRole('button', { name: 'Réglages de l’atelier' }).click()
    await board.getByRole('dialog', { name: 'Réglages de l’atelier' }).waitFor()
    await settle(board)
    await shot(board, 'board-settings')
    await context.close()
  }
}
