import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { type OrganiserCampaign, seedOrganiserCampaign, TERRITORIES } from './campaign.support'
import { appForFile, phoneContext } from './harness'

// Issue 10, congress day: the organiser mints the screen link, the congress
// screen projects the regional recommendations by dimension with their
// territories, large enough for the back of the hall (measured), nothing
// clipped at 1024x768 or 1440x900; and a workshop voting updates the
// organiser's page and the screen through the events stream, well before
// any poll would.

const SHOTS = '/tmp/shots-screen'
const suite = appForFile()
let campaign: OrganiserCampaign
let screenUrl: string

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  campaign = await seedOrganiserCampaign(suite.app)
}, 120_000)

async function organiser(size = { width: 1440, height: 900 }): Promise<Page> {
  const page = await (await suite.newContext({ viewport: size })).newPage()
  await page.goto(campaign.organiserUrl)
  await page.getByTestId('campaign-workshops').waitFor()
  return page
}

async function congressScreen(size: { width: number; height: number }): Promise<Page> {
  const page = await (await suite.newContext({ viewport: size })).newPage()
  await page.goto(screenUrl)
  await page.getByTestId('congress-group').first().waitFor()
  return page
}

const px = (page: Page, selector: string) =>
  page.$$eval(selector, (els) => els.map((e) => Number.parseFloat(getComputedStyle(e).fontSize)))

/** What overflows: the list past its box, the page past the viewport, a group past the footer. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const list = document.querySelector('.congress__shown') as HTMLElement
    const foot = document.querySelector('.congress__foot')!.getBoundingClientRect()
    const groups = [...document.querySelectorAll('[data-testid="congress-group"]')].map((g) =>
      g.getBoundingClientRect(),
    )
    return {
      list: list.scrollHeight - list.clientHeight,
      pageWidth: document.documentElement.scrollWidth - innerWidth,
      pageHeight: document.documentElement.scrollHeight - innerHeight,
      footBottom: foot.bottom - innerHeight,
      groupsPastFoot: groups.filter((g) => g.bottom > foot.top + 1 || g.right > innerWidth + 1)
        .length,
      groups: groups.length,
    }
  })

const where = (page: Page) => page.getByTestId('congress-where').textContent()

describe('the congress screen', () => {
  it('is minted from the organiser page, and opens read-only without the token in the address', async () => {
    const page = await organiser()
    await page.getByRole('button', { name: 'Créer le lien de l’écran' }).click()
    const field = page.getByTestId('congress-screen-link')
    screenUrl = await field.locator('input').inputValue()
    expect(screenUrl).toMatch(new RegExp(`/c/${campaign.id}/screen#token=`))
    expect(await field.textContent()).toContain('sans notes ni noms')
    expect(await field.getByRole('link', { name: 'Ouvrir' }).getAttribute('href')).toBe(screenUrl)
    await page.screenshot({ path: `${SHOTS}/organiser-screen-link-1440x900.png` })

    const screen = await congressScreen({ width: 1920, height: 1080 })
    expect(screen.url()).not.toContain('#token=')
    // The token opens the screen, not the organiser's page.
    const token = new URL(screenUrl).hash.slice('#token='.length)
    const refused = await screen.evaluate(
      async ([id, bearer]) =>
        (await fetch(`/api/campaigns/${id}`, { headers: { authorization: `Bearer ${bearer}` } }))
          .status,
      [campaign.id, token],
    )
    expect(refused).toBe(403)
  })

  it('projects each dimension’s ranked recommendations with their territories, in large type at 1920x1080', async () => {
    const screen = await congressScreen({ width: 1920, height: 1080 })
    expect(await screen.getByTestId('congress-dimension').textContent()).not.toBe('')
    expect(await screen.getByTestId('congress-version').textContent()).toContain(
      'Projet de synthèse',
    )
    expect(await where(screen)).toMatch(/^Dimension 1 sur 3/)
    // Walk every step of the three dimensions: ranks in order, territories on every group.
    const seen: { dimension: string; rank: number; territories: string }[] = []
    const start = await where(screen)
    for (let step = 0; step < 30; step++) {
      const dimension = (await screen.getByTestId('congress-dimension').textContent())!
      const ranks = await screen.locator('.congress__shown .congress-group__rank').allTextContents()
      const territories = await screen.getByTestId('congress-territories').allTextContents()
      for (const [i, rank] of ranks.entries())
        seen.push({ dimension, rank: Number(rank), territories: territories[i]! })
      await screen.keyboard.press('ArrowRight')
      if ((await where(screen)) === start) break
    }
    const dimensions = [...new Set(seen.map((s) => s.dimension))]
    expect(dimensions).toHaveLength(3)
    for (const dimension of dimensions) {
      const ranks = seen.filter((s) => s.dimension === dimension).map((s) => s.rank)
      expect(ranks).toEqual(ranks.map((_, i) => i + 1))
    }
    for (const { territories } of seen) expect(territories).toMatch(/^\d+ territoires? : /)
    const wide = seen.filter((s) => TERRITORIES.every((t) => s.territories.includes(t)))
    expect(wide.length).toBeGreaterThan(0)
    expect(wide[0]!.territories).toMatch(/^3 territoires : /)
    console.log(`congress screen: ${seen.length} groups over ${dimensions.length} dimensions`)

    // Back on the first page: the sizes the back of the hall needs.
    const titles = [
      ...(await px(screen, '[data-testid="congress-dimension"]')),
      ...(await px(screen, '.congress__shown .congress-group__title')),
    ]
    const body = [
      ...(await px(screen, '.congress__shown .congress-group__text')),
      ...(await px(screen, '[data-testid="congress-territories"]')),
      ...(await px(screen, '.congress__campaign')),
      ...(await px(screen, '.congress__foot')),
    ]
    console.log(
      `1920x1080: titles >= ${Math.min(...titles)} px, body >= ${Math.min(...body)} px (${body.length} blocks)`,
    )
    expect(Math.min(...titles)).toBeGreaterThanOrEqual(48)
    expect(Math.min(...body)).toBeGreaterThanOrEqual(28)
    // A stand-in text says which workshop it comes from.
    expect(
      await screen.locator('.congress__shown .congress-group__from').first().textContent(),
    ).toMatch(/proposition de l’atelier de (Lyon|Villeurbanne|Vénissieux|Grenoble)/)
    expect((await overflow(screen)).groupsPastFoot).toBe(0)
    await screen.screenshot({ path: `${SHOTS}/congress-1920x1080.png` })

    // Back, click, auto-advance.
    await screen.keyboard.press('ArrowLeft')
    expect(await where(screen)).toMatch(/^Dimension 3 sur 3/)
    await screen.locator('.congress__shown').click()
    expect(await where(screen)).toBe(start)
    await screen.getByRole('button', { name: 'Suivant ›' }).click()
    expect(await where(screen)).not.toBe(start)
    const auto = screen.getByRole('button', { name: /Défilement auto/ })
    expect(await auto.getAttribute('aria-pressed')).toBe('false')
    await screen.keyboard.press('a')
    expect(await auto.getAttribute('aria-pressed')).toBe('true')
  })

  // 390x844 for completeness: a phone held up in the hall must not scroll sideways either.
  for (const size of [
    { width: 1024, height: 768 },
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`clips nothing and overflows nothing at ${size.width}x${size.height}`, async () => {
      const screen = await congressScreen(size)
      const start = await where(screen)
      let steps = 0
      for (; steps < 60; steps++) {
        const found = await overflow(screen)
        // Named by step, so a failure says where.
        expect({
          step: steps,
          groupsPastFoot: found.groupsPastFoot,
          shown: found.groups > 0,
        }).toEqual({
          step: steps,
          groupsPastFoot: 0,
          shown: true,
        })
        expect(found.list).toBeLessThanOrEqual(0)
        expect(found.pageWidth).toBeLessThanOrEqual(0)
        expect(found.pageHeight).toBeLessThanOrEqual(0)
        expect(found.footBottom).toBeLessThanOrEqual(0)
        await screen.keyboard.press('ArrowRight')
        if ((await where(screen)) === start) break
      }
      console.log(`${size.width}x${size.height}: ${steps + 1} steps, none overflowing`)
      await screen.screenshot({ path: `${SHOTS}/congress-${size.width}x${size.height}.png` })
    })
  }

  it('follows a workshop voting: the organiser page and the screen update without a reload, well under 4 s', async () => {
    const live = campaign.workshops[2]!
    const page = await organiser()
    const screen = await congressScreen({ width: 1920, height: 1080 })
    // Both listen to the events stream (else they would poll every 4 s).
    await page.locator('.campaign[data-stream="live"]').waitFor()
    await screen.locator('[data-stream="live"]').waitFor()
    const dotsOf = () =>
      page.locator(`[data-workshop="${live.id}"] [data-testid="workshop-dots"]`).textContent()
    expect(await dotsOf()).toBe('0')
    const screenDots = async () =>
      Number(
        (await screen.getByTestId('congress-totals').textContent())!.match(/Gommettes : (\d+)/)![1],
      )
    const before = await screenDots()

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
    await add.click()
    await add.click()
    await add.click()
    const votedAt = Date.now()
    await expect.poll(dotsOf, { timeout: 3500, interval: 50 }).toBe('3')
    const organiserMs = Date.now() - votedAt
    console.log(`organiser page showed the 3 dots ${organiserMs} ms after the last tap`)
    expect(organiserMs).toBeLessThan(2500)
    // The screen: its figures change without a reload (same page, no navigation).
    const screenUrlBefore = screen.url()
    await expect.poll(screenDots, { timeout: 3500, interval: 50 }).toBe(before + 3)
    const screenMs = Date.now() - votedAt
    console.log(`congress screen showed the 3 dots ${screenMs} ms after the last tap`)
    expect(screenMs).toBeLessThan(2500)
    expect(screen.url()).toBe(screenUrlBefore)
  })
})
