import type { Page } from 'playwright-core'
import { seedOrganiserCampaign } from './campaign.support'
import { type App, startApp } from './harness'

// The organisers' editing controls (issue 10) at each size:
// `campaign-edit-<w>x<h>.png`: the first dimension's groups, one merged
// group accepted, renamed and with its regional recommendation, one item
// ticked (the split and move controls shown), the undo bar.

export interface Size {
  width: number
  height: number
}

export async function campaignEditShots(app: App, out: string, sizes: Size[]): Promise<void> {
  const campaign = await seedOrganiserCampaign(app)
  let edited = false
  for (const size of sizes) {
    const context = await app.browser.newContext({ viewport: size })
    const page = await context.newPage()
    await page.goto(campaign.organiserUrl)
    await page.locator('.campaign-edit__status[data-status="live"]').waitFor()
    const first = page.locator('.campaign__dimension').first().locator('.campaign__group').first()
    if (!edited) {
      await edit(page)
      edited = true
    }
    await first.locator('.campaign__item input[type="checkbox"]').first().check()
    await first.evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await page.evaluate(() => window.scrollBy(0, -60))
    await page.waitForTimeout(400)
    await page.screenshot({ path: `${out}/campaign-edit-${size.width}x${size.height}.png` })
    await context.close()
  }
}

/** Merges the second group into the first, accepts, renames and writes it. */
async function edit(page: Page): Promise<void> {
  const groups = page.locator('.campaign__dimension').first().locator('.campaign__group')
  const first = groups.first()
  const id = await first.getAttribute('data-group')
  const second = await groups.nth(1).getAttribute('data-group')
  await first.getByTestId('merge-select').selectOption(second!)
  await first.getByTestId('merge-button').click()
  await page.locator(`[data-group="${second}"]`).waitFor({ state: 'detached' })
  const card = page.locator(`[data-group="${id}"]`)
  await card.getByTestId('accept-button').click()
  await card.getByRole('button', { name: 'Renommer' }).click()
  await card.getByTestId('rename-input').fill('Partager la valeur créée')
  await card.getByTestId('rename-input').press('Enter')
  await card
    .getByTestId('recommendation-input')
    .fill('Que chaque coopérative publie chaque année la répartition de sa valeur ajoutée.')
}

/** The same scene on a server of its own (the README script's creation rate limit). */
export async function campaignEditShotsOnOwnServer(out: string, sizes: Size[]): Promise<void> {
  const app = await startApp()
  try {
    await campaignEditShots(app, out, sizes)
  } finally {
    await app.close()
  }
}
