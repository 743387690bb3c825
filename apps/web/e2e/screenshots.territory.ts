import type { Page } from 'playwright-core'
import { type OrganiserCampaign, seedOrganiserCampaign } from './campaign.support'
import { type App, startApp } from './harness'

// "Back to the territories" (issue 10) at each size: `territory-<w>x<h>.png`
// (Lyon's feedback page, one recommendation flagged, a flag form open) and
// `territory-flags-<w>x<h>.png` (the organiser page at its flags list),
// `territory-badge-…` (a flagged item) and `territory-link-…` (the lien de retour dialog).

export const TERRITORY_SIZES = [
  { width: 390, height: 844 },
  { width: 1024, height: 768 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
]

const settle = (page: Page) => page.waitForTimeout(600)

async function post(app: App, path: string, bearer: string, body: unknown) {
  const response = await fetch(`${app.server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
    body: JSON.stringify(body),
  })
  return (await response.json()) as Record<string, unknown>
}

/** Files a flag on Lyon's first item not flagged yet (so the pages have one open). */
async function flagOne(app: App, campaign: OrganiserCampaign, token: string) {
  const view = (await (
    await fetch(`${app.server.url}/api/campaigns/${campaign.id}/territory`, {
      headers: { authorization: `Bearer ${token}` },
    })
  ).json()) as {
    dimensions: { items: { id: string }[] }[]
    flags: { itemId: string; status: string }[]
  }
  const open = new Set(view.flags.filter((f) => f.status === 'open').map((f) => f.itemId))
  const item = view.dimensions.flatMap((d) => d.items).find((i) => !open.has(i.id))
  if (!item) return
  await post(app, `/api/campaigns/${campaign.id}/flags`, token, {
    itemId: item.id,
    comment:
      'Nous ne reconnaissons pas notre contribution : l’atelier parlait de coopération entre territoires ruraux.',
  })
}

export async function territoryShots(
  app: App,
  campaign: OrganiserCampaign,
  out: string,
  sizes = TERRITORY_SIZES,
): Promise<void> {
  const lyon = campaign.workshops[0]!
  const link = (await post(
    app,
    `/api/campaigns/${campaign.id}/territory-links`,
    campaign.organiserKey,
    {
      workshopId: lyon.id,
    },
  )) as { url: string; token: string }
  await flagOne(app, campaign, link.token)
  for (const size of sizes) {
    const context = await app.browser.newContext({ viewport: size })
    const page = await context.newPage()
    await page.goto(link.url)
    await page.locator('.territory__item').first().waitFor()
    // A second item's form open, as a facilitator writing a flag.
    const unflagged = page.locator('.territory__item', { hasNot: page.getByTestId('flag-status') })
    await unflagged.nth(0).getByRole('button', { name: 'Signaler' }).click()
    await page
      .locator('.territory__item', { has: page.getByTestId('flag-status') })
      .first()
      .scrollIntoViewIfNeeded()
    await page.evaluate(() => window.scrollTo(0, 0))
    await settle(page)
    await page.screenshot({ path: `${out}/territory-${size.width}x${size.height}.png` })
    await page
      .getByTestId('flag-status')
      .first()
      .evaluate((el) => el.scrollIntoView({ block: 'center' }))
    await settle(page)
    await page.screenshot({ path: `${out}/territory-flag-${size.width}x${size.height}.png` })

    const organiser = await context.newPage()
    await organiser.goto(campaign.organiserUrl)
    await organiser.getByTestId('flags-panel').waitFor()
    await organiser.locator('.flags-panel__flag').first().waitFor()
    await organiser.getByTestId('flags-panel').evaluate((el) => el.scrollIntoView())
    await settle(organiser)
    await organiser.screenshot({ path: `${out}/territory-flags-${size.width}x${size.height}.png` })
    await organiser
      .locator('[data-testid="item-flag"]')
      .first()
      .evaluate((el) => el.scrollIntoView({ block: 'center' }))
    await settle(organiser)
    await organiser.screenshot({ path: `${out}/territory-badge-${size.width}x${size.height}.png` })
    await organiser
      .locator(`[data-workshop="${lyon.id}"]`)
      .getByTestId('territory-link-button')
      .click()
    await organiser.getByTestId('territory-link').waitFor()
    await settle(organiser)
    await organiser.screenshot({ path: `${out}/territory-link-${size.width}x${size.height}.png` })
    await context.close()
  }
}

/** The same scenes on a server of their own (the README script's server has met its creation limit). */
export async function territoryShotsOnOwnServer(out: string, sizes = TERRITORY_SIZES) {
  const app = await startApp()
  try {
    await territoryShots(app, await seedOrganiserCampaign(app), out, sizes)
  } finally {
    await app.close()
  }
}
