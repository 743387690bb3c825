import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { type OrganiserCampaign, seedOrganiserCampaign } from './campaign.support'
import { appForFile, PHONE } from './harness'
import { territoryShots } from './screenshots.territory'

// Issue 10, "back to the territories", in a real Chromium over the real
// server: the organiser copies Lyon's feedback link, Lyon's facilitator opens
// it on a phone, sees where a recommendation went, flags it with a comment;
// the organiser page shows the flag and resolves it with a reply, which the
// territory then reads. The facilitator's board links to the same page.

const suite = appForFile()
let campaign: OrganiserCampaign

interface SynthesisJson {
  dimensions: {
    groups: { id: string; title: string; items: { id: string; workshopId: string }[] }[]
  }[]
}

beforeAll(async () => {
  campaign = await seedOrganiserCampaign(suite.app)
}, 120_000)

async function organiser(size = { width: 1440, height: 900 }): Promise<Page> {
  const page = await (await suite.newContext({ viewport: size })).newPage()
  await page.goto(campaign.organiserUrl)
  await page.getByTestId('campaign-workshops').waitFor()
  return page
}

/** The organiser's "Lien de retour" for a workshop, as copied from the dialog. */
async function feedbackLink(page: Page, workshopId: string): Promise<string> {
  await page.locator(`[data-workshop="${workshopId}"]`).getByTestId('territory-link-button').click()
  const field = page.getByTestId('territory-link')
  await field.waitFor()
  const url = await field.locator('input').inputValue()
  await page.getByRole('button', { name: 'Fermer' }).click()
  return url
}

describe('the territory feedback link', () => {
  it('shows Lyon where a recommendation went; its flag reaches the organiser, who resolves it', async () => {
    const lyon = campaign.workshops[0]!
    const board = await organiser()
    const url = await feedbackLink(board, lyon.id)
    expect(url).toMatch(new RegExp(`/c/${campaign.id}/t#key=`))

    // Lyon's facilitator, on a phone.
    const phone = await (
      await suite.newContext({ viewport: PHONE, isMobile: true, hasTouch: true })
    ).newPage()
    await phone.goto(url)
    await phone
      .getByRole('heading', { level: 1, name: 'Où vont les recommandations de l’atelier Lyon' })
      .waitFor()
    expect(phone.url()).not.toContain('#key=')
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    )

    // A recommendation raised in Villeurbanne too: the page names its group as the draft does.
    const shared = phone.locator('.territory__item', {
      has: phone.getByTestId('shared-with').filter({ hasText: 'Villeurbanne' }),
    })
    const card = shared.first()
    const itemId = (await card.getAttribute('data-item'))!
    expect(itemId.startsWith(`${lyon.id}:`)).toBe(true)
    const synthesis = (await (
      await fetch(`${suite.app.server.url}/api/campaigns/${campaign.id}/synthesis.json`, {
        headers: { authorization: `Bearer ${campaign.organiserKey}` },
      })
    ).json()) as SynthesisJson
    const group = synthesis.dimensions
      .flatMap((d) => d.groups)
      .find((g) => g.items.some((i) => i.id === itemId))!
    expect(await card.getByTestId('group-title').textContent()).toBe(group.title)
    expect(await card.getByTestId('shared-with').textContent()).toContain('Aussi portée par :')
    expect(await card.getByTestId('regional-recommendation').textContent()).toBe(
      'Pas encore rédigée par les organisateurs.',
    )
    const itemTitle = (await card.locator('.territory__item-title').textContent())!

    // Flag it, with a comment; a phone's tap target is at least 48 px high.
    const flagButton = card.getByRole('button', { name: 'Signaler' })
    expect((await flagButton.boundingBox())!.height).toBeGreaterThanOrEqual(48)
    await flagButton.click()
    const comment = 'Nous parlions des achats groupés entre coopératives, pas de la formation.'
    await card.getByLabel('Votre commentaire pour les organisateurs').fill(comment)
    await card.getByRole('button', { name: 'Envoyer le signalement' }).click()
    const status = card.getByTestId('flag-status')
    await status.waitFor()
    expect(await status.textContent()).toContain('Signalé : en attente des organisateurs')
    expect(await status.textContent()).toContain(comment)
    expect(await card.getByRole('button', { name: 'Signaler' }).count()).toBe(0)
    const own = phone.getByTestId('own-flags')
    expect(await own.locator('h2').textContent()).toBe('Notre signalement')
    expect(await own.locator('li').textContent()).toBe(`${itemTitle} en attente`)

    // The organiser sees it before publishing: the list, and badges on the item and its group.
    const panel = board.getByTestId('flags-panel')
    await expect
      .poll(
        () =>
          panel
            .getByTestId('flags-to-handle')
            .textContent()
            .catch(() => null),
        {
          timeout: 15_000,
        },
      )
      .toBe('1 à traiter avant publication')
    const listed = panel.locator('.flags-panel__flag').first()
    expect(await listed.textContent()).toContain('Lyon ne reconnaît pas sa contribution')
    expect(await listed.textContent()).toContain(
      `« ${itemTitle} », regroupée dans « ${group.title} »`,
    )
    expect(await listed.locator('blockquote').textContent()).toBe(comment)
    const row = board.locator(`[data-item="${itemId}"]`)
    expect(await row.getByTestId('item-flag').textContent()).toContain('Signalé')
    expect(
      await board.locator(`[data-group="${group.id}"]`).getByTestId('group-flags').textContent(),
    ).toContain('1 signalement')

    // Resolved with a reply.
    const reply = 'Merci : nous déplaçons votre recommandation vers « Achats groupés ».'
    await listed.getByLabel('Réponse au territoire (facultative)').fill(reply)
    await listed.getByRole('button', { name: 'Marquer comme traité' }).click()
    await expect.poll(() => panel.getByTestId('flags-to-handle').count()).toBe(0)
    expect(await panel.locator('summary').textContent()).toBe('1 signalement traité')
    expect(await row.getByTestId('item-flag').count()).toBe(0)

    // The territory reads the answer, and may flag the item again.
    await phone.getByRole('button', { name: 'Actualiser' }).click()
    await expect
      .poll(() => card.getByTestId('flag-status').getAttribute('data-status'))
      .toBe('resolved')
    expect(await card.getByTestId('flag-status').textContent()).toContain(
      'Traité par les organisateurs',
    )
    expect(await card.getByTestId('flag-reply').textContent()).toContain(reply)
    expect(await card.getByRole('button', { name: 'Signaler' }).count()).toBe(1)
    expect(await own.locator('li').textContent()).toBe(`${itemTitle} traité`)
  })

  it('lets the territory withdraw an open flag', async () => {
    const lyon = campaign.workshops[0]!
    const url = await feedbackLink(await organiser({ width: 1024, height: 768 }), lyon.id)
    const page = await (
      await suite.newContext({ viewport: { width: 1024, height: 768 } })
    ).newPage()
    await page.goto(url)
    const card = page
      .locator('.territory__item', {
        hasNot: page.getByTestId('flag-status'),
      })
      .first()
    const itemId = await card.getAttribute('data-item')
    await card.getByRole('button', { name: 'Signaler' }).click()
    await card.getByLabel('Votre commentaire pour les organisateurs').fill('Erreur de notre part')
    await card.getByRole('button', { name: 'Envoyer le signalement' }).click()
    const flagged = page.locator(`[data-item="${itemId}"]`)
    await flagged.getByRole('button', { name: 'Retirer le signalement' }).click()
    await expect.poll(() => flagged.getByTestId('flag-status').count()).toBe(0)
    const listed = await fetch(`${suite.app.server.url}/api/campaigns/${campaign.id}/flags`, {
      headers: { authorization: `Bearer ${campaign.organiserKey}` },
    })
    const { flags } = (await listed.json()) as { flags: { itemId: string }[] }
    expect(flags.map((f) => f.itemId)).not.toContain(itemId)
  })

  it('is on the facilitator’s board; an imported workshop has no link; a wrong key says so', async () => {
    const lyon = campaign.workshops[0]!
    const board = await (
      await suite.newContext({ viewport: { width: 1440, height: 900 } })
    ).newPage()
    await board.goto(`${lyon.facilitatorUrl}&code=${lyon.code}`)
    const link = board.getByRole('link', { name: 'Voir où vont nos recommandations' })
    await link.waitFor()
    const href = (await link.getAttribute('href'))!
    expect(href).toMatch(new RegExp(`/c/${campaign.id}/t#key=`))
    const page = await (await suite.newContext({ viewport: PHONE })).newPage()
    await page.goto(href)
    await page.getByRole('heading', { level: 1, name: /atelier Lyon$/ }).waitFor()

    await fetch(`${suite.app.server.url}/api/campaigns/${campaign.id}/import`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${campaign.organiserKey}`,
      },
      body: campaign.grenobleSummary,
    })
    const organiserPage = await organiser()
    const grenoble = organiserPage.locator('[data-workshop]', { hasText: 'Grenoble' })
    await grenoble.waitFor()
    expect(await grenoble.textContent()).toContain('importé : pas de lien')
    expect(await grenoble.getByTestId('territory-link-button').count()).toBe(0)

    const wrong = await (await suite.newContext({ viewport: PHONE })).newPage()
    await wrong.goto(`${suite.app.server.url}/c/${campaign.id}/t#key=${campaign.organiserKey}`)
    expect(await wrong.getByRole('alert').textContent()).toBe(
      'Ce lien n’ouvre pas le retour de cette campagne.',
    )
  })

  it('takes the screenshots at 390x844, 1024x768, 1440x900 and 1920x1080', async () => {
    await territoryShots(suite.app, campaign, '/tmp/shots-feedback')
  })
})
