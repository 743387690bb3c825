import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type App, joinAsPhone, phoneContext, sendNote, startApp } from './harness'

let app: App

beforeAll(async () => {
  app = await startApp()
})

afterAll(async () => {
  await app?.close()
})

async function createWorkshop(): Promise<{ id: string; code: string }> {
  const response = await fetch(`${app.server.url}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Atelier test', template: 'congress', language: 'fr' }),
  })
  expect(response.status).toBe(201)
  return (await response.json()) as { id: string; code: string }
}

describe('phone', () => {
  it('joins, sends a note that reaches the board, edits and deletes it, and keeps the session on reload', async () => {
    const { code } = await createWorkshop()
    const context = await phoneContext(app.browser)
    const page = await joinAsPhone(context, app.server.url, code, 'Amandine')

    await expect
      .poll(() => page.locator('.connection').getAttribute('data-status'))
      .toBe('connected')
    await expect.poll(() => page.locator('.phase__name').textContent()).toBe('Collecte des idées')

    await sendNote(page, 'Mutualiser les achats entre SCOP')
    const note = page.locator('.my-note').first()
    await expect.poll(() => note.getAttribute('data-status'), { timeout: 10_000 }).toBe('onBoard')

    await note.getByRole('button', { name: 'Modifier' }).click()
    await note.getByRole('textbox').fill('Mutualiser les achats publics')
    await note.getByRole('button', { name: 'Enregistrer' }).click()
    await expect
      .poll(() => note.locator('.my-note__text').textContent())
      .toBe('Mutualiser les achats publics')
    await expect.poll(() => note.getAttribute('data-status'), { timeout: 10_000 }).toBe('onBoard')

    await page.reload()
    await expect.poll(() => page.locator('.my-note').count()).toBe(1)
    await expect
      .poll(() => page.locator('.my-note').first().getAttribute('data-status'))
      .toBe('onBoard')

    const again = page.locator('.my-note').first()
    await again.getByRole('button', { name: 'Supprimer' }).click()
    await again.getByRole('button', { name: 'Confirmer ?' }).click()
    await expect.poll(() => page.locator('.my-note').count()).toBe(0)
    await context.close()
  })

  it('says when a code is unknown', async () => {
    const context = await phoneContext(app.browser)
    const page = await context.newPage()
    await page.goto(`${app.server.url}/j/ZZZZZZ`)
    // Checked on the first screen, before any pseudonym (see phone-flow.e2e.test.ts).
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('aucun atelier')
    await context.close()
  })
})
