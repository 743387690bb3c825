import { lyonDataset } from '@atelier/fixtures'
import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { appForFile, joinAsPhone, phoneContext } from './harness'
import { loadServer, loadWebSocket } from './server'

// Issue 8: the facilitator is never locked out. The links are shown after
// creation, work on another machine (a fresh browser context), a browser
// without the key is told what to do, and "log out every other device"
// shuts the others while this browser carries on. Plus vote progress.

const suite = appForFile()
const LAPTOP = { viewport: { width: 1440, height: 900 } }
const WARNING = "Gardez ce lien secret : il donne la main sur l'atelier."

async function createOnHome(page: Page, title: string) {
  await page.goto(`${suite.app.server.url}/`)
  await page.getByLabel("Titre de l'atelier").fill(title)
  await page.getByRole('button', { name: "Créer l'atelier" }).click()
  await page.getByRole('heading', { name: `« ${title} » est créé` }).waitFor()
  const value = (testId: string) => page.getByTestId(testId).locator('input').inputValue()
  return {
    facilitatorUrl: await value('facilitator-link'),
    screenUrl: await value('screen-link'),
    inviteUrl: await value('invite-link'),
    joinUrl: await value('join-link'),
    code: (await page.getByTestId('created-code').textContent())!.trim(),
  }
}

async function openBoard(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage()
  await page.goto(url)
  await page.getByTestId('join-code').waitFor()
  return page
}

describe('the facilitator links', () => {
  it('are shown after creation, copy, and open the board on another machine', async () => {
    const laptop = await suite.newContext(LAPTOP)
    await laptop.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: suite.app.server.url,
    })
    const home = await laptop.newPage()
    const links = await createOnHome(home, 'Atelier accès')
    const id = new URL(links.facilitatorUrl).pathname.split('/')[2]!
    expect(links.facilitatorUrl).toMatch(new RegExp(`/w/${id}#key=[\\w-]+$`))
    expect(links.screenUrl).toMatch(new RegExp(`/w/${id}/screen#token=`))
    expect(links.inviteUrl).toMatch(new RegExp(`/w/${id}#key=.+\\..+`))
    expect(links.joinUrl).toBe(`${suite.app.server.url}/j/${links.code}`)
    await expect.poll(() => home.getByText(WARNING).isVisible()).toBe(true)

    const facilitatorField = home.getByTestId('facilitator-link')
    await facilitatorField.getByRole('button', { name: 'Copier' }).click()
    await expect.poll(() => facilitatorField.getByRole('button').textContent()).toBe('Copié ✓')
    expect(await home.evaluate(() => navigator.clipboard.readText())).toBe(links.facilitatorUrl)

    // Another machine: nothing stored, only the link.
    const other = await suite.newContext(LAPTOP)
    const board = await openBoard(other, links.facilitatorUrl)
    expect(await board.getByTestId('join-code').textContent()).toBe(links.code)
    // The co-facilitator's invitation opens the same board, and it writes.
    const cohost = await openBoard(await suite.newContext(LAPTOP), links.inviteUrl)
    await cohost.getByRole('radio', { name: 'Regroupement' }).check({ force: true })
    await expect
      .poll(() => board.getByRole('radio', { name: 'Regroupement' }).isChecked())
      .toBe(true)

    // A browser without the key is told what it can do, not sent to a link it never got.
    const stranger = await (await suite.newContext(LAPTOP)).newPage()
    await stranger.goto(`${suite.app.server.url}/w/${id}`)
    await stranger
      .getByRole('heading', { name: "Ce navigateur ne peut pas ouvrir le tableau d'animation" })
      .waitFor()
    const help = (await stranger.locator('.access-help').textContent()) ?? ''
    expect(help).toContain("ouvrez le lien d'animation que vous avez copié à la création")
    expect(help).toContain("demandez à l'autre personne une invitation")
    expect(help).toContain('entrez le code affiché')
  })

  it('fall back to a selected field when the clipboard is not available', async () => {
    const context = await suite.newContext(LAPTOP)
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined })
    })
    const home = await context.newPage()
    const links = await createOnHome(home, 'Atelier sans presse-papiers')
    const field = home.getByTestId('screen-link')
    await field.getByRole('button', { name: 'Copier' }).click()
    await expect
      .poll(() => field.textContent())
      .toContain('le lien est sélectionné, copiez-le avec Ctrl+C')
    const selected = await field
      .locator('input')
      .evaluate((input: HTMLInputElement) =>
        document.activeElement === input
          ? input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0)
          : '',
      )
    expect(selected).toBe(links.screenUrl)
  })
})

describe('log out every other device', () => {
  it('shuts the old link in the other browser while this one carries on', async () => {
    const a = await suite.newContext(LAPTOP)
    const home = await a.newPage()
    const links = await createOnHome(home, 'Atelier clé volée')
    await home.getByRole('link', { name: "Ouvrir le tableau d'animation" }).click()
    const boardA = home
    await boardA.getByTestId('join-code').waitFor()
    const boardB = await openBoard(await suite.newContext(LAPTOP), links.facilitatorUrl)
    const screen = await (
      await suite.newContext({ viewport: { width: 1920, height: 1080 } })
    ).newPage()
    await screen.goto(links.screenUrl)
    await expect.poll(() => screen.getByTestId('screen-code').textContent()).toBe(links.code)
    const phone = await phoneContext(suite.app.browser)
    suite.track(phone)
    const mobile = await joinAsPhone(phone, suite.app.server.url, links.code, 'Amandine')

    const access = boardA.getByTestId('access-section')
    await access.getByRole('button', { name: /Déconnecter tous les autres appareils/ }).click()
    await access.getByRole('button', { name: 'Oui, créer une nouvelle clé' }).click()
    await access.getByText('Nouvelle clé créée').waitFor()

    // B is told, and is cut off: its sockets are closed for good.
    await boardB.getByRole('alertdialog', { name: "Ce lien d'animation a été remplacé" }).waitFor()
    await expect
      .poll(() => boardB.locator('.connection').getAttribute('data-status'))
      .toBe('refused')

    // A carries on with the new key: its connection is back and its writes land.
    await expect
      .poll(() => boardA.locator('.connection').getAttribute('data-status'))
      .toBe('connected')
    expect(await boardA.getByRole('alertdialog').count()).toBe(0)
    const newLink = await access
      .getByTestId('access-facilitator-link')
      .locator('input')
      .inputValue()
    expect(newLink).not.toBe(links.facilitatorUrl)
    await boardA.getByRole('radio', { name: 'Vote' }).check({ force: true })
    // The projector and the phone were not disconnected: they follow A.
    await expect.poll(() => mobile.locator('.vote, .vote__item').count()).toBeGreaterThan(0)
    await expect.poll(() => screen.getByTestId('screen-todo').textContent()).toContain('Votez')
    expect(await screen.locator('.screen__offline').count()).toBe(0)

    // The old link on yet another machine says it was replaced; the new one opens the board.
    const late = await (await suite.newContext(LAPTOP)).newPage()
    await late.goto(links.facilitatorUrl)
    await late.getByRole('heading', { name: "Ce lien d'animation a été remplacé" }).waitFor()
    const fresh = await openBoard(await suite.newContext(LAPTOP), newLink)
    expect(await fresh.getByTestId('join-code').textContent()).toBe(links.code)
    // The invitation made before the rotation is dead too.
    const invited = await (await suite.newContext(LAPTOP)).newPage()
    await invited.goto(links.inviteUrl)
    await invited.getByRole('heading', { name: "Ce lien d'animation a été remplacé" }).waitFor()
  })
})

/** Joins by code once voting is on (the phone then shows the clusters, no text box). */
async function joinDuringVote(context: BrowserContext, code: string, name: string) {
  const page = await context.newPage()
  await page.goto(`${suite.app.server.url}/j/${code}`)
  await page.getByLabel(/pseudonyme/i).fill(name)
  await page.getByRole('button', { name: 'Entrer' }).click()
  await page.locator('.vote__item').first().waitFor()
  return page
}

describe('vote progress', () => {
  it('counts the phones that have voted out of the participants', async () => {
    const { seedWorkshop } = await loadServer()
    const dataset = lyonDataset()
    const seeded = await seedWorkshop(suite.app.server.url, dataset, {
      WebSocket: await loadWebSocket(),
      until: 'cluster',
    })
    const board = await openBoard(await suite.newContext(LAPTOP), seeded.facilitatorUrl)
    await board.getByRole('radio', { name: 'Vote' }).check({ force: true })
    const people = dataset.participants.length
    const progress = board.getByTestId('vote-progress')
    await expect.poll(() => progress.textContent()).toBe(`0 / ${people} a voté`)

    const phones: Page[] = []
    for (const name of ['Camille', 'Dominique']) {
      const context = await phoneContext(suite.app.browser)
      suite.track(context)
      phones.push(await joinDuringVote(context, seeded.code, name))
    }
    await expect.poll(() => progress.textContent()).toBe(`0 / ${people + 2} a voté`)
    for (const [i, phone] of phones.entries()) {
      await phone
        .getByRole('button', { name: /Ajouter une gommette/ })
        .first()
        .click()
      await expect
        .poll(() => progress.textContent())
        .toBe(`${i + 1} / ${people + 2} ${i === 0 ? 'a' : 'ont'} voté`)
    }
  })
})
