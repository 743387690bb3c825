import { seedOrganiserCampaign } from './campaign.support'
import { startApp } from './harness'
import type { Size } from './screenshots.campaign'

// Issue 10's congress screen (/c/<id>/screen) on the Lyon campaign, Grenoble
// imported: `congress-screen-<w>x<h>.png`, the first dimension's first page.
// On a server of its own, like the organiser view's scene (creation rate limit).

export async function congressScreenShotsOnOwnServer(out: string, sizes: Size[]): Promise<void> {
  const app = await startApp()
  try {
    const campaign = await seedOrganiserCampaign(app)
    const bearer = { authorization: `Bearer ${campaign.organiserKey}` }
    await fetch(`${app.server.url}/api/campaigns/${campaign.id}/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer },
      body: campaign.grenobleSummary,
    })
    const minted = await fetch(`${app.server.url}/api/campaigns/${campaign.id}/screen-links`, {
      method: 'POST',
      headers: bearer,
    })
    const { url } = (await minted.json()) as { url: string }
    for (const size of sizes) {
      const context = await app.browser.newContext({ viewport: size })
      const page = await context.newPage()
      await page.goto(url)
      await page.locator('[data-stream="live"] [data-testid="congress-group"]').first().waitFor()
      await page.screenshot({ path: `${out}/congress-screen-${size.width}x${size.height}.png` })
      await context.close()
    }
  } finally {
    await app.close()
  }
}
