import { lyonDataset } from '@atelier/fixtures'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { type App, joinAsPhone, phoneContext, sendNote, startApp } from './harness'
import { facilitatorBoard } from './presenter.support'
import { loadServer, loadWebSocket } from './server'

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

/**
 * The Lyon workshop collecting, its facilitator connected: as in a workshop,
 * the server holds the board open and has a copy of it to give.
 */
async function lyonInCollect() {
  const { seedWorkshop } = await loadServer()
  const seeded = await seedWorkshop(app.server.url, lyonDataset(), {
    WebSocket: await loadWebSocket(),
    until: 'collect',
  })
  return { seeded, board: await facilitatorBoard(app.server.url, seeded) }
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

  it('on a slow link, writes and sends a note while the board is still on its way', async () => {
    // The Lyon board (160 notes, an 11.5 KB copy) at 32 kbit/s takes some 3 s
    // to arrive, behind the page's own requests; the join answers with the
    // phase and the themes, so the note box works at once and a note sent
    // meanwhile reaches the board.
    const { seeded, board } = await lyonInCollect()
    const context = await phoneContext(app.browser)
    const page = await context.newPage()
    // No timer is set: the phone has no reason to ask the server's clock.
    const clockRequests: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/api/time')) clockRequests.push(request.url())
    })
    // Every state the badge shows, from the first: a first join never says "Reconnexion…".
    await page.addInitScript(() => {
      const seen: string[] = []
      ;(window as unknown as { badgeStates: string[] }).badgeStates = seen
      new MutationObserver(() => {
        const status = document.querySelector('.connection')?.getAttribute('data-status')
        if (status && seen[seen.length - 1] !== status) seen.push(status)
      }).observe(document, { subtree: true, childList: true, attributes: true })
    })
    await page.goto(`${app.server.url}/j/${seeded.code}`)
    const enter = page.getByRole('button', { name: 'Entrer' })
    await enter.waitFor()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 100,
      downloadThroughput: 4000,
      uploadThroughput: 4000,
    })
    await enter.click()
    await page.locator('textarea.collect__text').waitFor()
    expect(await page.locator('.phase__name').textContent()).toBe('Collecte des idées')
    expect(
      await page.getByRole('radio', { name: lyonDataset().dimensions[1]!.title }).count(),
    ).toBe(1)
    const text = 'Une coopérative d’achat pour les petites structures'
    await sendNote(page, text)
    const onBoard = () =>
      Object.values(board.doc.getMap('notes').toJSON()).some(
        (note) => (note as { text?: string }).text === text,
      )
    await expect.poll(onBoard, { timeout: 8000 }).toBe(true)
    // The board itself has not reached the phone yet: its badge says it is
    // loading (both sockets open, the board still arriving), not reconnecting.
    expect(await page.locator('.connection').getAttribute('data-status')).toBe('loading')
    expect(await page.locator('.connection').textContent()).toContain('Chargement…')
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    })
    await expect
      .poll(() => page.locator('.my-note').first().getAttribute('data-status'), { timeout: 15_000 })
      .toBe('onBoard')
    expect(clockRequests).toEqual([])
    const states = await page.evaluate(
      () => (window as unknown as { badgeStates: string[] }).badgeStates,
    )
    expect(states[0]).toBe('connecting')
    expect(states).toContain('loading')
    expect(states).not.toContain('reconnecting')
    board.close()
    await context.close()
  })

  it('gets the board as a gzip copy while its socket opens; the socket carries only the rest, and no presence goes out', async () => {
    const { seeded, board } = await lyonInCollect()
    const whole = Y.encodeStateAsUpdate(board.doc).length
    const context = await phoneContext(app.browser)
    const page = await context.newPage()
    const copies: { status: number; encoding?: string; bytes: number }[] = []
    page.on('requestfinished', async (request) => {
      if (!request.url().endsWith(`/sync/${seeded.id}/state`)) return
      const response = await request.response()
      copies.push({
        status: response?.status() ?? 0,
        encoding: (await response?.allHeaders())?.['content-encoding'],
        bytes: (await request.sizes()).responseBodySize,
      })
    })
    let boardSocketBytes = 0
    // Presence the phone sends, on any of its sockets (y-websocket message type 1).
    const presenceSent: string[] = []
    page.on('websocket', (socket) => {
      const path = new URL(socket.url()).pathname
      socket.on('framesent', ({ payload }) => {
        if (typeof payload !== 'string' && payload[0] === 1) presenceSent.push(path)
      })
      if (!path.endsWith(`/sync/${seeded.id}`)) return
      socket.on('framereceived', ({ payload }) => {
        boardSocketBytes += typeof payload === 'string' ? payload.length : payload.byteLength
      })
    })
    await page.goto(`${app.server.url}/j/${seeded.code}`)
    await page.getByRole('button', { name: 'Entrer' }).click()
    await expect
      .poll(() => page.locator('.connection').getAttribute('data-status'), { timeout: 15_000 })
      .toBe('connected')
    expect(copies).toHaveLength(1)
    expect(copies[0]!.status).toBe(200)
    expect(copies[0]!.encoding).toBe('gzip')
    // Lyon's 160 notes: the copy is well under half the board's own encoding.
    expect(copies[0]!.bytes).toBeLessThan(whole / 2)
    expect(boardSocketBytes).toBeLessThan(whole / 10)
    // The phone reads the board the copy brought: the themes, then a note sent lands on it.
    expect(
      await page.getByRole('radio', { name: lyonDataset().dimensions[1]!.title }).count(),
    ).toBe(1)
    await sendNote(page, 'Un fonds commun pour les reprises en SCOP')
    await expect
      .poll(() => page.locator('.my-note').first().getAttribute('data-status'), { timeout: 10_000 })
      .toBe('onBoard')
    // A phone announces no presence, in the board or in its own room: the
    // server counts people from sockets, and a thousand phones would each
    // send a frame every 15 s that nobody reads.
    expect(presenceSent).toEqual([])
    board.close()
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
