import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { appForFile, joinAsPhone, phoneContext, sendNote } from './harness'

// Issue 9: in silent mode the board holds notes without their text (phones
// and the projector may not read it). The author's phone still sees its note
// land ("on the board"), and the facilitator still reads every text, from the
// private room. Screenshots of both faces go to SHOTS_DIR when it is set.

const suite = appForFile()
const SIZES = [
  { width: 390, height: 844 },
  { width: 1024, height: 768 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
]

async function shots(page: Page, name: string, scrollTo?: string) {
  const dir = process.env.SHOTS_DIR
  if (!dir) return
  mkdirSync(dir, { recursive: true })
  for (const size of SIZES) {
    await page.setViewportSize(size)
    if (scrollTo) await page.locator(scrollTo).scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${dir}/${name}-${size.width}x${size.height}.png` })
  }
}

describe('silent mode and the private room', () => {
  it('the phone sees its note land while the board withholds its text; the facilitator reads it', async () => {
    const facilitator = await suite.newContext({ viewport: { width: 1440, height: 900 } })
    const board = await facilitator.newPage()
    await board.goto(`${suite.app.server.url}/`)
    await board.getByLabel("Titre de l'atelier").fill('Atelier discret')
    await board.getByRole('button', { name: "Créer l'atelier" }).click()
    await board.getByRole('link', { name: "Ouvrir le tableau d'animation" }).click()
    await board.waitForURL(/\/w\/[^/#]+$/)
    const code = (await board.getByTestId('join-code').textContent())!.trim()
    await board.getByLabel('Mode silencieux').check()

    const context = await phoneContext(suite.app.browser)
    suite.track(context)
    const phone = await joinAsPhone(context, suite.app.server.url, code, 'Amandine')
    await sendNote(phone, 'Une idée gardée pour plus tard')
    const mine = phone.locator('.my-note', { hasText: 'Une idée gardée pour plus tard' })
    await expect.poll(() => mine.getAttribute('data-status')).toBe('onBoard')

    await board.getByRole('button', { name: 'Liste' }).click()
    await expect
      .poll(() =>
        board.evaluate(() => document.body.textContent?.includes('Une idée gardée pour plus tard')),
      )
      .toBe(true)
    // The participants panel names its author (the name is in the private room only).
    await expect
      .poll(() => board.locator('[data-participant-id]').first().textContent())
      .toContain('Amandine')
    await shots(phone, 'phone-silent', '.my-notes')
    await shots(board, 'facilitator-list-silent')
  })
})
