import { mkdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { watchCsp } from './csp-watch'
import { type App, startApp } from './harness'

// Issue 9: a server with ATELIER_ADMIN_KEY asks for it on the home page, refuses
// a wrong one with a clear message, and creates the workshop with the right one.

const ADMIN_KEY = 'cle-du-congres-2026'
let app: App
beforeAll(async () => {
  app = await startApp({ adminKey: ADMIN_KEY })
})
afterAll(async () => {
  await app.close()
})

describe('the admin key on the home page', () => {
  it('is asked for, refused when wrong, and lets the facilitator create with the right one', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 } })
    const csp = await watchCsp(context)
    const page = await context.newPage()
    await page.goto(`${app.server.url}/`)
    // The campaign form asks for the key too: this is the workshop's.
    const form = page.getByRole('form', { name: 'Animer un atelier' })
    await form.getByLabel("Titre de l'atelier").fill('Atelier protégé')
    const field = form.getByLabel('Clé d’administration du serveur')
    await field.waitFor()
    expect(await field.getAttribute('type')).toBe('password')

    await field.fill('pas-la-bonne-cle')
    await form.getByRole('button', { name: "Créer l'atelier" }).click()
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('Cette clé d’administration n’est pas la bonne.')

    await field.fill(ADMIN_KEY)
    if (process.env.SHOTS_DIR) {
      mkdirSync(process.env.SHOTS_DIR, { recursive: true })
      for (const [width, height] of [
        [390, 844],
        [1024, 768],
        [1440, 900],
        [1920, 1080],
      ] as const) {
        await page.setViewportSize({ width, height })
        await page.screenshot({
          path: `${process.env.SHOTS_DIR}/admin-key-${width}x${height}.png`,
          fullPage: true,
        })
      }
    }
    await form.getByRole('button', { name: "Créer l'atelier" }).click()
    await page.getByRole('link', { name: "Ouvrir le tableau d'animation" }).waitFor()
    expect(csp.violations()).toEqual([])
    await context.close()
  })
})
