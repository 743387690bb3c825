import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { appForFile, joinAsPhone, phoneContext, sendNote, startApp } from './harness'

// Issue 9, joining: the facilitator closes and reopens joining from the
// access section (a new phone's join page says why; a phone already in keeps
// sending notes), and removes a participant together with their notes.

const suite = appForFile()
const LAPTOP = { viewport: { width: 1440, height: 900 } }
/** Set SHOTS_DIR to also save the changed screens at the four sizes. */
const SHOTS = process.env.SHOTS_DIR
const SIZES = [
  { width: 390, height: 844 },
  { width: 1024, height: 768 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
]

async function shoot(page: Page, name: string, locate?: () => Promise<void>) {
  if (!SHOTS) return
  mkdirSync(SHOTS, { recursive: true })
  const original = page.viewportSize()
  for (const size of SIZES) {
    await page.setViewportSize(size)
    await locate?.()
    await page.screenshot({ path: `${SHOTS}/${name}-${size.width}x${size.height}.png` })
  }
  if (original) await page.setViewportSize(original)
}

async function setup(title: string) {
  const response = await fetch(`${suite.app.server.url}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title, template: 'blank', language: 'fr' }),
  })
  const created = (await response.json()) as { code: string; facilitatorUrl: string }
  const board = await (await suite.newContext(LAPTOP)).newPage()
  await board.goto(`${created.facilitatorUrl}&code=${created.code}`)
  await board.getByTestId('join-code').waitFor()
  return { created, board }
}

describe('joining', () => {
  it('the facilitator closes joining: a new phone is told, a phone already in keeps working, reopening lets it in', async () => {
    const { created, board } = await setup('Atelier accès fermé')
    const early = await joinAsPhone(
      suite.track(await phoneContext(suite.app.browser)),
      suite.app.server.url,
      created.code,
      'Amandine',
    )
    const toggle = board.getByTestId('joining-toggle')
    await toggle.scrollIntoViewIfNeeded()
    await toggle.getByRole('button', { name: 'Fermer l’accès aux nouveaux participants' }).click()
    await expect.poll(() => toggle.getAttribute('data-open')).toBe('false')
    await toggle.getByText('Fermé : personne de nouveau ne peut entrer').waitFor()
    await shoot(board, 'facilitator-joining-closed', () => toggle.scrollIntoViewIfNeeded())

    const late = await (await phoneContext(suite.app.browser)).newPage()
    suite.track(late.context())
    await late.goto(`${suite.app.server.url}/j/${created.code}`)
    const refusal = late.getByText('L’animateur a fermé l’accès pour le moment')
    await refusal.waitFor()
    expect(await late.getByRole('button', { name: /^Entrer$/ }).count()).toBe(0)
    await shoot(late, 'phone-joining-closed')

    // The phone that joined before carries on.
    await sendNote(early, 'Toujours là après la fermeture')
    await expect
      .poll(() => board.getByTestId('note-count').textContent(), { timeout: 10_000 })
      .toBe('1')

    await toggle.getByRole('button', { name: 'Rouvrir l’accès' }).click()
    await expect.poll(() => toggle.getAttribute('data-open')).toBe('true')
    await late.reload()
    await late.getByRole('button', { name: /^Entrer$/ }).waitFor()
  })

  it('removing a participant with "delete their notes too" takes their notes off the board', async () => {
    const { created, board } = await setup('Atelier retrait')
    const phones: Page[] = []
    for (const name of ['Amandine', 'Bastien']) {
      const context = suite.track(await phoneContext(suite.app.browser))
      phones.push(await joinAsPhone(context, suite.app.server.url, created.code, name))
    }
    const [a, b] = phones as [Page, Page]
    await sendNote(a, 'Une idée d’Amandine')
    await sendNote(b, 'Une idée de Bastien')
    await sendNote(b, 'Une autre idée de Bastien')
    await expect
      .poll(() => board.getByTestId('note-count').textContent(), { timeout: 10_000 })
      .toBe('3')
    await board.getByRole('button', { name: "Retirer Bastien de l'atelier" }).click()
    const dialog = board.getByRole('alertdialog')
    const choice = dialog.getByLabel('Supprimer aussi ses notes (2)')
    expect(await choice.isChecked()).toBe(false)
    await choice.check()
    await shoot(board, 'facilitator-remove-with-notes', () => dialog.scrollIntoViewIfNeeded())
    await dialog.getByRole('button', { name: 'Oui, retirer' }).click()
    await expect
      .poll(() => board.getByTestId('note-count').textContent(), { timeout: 10_000 })
      .toBe('1')
    await expect
      .poll(() => board.locator('[data-participant-id][data-removed]').textContent())
      .toContain('Bastien')
  })
})

describe('notes sent too fast', () => {
  it('the phone shows "envoyée trop vite" on the note over the limit, which then lands by itself', async () => {
    const app = await startApp({ syncLimits: { notesBurst: 1, notesRefillMs: 2500 } })
    try {
      const response = await fetch(`${app.server.url}/api/workshops`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Atelier rapide', template: 'blank', language: 'fr' }),
      })
      const created = (await response.json()) as { code: string }
      const phone = await joinAsPhone(await phoneContext(app.browser), app.server.url, created.code)
      await sendNote(phone, 'Première idée')
      await sendNote(phone, 'Deuxième idée, trop tôt')
      const tooFast = phone.getByText(/envoyée trop vite/)
      await tooFast.waitFor({ timeout: 10_000 })
      await shoot(phone, 'phone-note-too-fast')
      // The bucket refills: the server re-ingests and the refusal disappears by itself.
      await tooFast.waitFor({ state: 'detached', timeout: 15_000 })
    } finally {
      await app.close()
    }
  })
})
