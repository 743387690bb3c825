import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type App, joinAsPhone, phoneContext, sendNote, startApp } from './harness'

// A note written offline that arrives after the facilitator locked the board
// is refused by the server; the phone says so, with the reason, and the
// board never shows it.

let app: App

beforeAll(async () => {
  app = await startApp()
})

afterAll(async () => {
  await app?.close()
})

describe('a refused note', () => {
  it('shows the reason the server gave', async () => {
    const response = await fetch(`${app.server.url}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Atelier verrouillé', template: 'blank', language: 'fr' }),
    })
    const created = (await response.json()) as { code: string; facilitatorUrl: string }
    const facilitator = await app.browser.newContext({ viewport: { width: 1440, height: 900 } })
    const board = await facilitator.newPage()
    await board.goto(`${created.facilitatorUrl}&code=${created.code}`)

    const phone = await phoneContext(app.browser)
    const mobile = await joinAsPhone(phone, app.server.url, created.code)
    // One open question: no theme picker.
    expect(await mobile.locator('.picker').count()).toBe(0)

    await phone.setOffline(true)
    await sendNote(mobile, 'Écrite avant le verrouillage')
    await board.getByLabel('Verrouiller le tableau').check()
    await phone.setOffline(false)

    const note = mobile.locator('.my-note', { hasText: 'Écrite avant le verrouillage' })
    await expect.poll(() => note.getAttribute('data-status'), { timeout: 15_000 }).toBe('refused')
    expect(await note.getByTestId('note-status').textContent()).toBe(
      'Refusée : le tableau est verrouillé',
    )
    await expect.poll(() => mobile.locator('.phase__todo').textContent()).toContain('verrouillé')
    expect(await board.getByTestId('note-count').textContent()).toBe('0')
    await phone.close()
    await facilitator.close()
  })

  it('tells a removed participant, instead of reconnecting forever', async () => {
    const response = await fetch(`${app.server.url}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Atelier modéré', template: 'blank', language: 'fr' }),
    })
    const created = (await response.json()) as { id: string; code: string; facilitatorKey: string }
    const phone = await phoneContext(app.browser)
    const mobile = await joinAsPhone(phone, app.server.url, created.code)
    await expect
      .poll(() => mobile.locator('.connection').getAttribute('data-status'))
      .toBe('connected')
    const session = await mobile.evaluate(
      (code) => JSON.parse(localStorage.getItem(`atelier.phone.${code}`)!),
      created.code,
    )

    const removed = await fetch(
      `${app.server.url}/api/workshops/${created.id}/participants/${session.participantId}/remove`,
      { method: 'POST', headers: { authorization: `Bearer ${created.facilitatorKey}` } },
    )
    expect(removed.status).toBe(200)
    await mobile.reload()
    await expect
      .poll(() => mobile.locator('.connection').getAttribute('data-status'), { timeout: 20_000 })
      .toBe('refused')
    await mobile.getByRole('button', { name: 'Rejoindre à nouveau' }).click()
    await mobile.getByRole('button', { name: 'Entrer' }).waitFor()
    await phone.close()
  })
})
