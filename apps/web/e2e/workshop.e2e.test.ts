import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { appForFile, joinAsPhone, phoneContext, sendNote } from './harness'

// The whole room, end to end: a facilitator creates a workshop from the home
// page, two phones join by code and send notes, the notes show on the
// board's list view and on the projector, and a phone that loses the
// network keeps its note through a reload and delivers it exactly once.

const suite = appForFile()

async function listedNotes(board: Page, text: string): Promise<number> {
  return board.locator('.list-view [data-note-id]', { hasText: text }).count()
}

describe('a workshop', () => {
  it('collects notes from phones onto the board and the projector, offline included', async () => {
    const facilitator = await suite.newContext({ viewport: { width: 1440, height: 900 } })
    const board = await facilitator.newPage()
    await board.goto(`${suite.app.server.url}/`)
    await board.getByLabel("Titre de l'atelier").fill('Atelier e2e')
    await board.getByRole('button', { name: "Créer l'atelier" }).click()
    await board.waitForURL(/\/w\/[^/#]+$/)
    expect(new URL(board.url()).hash).toBe('')
    const code = (await board.getByTestId('join-code').textContent())!.trim()
    expect(code).toMatch(/^[A-Z0-9]{6}$/)

    const screenHref = await board
      .getByRole('link', { name: "Ouvrir l'écran de projection" })
      .getAttribute('href')
    const projector = await suite.newContext({ viewport: { width: 1920, height: 1080 } })
    const screen = await projector.newPage()
    await screen.goto(`${suite.app.server.url}${screenHref}`)
    await expect.poll(() => screen.getByTestId('screen-code').textContent()).toBe(code)

    const phoneA = await phoneContext(suite.app.browser)
    const phoneB = await phoneContext(suite.app.browser)
    suite.track(phoneA)
    suite.track(phoneB)
    const a = await joinAsPhone(phoneA, suite.app.server.url, code, 'Amandine')
    const b = await joinAsPhone(phoneB, suite.app.server.url, code)
    await sendNote(a, 'Former les jeunes à la coopération')
    await sendNote(b, 'Mutualiser les achats entre SCOP')

    await expect.poll(() => board.getByTestId('connected-count').textContent()).toBe('2')
    await expect.poll(() => screen.getByTestId('screen-people').textContent()).toBe('2')

    await board.getByRole('button', { name: 'Liste' }).click()
    await expect.poll(() => listedNotes(board, 'Former les jeunes à la coopération')).toBe(1)
    await expect.poll(() => listedNotes(board, 'Mutualiser les achats entre SCOP')).toBe(1)
    const transcript = screen.getByTestId('screen-transcript')
    await expect
      .poll(() => transcript.textContent())
      .toContain('Former les jeunes à la coopération')
    await expect.poll(() => transcript.textContent()).toContain('Mutualiser les achats entre SCOP')
    await expect.poll(() => screen.getByTestId('screen-notes').textContent()).toBe('2')

    // Phone A loses the network, writes a note, reloads while still offline.
    await phoneA.setOffline(true)
    await expect.poll(() => a.locator('.connection').getAttribute('data-status')).toBe('offline')
    const offlineText = 'Une idée écrite sans réseau'
    await sendNote(a, offlineText)
    const queued = a.locator('.my-note', { hasText: offlineText })
    await expect.poll(() => queued.getAttribute('data-status')).toBe('waiting')
    await a.waitForTimeout(300) // let IndexedDB commit the update
    await a.reload()
    await expect
      .poll(() => a.locator('.my-note', { hasText: offlineText }).getAttribute('data-status'))
      .toBe('waiting')
    expect(await listedNotes(board, offlineText)).toBe(0)

    await phoneA.setOffline(false)
    await expect
      .poll(() => a.locator('.my-note', { hasText: offlineText }).getAttribute('data-status'), {
        timeout: 15_000,
      })
      .toBe('onBoard')
    await expect.poll(() => listedNotes(board, offlineText)).toBe(1)
    await expect.poll(() => transcript.textContent()).toContain(offlineText)
    // Exactly once, also after the dust settles.
    await board.waitForTimeout(1000)
    expect(await listedNotes(board, offlineText)).toBe(1)
    expect(await a.locator('.my-note', { hasText: offlineText }).count()).toBe(1)
    await expect.poll(() => board.getByTestId('note-count').textContent()).toBe('3')
  })
})
