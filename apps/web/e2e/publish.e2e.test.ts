import { mkdirSync } from 'node:fs'
import type { Download, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { type OrganiserCampaign, seedOrganiserCampaign } from './campaign.support'
import { appForFile, phoneContext } from './harness'

// Issue 10, publishing, in a real Chromium over the real server: the
// organiser publishes version 1, a workshop still running votes, the draft
// says what moved, version 2 is published and its changes panel shows the
// ranking move, and version 1's export is the same file as before.

const SHOTS = '/tmp/shots-publish'
const SIZES = [
  { width: 390, height: 844 },
  { width: 1024, height: 768 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
]

const suite = appForFile()
let campaign: OrganiserCampaign

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  campaign = await seedOrganiserCampaign(suite.app)
}, 120_000)

async function organiser(size = { width: 1440, height: 900 }): Promise<Page> {
  const page = await (await suite.newContext({ viewport: size, acceptDownloads: true })).newPage()
  await page.goto(campaign.organiserUrl)
  await page.getByTestId('publish').getByRole('heading', { name: 'Versions publiées' }).waitFor()
  return page
}

const bytesOf = async (download: Download) =>
  Buffer.concat(await (await download.createReadStream()).toArray())

/** Clicks one export button of version `n` and returns the file. */
async function versionFile(page: Page, n: number, label: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-version="${n}"]`).getByRole('button', { name: label, exact: true }).click(),
  ])
  return { name: download.suggestedFilename(), bytes: await bytesOf(download) }
}

async function publish(page: Page, n: number, name?: string) {
  await page.getByRole('button', { name: 'Publier cette version' }).click()
  const dialog = page.getByRole('dialog', { name: `Publier la version ${n} ?` })
  await dialog.waitFor()
  if (name !== undefined) await dialog.getByLabel('Votre nom (facultatif)').fill(name)
  await dialog.getByRole('button', { name: `Publier la version ${n}` }).click()
  await page
    .getByRole('status')
    .filter({ hasText: `Version ${n} publiée.` })
    .waitFor()
  await dialog.waitFor({ state: 'detached' })
}

/** "12 → 15 gommettes" → 3 */
const dotsMoved = (text: string) => {
  const match = /(\d+) → (\d+) gommettes/.exec(text)
  return match ? Number(match[2]) - Number(match[1]) : 0
}

describe('publishing the synthesis', () => {
  it('publishes v1, a workshop votes, publishes v2 whose changes show the move; v1 is unchanged', async () => {
    const page = await organiser()
    const section = page.getByTestId('publish')
    await section.getByText('Aucune version publiée pour l’instant.').waitFor()

    // The confirmation says what publishing means before anything is frozen.
    await page.getByRole('button', { name: 'Publier cette version' }).click()
    const dialog = page.getByRole('dialog', { name: 'Publier la version 1 ?' })
    expect(await dialog.textContent()).toContain('ne la changeront plus')
    await dialog.getByLabel('Votre nom (facultatif)').fill('Camille Martin')
    await page.screenshot({ path: `${SHOTS}/publish-dialog-1440x900.png` })
    await dialog.getByRole('button', { name: 'Annuler' }).click()
    await dialog.waitFor({ state: 'detached' })
    expect(await page.locator('[data-version]').count()).toBe(0)

    await publish(page, 1, 'Camille Martin')
    const v1 = page.locator('[data-version="1"]')
    expect(await v1.locator('.publish__meta').textContent()).toContain(
      'par Camille Martin (organisation)',
    )
    const hash = (await v1.getByTestId('version-hash').locator('code').textContent())!
    expect(hash).toMatch(/^[0-9a-f]{12}$/)
    const csvBefore = await versionFile(page, 1, 'CSV des recommandations')
    expect(csvBefore.name).toMatch(
      new RegExp(
        `^congres-regional-auvergne-rhone-alpes-2021-synthese-v1-\\d{4}-\\d\\d-\\d\\d-${hash.slice(0, 8)}\\.csv$`,
      ),
    )
    const mdBefore = await versionFile(page, 1, 'Markdown')
    expect(mdBefore.bytes.toString('utf8')).toContain(hash)
    // Nothing to publish until something changes.
    await page.getByText('Le brouillon est identique à la version 1 : rien à publier.').waitFor()
    await page.screenshot({ path: `${SHOTS}/publish-v1-1440x900.png` })
    expect(await page.getByRole('button', { name: 'Publier cette version' }).isDisabled()).toBe(
      true,
    )

    // Vénissieux, still running, votes: 3 dots from a phone.
    const live = campaign.workshops[2]!
    const board = await (
      await suite.newContext({ viewport: { width: 1440, height: 900 } })
    ).newPage()
    await board.goto(`${live.facilitatorUrl}&code=${live.code}`)
    await board.getByLabel('Gommettes par personne').fill('3')
    await board.getByRole('radio', { name: 'Vote' }).check({ force: true })
    const phone = await suite.track(await phoneContext(suite.app.browser)).newPage()
    await phone.goto(`${suite.app.server.url}/j/${live.code}`)
    await phone.getByRole('button', { name: 'Entrer' }).click()
    const add = phone
      .locator('.vote__item')
      .first()
      .getByRole('button', { name: /Ajouter une gommette/ })
    for (let i = 1; i <= 3; i++) await add.click()

    // The draft says what moved since version 1, before it is published.
    const draft = page.getByTestId('draft-changes')
    await expect
      .poll(async () => (await draft.locator('summary').textContent()) ?? '', { timeout: 20_000 })
      .toMatch(/^Brouillon : \d+ changements? depuis la version 1$/)
    // The phone's three dots may land in more than one refresh: wait for all three.
    await expect
      .poll(
        async () =>
          (await draft.locator('[data-change="ranking"] li').allTextContents()).map(dotsMoved),
        { timeout: 20_000 },
      )
      .toContain(3)

    // Version 2: the name typed last time is offered again.
    await page.getByRole('button', { name: 'Publier cette version' }).click()
    expect(await page.getByLabel('Votre nom (facultatif)').inputValue()).toBe('Camille Martin')
    await page.getByRole('button', { name: 'Publier la version 2' }).click()
    await page.getByRole('status').filter({ hasText: 'Version 2 publiée.' }).waitFor()
    const v2 = page.locator('[data-version="2"]')
    await v2.getByText('Ce qui a changé depuis la version 1').click()
    const panel = v2.getByTestId('changes-panel')
    await panel.waitFor()
    const moves = await panel.locator('[data-change="ranking"] li').allTextContents()
    expect(moves.map(dotsMoved)).toContain(3)
    expect(moves.join('\n')).toMatch(/\d+(re|e) → \d+(re|e) place/)
    expect(await page.locator('.publish__versions > li').first().getAttribute('data-version')).toBe(
      '2',
    )

    // Version 1's export is the same file, byte for byte.
    const csvAfter = await versionFile(page, 1, 'CSV des recommandations')
    expect(csvAfter.name).toBe(csvBefore.name)
    expect(csvAfter.bytes.equals(csvBefore.bytes)).toBe(true)
    expect((await versionFile(page, 1, 'Markdown')).bytes.equals(mdBefore.bytes)).toBe(true)
    const v2Csv = await versionFile(page, 2, 'CSV des recommandations')
    expect(v2Csv.bytes.equals(csvBefore.bytes)).toBe(false)

    for (const size of SIZES) {
      const shot = await organiser(size)
      const row = shot.locator('[data-version="2"]')
      await row.getByText('Ce qui a changé depuis la version 1').click()
      await row.getByTestId('changes-panel').waitFor()
      // The section's top just under the sticky bar.
      await shot.evaluate(() => {
        const top = document.querySelector('[data-testid="publish"]')!.getBoundingClientRect().top
        window.scrollTo(0, top + window.scrollY - 64)
      })
      await shot.screenshot({ path: `${SHOTS}/publish-${size.width}x${size.height}.png` })
      expect(
        await shot.evaluate(() => document.documentElement.scrollWidth),
        `${size.width}`,
      ).toBeLessThanOrEqual(size.width)
    }

    // In English too: the same panel, English words and ordinals.
    await page.getByRole('button', { name: 'EN', exact: true }).click()
    await page.getByRole('heading', { name: 'Published versions' }).waitFor()
    const english = page.locator('[data-version="2"]').getByTestId('changes-panel')
    expect(await english.locator('[data-change="ranking"] h4').textContent()).toBe('Ranking')
    expect(
      (await english.locator('[data-change="ranking"] li').allTextContents()).join('\n'),
    ).toMatch(/\d+(st|nd|rd|th) → \d+(st|nd|rd|th) place/)
    await page.screenshot({ path: `${SHOTS}/publish-en-1440x900.png` })
  })
})
