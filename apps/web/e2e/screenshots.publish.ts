import { seedOrganiserCampaign } from './campaign.support'
import { startApp } from './harness'
import type { Size } from './screenshots.campaign'

// Publishing (issue 10) on the Lyon campaign: version 1 published, then
// Grenoble's summary joins and version 2 is published; the page shows the
// versions with what version 2 changed open: `campaign-publish-<w>x<h>.png`.
// On a server of its own, for the creation rate limit (see screenshots.campaign.ts).

export async function publishShotsOnOwnServer(out: string, sizes: Size[]): Promise<void> {
  const app = await startApp()
  try {
    const campaign = await seedOrganiserCampaign(app)
    const post = (path: string, body: string) =>
      fetch(`${app.server.url}/api/campaigns/${campaign.id}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${campaign.organiserKey}`,
        },
        body,
      })
    await post('/publish', JSON.stringify({ by: 'Camille Martin', note: 'Avant le congrès' }))
    await post('/import', campaign.grenobleSummary)
    await post('/publish', JSON.stringify({ by: 'Camille Martin' }))
    for (const size of sizes) {
      const context = await app.browser.newContext({ viewport: size })
      const page = await context.newPage()
      await page.goto(campaign.organiserUrl)
      const row = page.locator('[data-version="2"]')
      await row.getByText('Ce qui a changé depuis la version 1').click()
      await row.getByTestId('changes-panel').waitFor()
      // The section's top just under the sticky bar.
      await page.evaluate(() => {
        const top = document.querySelector('[data-testid="publish"]')!.getBoundingClientRect().top
        window.scrollTo(0, top + window.scrollY - 64)
      })
      await page.screenshot({ path: `${out}/campaign-publish-${size.width}x${size.height}.png` })
      await context.close()
    }
  } finally {
    await app.close()
  }
}
