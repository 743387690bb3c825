import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseCsv } from '../src/board/export/csv'
import {
  EXPECTED,
  MINORITY_TITLE,
  type OrganiserCampaign,
  seedOrganiserCampaign,
} from './campaign.support'
import { appForFile, phoneContext } from './harness'

// Issue 10, the organiser view /c/<id> in a real Chromium over the real
// server: the Lyon campaign (three territories created inside it), its
// rankings, minority flag, notes, sort, exports, imports, live votes, and
// what a wrong or missing key shows.

const suite = appForFile()
let campaign: OrganiserCampaign

beforeAll(async () => {
  campaign = await seedOrganiserCampaign(suite.app)
}, 120_000)

async function organiser(size = { width: 1440, height: 900 }): Promise<Page> {
  const page = await (await suite.newContext({ viewport: size, acceptDownloads: true })).newPage()
  await page.goto(campaign.organiserUrl)
  await page.getByTestId('campaign-workshops').waitFor()
  return page
}

const territoriesShown = (page: Page) =>
  page.locator('[data-testid="campaign-workshops"] .campaign__territory').allTextContents()

const groupTitles = (page: Page, dimension: string) =>
  page.locator(`[data-dimension="${dimension}"] .campaign__group-title`).allTextContents()

describe('the organiser view', () => {
  it('shows the territories, the groups with three rankings, a minority flag and notes; sorts', async () => {
    const page = await organiser()
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Congrès régional Auvergne-Rhône-Alpes 2021',
    )
    expect(await page.locator('.campaign__level').textContent()).toContain('Auvergne-Rhône-Alpes')
    // The key left the address bar.
    expect(page.url()).not.toContain('#key=')
    expect((await territoriesShown(page)).sort()).toEqual([...EXPECTED.slice(0, 3)].sort())
    expect(await page.getByTestId('missing-territories').textContent()).toContain(
      'Grenoble, Clermont-Ferrand',
    )
    const statuses = await page.locator('.campaign__status').allTextContents()
    expect(statuses).toEqual(['en cours', 'en cours', 'en cours'])

    // A group raised in the three territories, with its three rankings.
    const wide = page.locator('.campaign__group', {
      has: page.locator('[data-ranking="breadth"]', { hasText: '3 territoires' }),
    })
    expect(await wide.count()).toBeGreaterThan(0)
    const first = wide.first()
    expect(Number(await first.locator('[data-ranking="dots"]').textContent())).toBeGreaterThan(0)
    expect(await first.locator('[data-ranking="equal"]').textContent()).toMatch(/^\d+(,\d)?\s%$/)
    expect(await first.locator('.campaign__item-territory').allTextContents()).toEqual(
      expect.arrayContaining(EXPECTED.slice(0, 3)),
    )

    // The minority position is flagged, and kept visible.
    const minority = page.locator('.campaign__group', {
      has: page.getByRole('heading', { name: MINORITY_TITLE }),
    })
    expect(await minority.getByTestId('minority-flag').textContent()).toBe(
      'Position minoritaire : forte dans un seul atelier',
    )
    expect(await minority.locator('[data-ranking="breadth"]').textContent()).toBe('1 territoire')
    expect(await minority.locator('.campaign__item-territory').textContent()).toBe('Villeurbanne')
    expect(await minority.getByTestId('item-share').textContent()).toMatch(
      /^\d+\s% des gommettes de l’atelier \(\d+ gommettes\)$/,
    )

    // Its notes open and close.
    const toggle = minority.getByRole('button', { name: 'Voir les 2 notes' })
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
    await toggle.click()
    expect((await minority.locator('.campaign__notes li').allTextContents()).sort()).toEqual([
      'Cultiver des potagers sur nos toits',
      'Un rucher et des tomates en terrasse',
    ])
    await minority.getByRole('button', { name: 'Masquer les notes' }).click()
    expect(await minority.locator('.campaign__notes').count()).toBe(0)

    // The three sorts order the groups by their own ranking.
    const dimension = (await page
      .locator('[data-dimension]')
      .first()
      .getAttribute('data-dimension'))!
    const values = (name: string) =>
      page
        .locator(`[data-dimension="${dimension}"] [data-ranking="${name}"]`)
        .allTextContents()
        .then((all) => all.map((v) => Number.parseFloat(v.replace(',', '.'))))
    const descending = (list: number[]) => list.every((v, i) => i === 0 || list[i - 1]! >= v)
    expect(
      await page
        .getByRole('button', { name: 'Chaque atelier compte pareil' })
        .getAttribute('aria-pressed'),
    ).toBe('true')
    expect(descending(await values('equal'))).toBe(true)
    const before = await groupTitles(page, dimension)
    await page.getByRole('button', { name: 'Gommettes', exact: true }).click()
    expect(descending(await values('dots'))).toBe(true)
    await page.getByRole('button', { name: 'Nombre de territoires' }).click()
    expect(descending(await values('breadth'))).toBe(true)
    expect((await groupTitles(page, dimension)).sort()).toEqual([...before].sort())
  })

  it('reads group titles at 20 px or more on a 1920x1080 screen, and fits a phone', async () => {
    const tv = await organiser({ width: 1920, height: 1080 })
    const sizes = await tv.$$eval('.campaign__group-title', (els) =>
      els.map((e) => Number.parseFloat(getComputedStyle(e).fontSize)),
    )
    console.log(`group titles at 1920x1080: ${Math.min(...sizes)} px (${sizes.length} groups)`)
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(20)
    const phone = await organiser({ width: 390, height: 844 })
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    )
  })

  it('downloads the CSV and parses it; imports a summary (4th territory) and refuses a bad file', async () => {
    const page = await organiser()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV des recommandations' }).click(),
    ])
    expect(download.suggestedFilename()).toBe(
      'congres-regional-auvergne-rhone-alpes-2021-synthese.csv',
    )
    const text = await (await download.createReadStream()).toArray()
    const rows = parseCsv(Buffer.concat(text).toString('utf8'))
    const itemCount = await page.locator('.campaign__item').count()
    expect(rows.length - 1).toBe(itemCount)
    const territoryColumn = rows[0]!.findIndex((h) => /territoire/i.test(h))
    expect(territoryColumn).toBeGreaterThanOrEqual(0)
    expect(new Set(rows.slice(1).map((r) => r[territoryColumn]))).toEqual(
      new Set(EXPECTED.slice(0, 3)),
    )

    // A tampered summary: refused, with the server's reasons.
    const bad = JSON.parse(campaign.grenobleSummary)
    bad.totals.notes += 1
    const file = page.getByLabel('Fichier JSON')
    await file.setInputFiles({
      name: 'summary-faux.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    })
    const refused = page.getByTestId('import-refused')
    await refused.waitFor()
    expect(await refused.textContent()).toContain(
      'Ce fichier d’atelier ne peut pas rejoindre la campagne',
    )
    expect(await refused.locator('li').first().textContent()).toContain('totals.notes')

    // Grenoble's real summary joins: the fourth territory appears, no longer missing.
    await file.setInputFiles({
      name: 'summary.json',
      mimeType: 'application/json',
      buffer: Buffer.from(campaign.grenobleSummary),
    })
    await page.getByText('« summary.json » importé').waitFor()
    await expect.poll(() => territoriesShown(page)).toContain('Grenoble')
    expect(await page.getByTestId('missing-territories').textContent()).not.toContain('Grenoble')
    expect(await page.locator('.campaign__status', { hasText: 'importé' }).count()).toBe(1)
  })

  it('follows a workshop still voting: a phone’s dots appear after the poll', async () => {
    const page = await organiser()
    const live = campaign.workshops[2]!
    const dotsOf = () =>
      page.locator(`[data-workshop="${live.id}"] [data-testid="workshop-dots"]`).textContent()
    expect(await dotsOf()).toBe('0')
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
    await expect.poll(dotsOf, { timeout: 15_000 }).toBe('3')
    const item = page.locator(`[data-item^="${live.id}:"]`, { hasText: '(3 gommettes)' })
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1)
  })

  it('says clearly when the key is wrong or missing', async () => {
    const wrong = await (
      await suite.newContext({ viewport: { width: 1440, height: 900 } })
    ).newPage()
    await wrong.goto(`${suite.app.server.url}/c/${campaign.id}#key=not-the-key`)
    expect(await wrong.getByRole('alert').textContent()).toContain(
      'Cette clé n’ouvre pas cette campagne',
    )
    // A workshop's facilitator key does not open its campaign either.
    await wrong.goto(
      `${suite.app.server.url}/c/${campaign.id}#key=${campaign.workshops[0]!.facilitatorKey}`,
    )
    await wrong.reload()
    expect(await wrong.getByRole('alert').textContent()).toContain(
      'Cette clé n’ouvre pas cette campagne',
    )
    const none = await (await suite.newContext({ viewport: { width: 390, height: 844 } })).newPage()
    await none.goto(`${suite.app.server.url}/c/${campaign.id}`)
    expect(await none.getByRole('alert').textContent()).toContain(
      'Ce lien ne contient pas la clé d’organisation',
    )
  })

  it('attaches a workshop from its pasted facilitator link, and refuses a wrong key', async () => {
    const created = await fetch(`${suite.app.server.url}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Atelier Saint-Étienne', territory: 'Saint-Étienne' }),
    })
    expect(created.status).toBe(201)
    const { id, facilitatorUrl } = (await created.json()) as { id: string; facilitatorUrl: string }
    const page = await organiser()
    const workshopField = page.getByLabel('Identifiant de l’atelier (ou lien d’animation)')
    const keyField = page.getByLabel('Clé d’animation')
    await workshopField.fill(id)
    await keyField.fill('pas-la-bonne-cle')
    await page.getByRole('button', { name: 'Rattacher' }).click()
    expect(await page.getByRole('alert').textContent()).toBe(
      'Cette clé d’animation n’est pas celle de l’atelier.',
    )
    await workshopField.fill(facilitatorUrl)
    expect(await workshopField.inputValue()).toBe(id)
    expect(await keyField.inputValue()).toBe(new URL(facilitatorUrl).hash.slice('#key='.length))
    await page.getByRole('button', { name: 'Rattacher' }).click()
    await page.getByText('Atelier rattaché à la campagne.').waitFor()
    await expect.poll(() => territoriesShown(page)).toContain('Saint-Étienne')
  })

  it('opens with a co-organiser link too, and says so', async () => {
    const minted = await fetch(
      `${suite.app.server.url}/api/campaigns/${campaign.id}/co-organisers`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${campaign.organiserKey}` },
      },
    )
    expect(minted.status).toBe(201)
    const { url } = (await minted.json()) as { url: string }
    const page = await (
      await suite.newContext({ viewport: { width: 1440, height: 900 } })
    ).newPage()
    await page.goto(url)
    await page.getByTestId('campaign-workshops').waitFor()
    expect(page.url()).not.toContain('#token=')
    expect(await page.locator('.campaign__level').textContent()).toContain('co-organisation')
    expect(await page.locator('.campaign__group').count()).toBeGreaterThan(5)
  })

  it('creates a campaign from the home page and shows its organiser link once', async () => {
    const page = await (
      await suite.newContext({ viewport: { width: 1024, height: 768 } })
    ).newPage()
    await page.goto(`${suite.app.server.url}/`)
    await page.getByLabel('Titre de la campagne').fill('Congrès national 2022')
    await page.getByLabel('Niveau').selectOption('national')
    await page.getByLabel('Territoires attendus').fill('Auvergne-Rhône-Alpes\nBretagne')
    await page.getByRole('button', { name: 'Créer la campagne' }).click()
    const link = page.getByTestId('organiser-link')
    expect(await link.textContent()).toContain('Gardez ce lien secret')
    const url = await link.locator('input').inputValue()
    expect(url).toMatch(/\/c\/[A-Za-z0-9_-]+#key=/)
    await page.getByRole('link', { name: 'Ouvrir la campagne' }).click()
    await page.getByRole('heading', { level: 1, name: 'Congrès national 2022' }).waitFor()
    expect(await page.locator('.campaign__level').textContent()).toContain('Campagne nationale')
    expect(await page.getByTestId('missing-territories').textContent()).toContain(
      'Auvergne-Rhône-Alpes, Bretagne',
    )
  })

  it('creates a workshop inside the campaign and shows its links once', async () => {
    const page = await organiser({ width: 390, height: 844 })
    await page.getByLabel('Titre de l’atelier').fill('Atelier Clermont')
    await page.getByLabel('Territoire', { exact: true }).fill('Clermont-Ferrand')
    await page.getByRole('button', { name: 'Créer l’atelier' }).click()
    await page.getByTestId('facilitator-link').waitFor()
    expect(await page.getByTestId('created-code').textContent()).toMatch(/^[A-Z0-9]{4,}$/)
    expect(await page.getByTestId('screen-link').locator('input').inputValue()).toContain('/screen')
    await expect.poll(() => territoriesShown(page)).toContain('Clermont-Ferrand')
  })
})
