import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { appForFile, joinAsPhone, phoneContext, sendNote } from './harness'

// A whole facilitated run, every face in its own browser context: the
// facilitator creates a workshop, three phones write in silent mode, the
// room is revealed, suggested clusters are accepted (one undone and redone),
// three dots each, the vote (one phone tries to overspend), the live count
// the facilitator alone sees, then the results ranked on the projector.

const suite = appForFile()

const NOTES: Record<string, string[]> = {
  Amandine: ['Former les jeunes à la coopération', 'Mutualiser les achats entre coopératives'],
  Bastien: ['Former les jeunes aux valeurs coopératives', 'Mutualiser les achats de matériel'],
  Chloé: [
    'Former les jeunes en alternance dans nos SCOP',
    "Mutualiser les achats d'énergie entre SCOP",
    'Former les jeunes à la coopération !',
  ],
}

/** Taps "+" on a cluster of the phone's vote list `times` times, waiting for each dot to land. */
async function vote(phone: Page, title: string, times: number) {
  const item = phone.locator('.vote__item', { hasText: title })
  for (let i = 0; i < times; i++) {
    const before = (await item.locator('.vote__dots [aria-hidden]').textContent()) ?? ''
    await item.getByRole('button', { name: /Ajouter une gommette/ }).click()
    await expect
      .poll(() => item.locator('.vote__dots [aria-hidden]').textContent())
      .toBe(`${before}●`)
  }
}

describe('a facilitated workshop', () => {
  it('runs from silent collection to ranked results', async () => {
    const facilitator = await suite.newContext({ viewport: { width: 1440, height: 900 } })
    const board = await facilitator.newPage()
    await board.goto(`${suite.app.server.url}/`)
    await board.getByLabel("Titre de l'atelier").fill('Atelier complet')
    await board.getByRole('button', { name: "Créer l'atelier" }).click()
    await board.getByRole('link', { name: "Ouvrir le tableau d'animation" }).click()
    await board.waitForURL(/\/w\/[^/#]+$/)
    const code = (await board.getByTestId('join-code').textContent())!.trim()
    const screenHref = await board
      .getByRole('link', { name: "Ouvrir l'écran de projection" })
      .getAttribute('href')
    const screen = await (
      await suite.newContext({ viewport: { width: 1920, height: 1080 } })
    ).newPage()
    await screen.goto(`${suite.app.server.url}${screenHref}`)
    await expect.poll(() => screen.getByTestId('screen-todo').textContent()).toContain('téléphone')

    // Silent mode before anyone writes.
    await board.getByLabel('Mode silencieux').check()
    const phones: Record<string, Page> = {}
    for (const name of Object.keys(NOTES)) {
      const phone = await phoneContext(suite.app.browser)
      suite.track(phone)
      phones[name] = await joinAsPhone(phone, suite.app.server.url, code, name)
    }
    for (const [name, texts] of Object.entries(NOTES))
      for (const text of texts) await sendNote(phones[name]!, text)
    await expect.poll(() => board.getByTestId('note-count').textContent()).toBe('7')
    await expect.poll(() => phones.Amandine!.locator('.phase__silent').count()).toBe(1)
    // The projector counts, and shows no text.
    await expect.poll(() => screen.getByTestId('screen-silent-count').textContent()).toBe('7')
    const transcript = screen.getByTestId('screen-transcript')
    expect(await transcript.textContent()).not.toContain('Former les jeunes')

    await board.getByRole('button', { name: 'Révéler les idées' }).click()
    await expect.poll(() => transcript.textContent()).toContain('Former les jeunes aux valeurs')
    expect(await screen.getByTestId('screen-silent-count').count()).toBe(0)
    await expect.poll(() => phones.Amandine!.locator('.phase__silent').count()).toBe(0)

    // Cluster with suggestions.
    await board.getByRole('radio', { name: 'Regroupement' }).check({ force: true })
    await board.getByRole('button', { name: 'Suggérer des groupes' }).click()
    const proposals = board.getByTestId('proposal')
    await expect.poll(() => proposals.count()).toBeGreaterThanOrEqual(2)
    expect(await board.getByTestId('duplicate').count()).toBeGreaterThanOrEqual(1)
    await proposals.first().getByLabel('Titre du groupe proposé').fill('Former les jeunes')
    await proposals.first().getByRole('button', { name: 'Accepter' }).click()
    await expect.poll(() => proposals.count()).toBeGreaterThanOrEqual(1)
    const achats = proposals.filter({ hasText: 'Mutualiser les achats de matériel' })
    await achats.getByLabel('Titre du groupe proposé').fill('Achats groupés')
    await achats.getByRole('button', { name: 'Accepter' }).click()

    await board.getByRole('button', { name: 'Liste' }).click()
    const clusterHeading = (title: string) =>
      board.locator('.list-view__cluster h3', { hasText: title })
    await expect.poll(() => clusterHeading('Former les jeunes').count()).toBe(1)
    await expect.poll(() => clusterHeading('Achats groupés').count()).toBe(1)
    // Undo takes the last accept back, redo restores it.
    await board.keyboard.press('Control+z')
    await expect.poll(() => clusterHeading('Achats groupés').count()).toBe(0)
    await board.keyboard.press('Control+Shift+z')
    await expect.poll(() => clusterHeading('Achats groupés').count()).toBe(1)

    // Three dots each, then vote.
    await board.getByLabel('Gommettes par personne').fill('3')
    await board.getByRole('radio', { name: 'Vote' }).check({ force: true })
    await expect
      .poll(() => phones.Amandine!.locator('.vote__left').textContent())
      .toContain('Il vous reste 3 gommettes.')
    await expect.poll(() => screen.getByTestId('screen-todo').textContent()).toContain('gommettes')

    await vote(phones.Amandine!, 'Former les jeunes', 3)
    await vote(phones.Bastien!, 'Former les jeunes', 2)
    await vote(phones.Bastien!, 'Achats groupés', 1)
    // Chloé spends her three dots and tries a fourth: the phone refuses it.
    const chloe = phones.Chloé!
    await vote(chloe, 'Achats groupés', 3)
    const add = chloe
      .locator('.vote__item', { hasText: 'Former les jeunes' })
      .getByRole('button', { name: /Ajouter une gommette/ })
    expect(await add.isDisabled()).toBe(true)
    expect(await chloe.locator('.vote__left').textContent()).toContain('Il vous reste 0 gommette.')
    expect(await chloe.locator('.vote__spent').textContent()).toContain('toutes vos gommettes')

    // The facilitator sees the live count; the room does not, yet.
    const live = board.getByTestId('live-tallies')
    await expect.poll(() => live.locator('li').first().textContent()).toContain('Former les jeunes')
    await expect.poll(() => live.getByTestId('live-dots').allTextContents()).toEqual(['5', '4'])
    expect(await screen.getByTestId('screen-results').count()).toBe(0)

    // Show results: the projector ranks the clusters with their dots.
    await board.getByRole('button', { name: 'Afficher les résultats' }).click()
    const results = screen.getByTestId('screen-results')
    await expect.poll(() => results.locator('li').count()).toBe(2)
    expect(await results.locator('li').first().textContent()).toContain('Former les jeunes')
    expect(await results.getByTestId('screen-dots').allTextContents()).toEqual([
      '5 gommettes',
      '4 gommettes',
    ])
    await board.getByRole('button', { name: 'Masquer les résultats' }).click()
    await expect.poll(() => results.count()).toBe(0)
  })
})
