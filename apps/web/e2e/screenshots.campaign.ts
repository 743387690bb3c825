import type { Page } from 'playwright-core'
import { seedOrganiserCampaign } from './campaign.support'
import { type App, startApp } from './harness'

// The organiser view of issue 10 (/c/<id>) on the Lyon campaign, at each
// size: `campaign-<w>x<h>.png` (top of the page) and, from 1440 wide,
// `campaign-groups-<w>x<h>.png` (the first dimension's groups, a minority
// position among them, one item's notes open).

export interface Size {
  width: number
  height: number
}

const settle = (page: Page) => page.waitForTimeout(600)

export async function campaignShots(app: App, out: string, sizes: Size[]): Promise<void> {
  const campaign = await seedOrganiserCampaign(app)
  // Grenoble's summary joins, as the organiser would import it.
  await fetch(`${app.server.url}/api/campaigns/${campaign.id}/import`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${campaign.organiserKey}`,
    },
    body: campaign.grenobleSummary,
  })
  for (const size of sizes) {
    const context = await app.browser.newContext({ viewport: size })
    const page = await context.newPage()
    await page.goto(campaign.organiserUrl)
    await page.getByTestId('campaign-workshops').waitFor()
    await settle(page)
    await page.screenshot({ path: `${out}/campaign-${size.width}x${size.height}.png` })
    const minority = page.locator('.campaign__group', { has: page.getByTestId('minority-flag') })
    await minority.first().getByRole('button', { name: /^Voir/ }).first().click()
    await page.locator('.campaign__synthesis').scrollIntoViewIfNeeded()
    await page
      .locator('.campaign__dimension')
      .first()
      .evaluate((el) => el.scrollIntoView())
    await settle(page)
    await page.screenshot({ path: `${out}/campaign-groups-${size.width}x${size.height}.png` })
    await context.close()
  }
}

/**
 * The same scene on a server of its own: the README script has created many
 * workshops by then, and the campaign's five would meet the creation rate limit.
 */
export async function campaignShotsOnOwnServer(out: string, sizes: Size[]): Promise<void> {
  const app = await startApp()
  try {
    await campaignShots(app, out, sizes)
  } finally {
    await app.close()
  }
}
