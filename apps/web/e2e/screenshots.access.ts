import type { Page } from 'playwright-core'
import type { App } from './harness'

// Screenshots of the access part of issue 8: the links shown once a workshop
// is created on the home page, and the side panel's "Accès" section.

export interface Size {
  width: number
  height: number
}

const settle = (page: Page) => page.waitForTimeout(600)

/** Creates a workshop on the home page at each size; `home-created-<w>x<h>.png`. */
export async function createdLinksShots(app: App, out: string, sizes: Size[]): Promise<void> {
  for (const size of sizes) {
    const context = await app.browser.newContext({ viewport: size })
    const page = await context.newPage()
    await page.goto(`${app.server.url}/`)
    await page.getByLabel("Titre de l'atelier").fill('Atelier Lyon Métropole')
    await page.getByRole('button', { name: "Créer l'atelier" }).click()
    await page.getByTestId('facilitator-link').waitFor()
    await settle(page)
    await page.screenshot({ path: `${out}/home-created-${size.width}x${size.height}.png` })
    await context.close()
  }
}

/** Opens the board at each size with the "Accès" section in view; `board-access-<w>x<h>.png`. */
export async function accessSectionShots(
  app: App,
  facilitatorUrl: string,
  out: string,
  sizes: Size[],
): Promise<void> {
  for (const size of sizes) {
    const context = await app.browser.newContext({ viewport: size })
    const page = await context.newPage()
    await page.goto(facilitatorUrl)
    const access = page.getByTestId('access-section')
    await access.waitFor()
    await access.scrollIntoViewIfNeeded()
    await settle(page)
    await page.screenshot({ path: `${out}/board-access-${size.width}x${size.height}.png` })
    // With the confirmation open: the longest state of the section. (Forced:
    // on a phone-sized window the board's toolbar floats over the panel.)
    await access
      .getByRole('button', { name: /Déconnecter tous les autres appareils/ })
      .click({ force: true })
    await settle(page)
    await access.screenshot({
      path: `${out}/board-access-confirm-${size.width}x${size.height}.png`,
    })
    await context.close()
  }
}
