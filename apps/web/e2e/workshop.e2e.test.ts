import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { watchCsp } from './csp-watch'
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
    const csp = [await watchCsp(facilitator)]
    const board = await facilitator.newPage()
    await board.goto(`${suite.app.server.url}/`)
    await board.getByLabel("Titre de l'atelier").fill('Atelier e2e')
    await board.getByRole('button', { name: "Créer l'atelier" }).click()
    await board.getByRole('link', { name: "Ouvrir le tableau d'animation" }).click()
    await board.waitForURL(/\/w\/[^/#]+$/)
    expect(new URL(board.url()).hash).toBe('')
    const code = (await board.getByTestId('join-code').textContent())!.trim()
    expect(code).toMatch(/^[A-Z0-9]{6}$/)

    const screenHref = await board
      .getByRole('link', { name: "Ouvrir l'écran de projection" })
      .getAttribute('href')
    const projector = await suite.newContext({ viewport: { width: 1920, height: 1080 } })
    csp.push(await watchCsp(projector))
    const screen = await projector.newPage()
    await screen.goto(`${suite.app.server.url}${screenHref}`)
    await expect.poll(() => screen.getByTestId('screen-code').textContent()).toBe(code)

    const phoneA = await phoneContext(suite.app.browser)
    const phoneB = await phoneContext(suite.app.browser)
    suite.track(phoneA)
    suite.track(phoneB)
    csp.push(await watchCsp(phoneA), await watchCsp(phoneB))
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
    // Reload only once IndexedDB holds the note (y-indexeddb writes asynchronously).
    await expect.poll(() => storedOnPhone(a, offlineText), { timeout: 10_000 }).toBe(true)
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
    // Home page, board, projector, phones (service worker included) under the server's CSP.
    expect(csp.flatMap((watch) => watch.violations())).toEqual([])
  })
})

/** Whether some Yjs update stored by y-indexeddb on this page contains `text` (UTF-8). */
function storedOnPhone(page: Page, text: string): Promise<boolean> {
  return page.evaluate(async (needle) => {
    const wanted = new TextEncoder().encode(needle)
    const contains = (bytes: Uint8Array) => {
      outer: for (let i = 0; i + wanted.length <= bytes.length; i++) {
        for (let j = 0; j < wanted.length; j++) if (bytes[i + j] !== wanted[j]) continue outer
        return true
      }
      return false
    }
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name)
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      if (!db.objectStoreNames.contains('updates')) {
        db.close()
        continue
      }
      const updates = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction('updates').objectStore('updates').getAll()
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      db.close()
      if (updates.some((u) => u instanceof Uint8Array && contains(u))) return true
    }
    return false
  }, text)
}
