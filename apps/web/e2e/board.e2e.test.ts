import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type App, joinAsPhone, konvaNodeRect, phoneContext, sendNote, startApp } from './harness'

// The facilitator's canvas with a real pointer: lasso a selection, make a
// cluster of it, name it inline; the list view (what a screen reader reads)
// shows the result, and the phone's view of the board follows.

let app: App

beforeAll(async () => {
  app = await startApp()
})

afterAll(async () => {
  await app?.close()
})

describe('the facilitator board', () => {
  it('groups lassoed notes into a cluster named inline, and drags notes in and out', async () => {
    const response = await fetch(`${app.server.url}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Atelier canvas', template: 'congress', language: 'fr' }),
    })
    const created = (await response.json()) as { code: string; facilitatorUrl: string }

    const phone = await phoneContext(app.browser)
    const mobile = await joinAsPhone(phone, app.server.url, created.code)
    const texts = ['Groupement d’achats', 'Centrale d’achat commune', 'Achats mutualisés']
    for (const text of texts) await sendNote(mobile, text)
    await expect.poll(() => mobile.locator('.my-note[data-status="onBoard"]').count()).toBe(3)

    const facilitator = await app.browser.newContext({ viewport: { width: 1440, height: 900 } })
    const board = await facilitator.newPage()
    await board.goto(`${created.facilitatorUrl}&code=${created.code}`)
    await expect.poll(() => board.getByTestId('note-count').textContent()).toBe('3')
    await board.getByRole('button', { name: 'Tout voir' }).click()

    // Lasso tool (the touch way); draw a loop around the whole canvas.
    await board.getByRole('button', { name: 'Lasso' }).click()
    const box = (await board.locator('.board-canvas').boundingBox())!
    // Below the search bar, which sits over the canvas's top edge.
    const corners = [
      [box.x + 20, box.y + 84],
      [box.x + box.width - 20, box.y + 84],
      [box.x + box.width - 20, box.y + box.height - 100],
      [box.x + 20, box.y + box.height - 100],
    ] as const
    await board.mouse.move(corners[0][0], corners[0][1])
    await board.mouse.down()
    for (const [x, y] of [...corners.slice(1), corners[0]])
      await board.mouse.move(x, y, { steps: 8 })
    await board.mouse.up()
    await expect
      .poll(() => board.locator('.toolbar__count').textContent())
      .toBe('3 notes sélectionnées')

    await board.getByRole('button', { name: 'Grouper' }).click()
    const rename = board.getByRole('textbox', { name: 'Nom du groupe' })
    await rename.fill('Achats en commun')
    await rename.press('Enter')

    await board.getByRole('button', { name: 'Liste' }).click()
    // Found by its heading: the other sections' "move to" menus also name it.
    const cluster = board
      .locator('.list-view__cluster')
      .filter({ has: board.getByRole('heading', { name: /^Achats en commun/ }) })
    await expect.poll(() => cluster.locator('[data-note-id]').count()).toBe(3)

    // Keyboard path: take one note out of the cluster with its "move to" menu.
    await cluster.getByRole('combobox').first().selectOption({ label: 'Sans groupe' })
    await expect.poll(() => cluster.locator('[data-note-id]').count()).toBe(2)
    const loose = (await board
      .locator('.list-view__cluster--loose [data-note-id]')
      .getAttribute('data-note-id'))!
    const clusterId = (await cluster.getAttribute('data-cluster-id'))!

    // Pointer path: drag the loose note into the cluster on the canvas, then out again.
    await board.getByRole('button', { name: 'Tableau' }).click()
    await board.getByRole('button', { name: 'Lasso' }).click() // back to panning
    await board.locator('.board-canvas canvas').first().waitFor()
    const center = async (id: string) => {
      const r = await konvaNodeRect(board, id)
      return { x: r.x + r.w / 2, y: r.y + r.h / 2 }
    }
    const drag = async (from: { x: number; y: number }, to: { x: number; y: number }) => {
      await board.mouse.move(from.x, from.y)
      await board.mouse.down()
      await board.mouse.move(to.x, to.y, { steps: 12 })
      await board.mouse.up()
    }
    await drag(await center(`note-${loose}`), await center(`cluster-${clusterId}`))
    await board.getByRole('button', { name: 'Liste' }).click()
    await expect.poll(() => cluster.locator('[data-note-id]').count()).toBe(3)

    await board.getByRole('button', { name: 'Tableau' }).click()
    await board.locator('.board-canvas canvas').first().waitFor()
    const from = await center(`note-${loose}`)
    const frame = (await board.locator('.board-canvas').boundingBox())!
    await drag(from, { x: frame.x + frame.width - 40, y: frame.y + 40 })
    await board.getByRole('button', { name: 'Liste' }).click()
    await expect.poll(() => cluster.locator('[data-note-id]').count()).toBe(2)
    await phone.close()
    await facilitator.close()
  })
})
