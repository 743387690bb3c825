import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { boardReady, centre, emptyPoint, noteByText, smallWorkshop } from './canvasProbe'
import { appForFile, joinAsPhone, phoneContext, sendNote } from './harness'
import { loadServer, loadWebSocket } from './server'

// A pan draws the notes once into a bitmap and copies it on every frame
// (canvas/panBitmap.ts). What the facilitator sees must not show it: the
// picture during a pan is the one the notes draw when it ends, to the pixel,
// and a note that arrives during a pan shows during the pan.

const suite = appForFile()

/** The content layer's pixels, kept in the page; whether it is drawn from a bitmap now. */
function keepPixels(page: Page) {
  return page.evaluate(async () => {
    type Layer = {
      isCached(): boolean
      getNativeCanvasElement(): HTMLCanvasElement
      findOne(f: (n: { id(): string }) => boolean): unknown
    }
    const win = window as unknown as {
      Konva: { stages: { getLayers(): Layer[] }[] }
      __kept?: Uint8ClampedArray
    }
    // Two frames: the draw a mouse move asked for has happened.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
    const layer = win.Konva.stages
      .at(-1)!
      .getLayers()
      .find((l) => l.findOne((n) => n.id().startsWith('note-')))!
    const canvas = layer.getNativeCanvasElement()
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data
    const kept = win.__kept
    win.__kept = pixels
    let drawn = 0
    let differing = 0
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i + 3]! > 0) drawn++
      if (!kept) continue
      for (let c = 0; c < 4; c++)
        if (Math.abs(pixels[i + c]! - kept[i + c]!) > 2) {
          differing++
          break
        }
    }
    return { bitmap: layer.isCached(), drawn, differing: kept ? differing : null }
  })
}

async function openSmallBoard(deviceScaleFactor: number) {
  const { seedWorkshop } = await loadServer()
  const data = smallWorkshop()
  const seeded = await seedWorkshop(suite.app.server.url, data, {
    WebSocket: await loadWebSocket(),
    until: 'collect',
  })
  const context = await suite.newContext({
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor,
  })
  const page = await context.newPage()
  await page.goto(`${seeded.facilitatorUrl}&code=${seeded.code}`)
  await boardReady(page)
  await page.getByRole('button', { name: 'Tout voir' }).click()
  await boardReady(page)
  return { page, data, code: seeded.code }
}

/**
 * Pans with the mouse held down while `meanwhile` runs, moves once more, and
 * lets go: the content layer's pixels at each step (`last` is compared with
 * the notes' own draw at the same view, `after`).
 */
async function panWhile(page: Page, meanwhile: () => Promise<unknown>) {
  const from = await emptyPoint(page)
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  // Fractions of a pixel per step, as a trackpad or a finger gives them.
  await page.mouse.move(from.x + 137, from.y + 41, { steps: 10 })
  const during = await keepPixels(page)
  await meanwhile()
  await page.mouse.move(from.x + 140, from.y + 45, { steps: 3 })
  const last = await keepPixels(page)
  await page.mouse.up()
  const after = await keepPixels(page)
  return { during, last, after }
}

/** The pan was drawn from bitmaps, and letting go changed no pixel. */
function expectSamePicture({ during, last, after }: Awaited<ReturnType<typeof panWhile>>) {
  expect(during.bitmap).toBe(true)
  expect(during.drawn).toBeGreaterThan(10_000)
  expect(last.bitmap).toBe(true)
  expect(after.bitmap).toBe(false)
  // A stale bitmap lacks a change, a shifted one blurs every edge: thousands
  // of pixels. A few antialiased edge pixels may round apart (1 of 3.8
  // million at ratio 2 when this was written).
  expect(after.differing).toBeLessThan(50)
}

describe('a pan over the board', () => {
  for (const dpr of [1, 2])
    it(`at device pixel ratio ${dpr}: shows during the pan the picture the notes draw after it, with what changed meanwhile`, async () => {
      const { page, data, code } = await openSmallBoard(dpr)
      // A selected note: its outline reaches past its rectangle, in screen pixels.
      const first = await noteByText(page, data.notes[0]!.text.slice(0, 24))
      await page.mouse.click(centre(first).x, centre(first).y)
      await expect
        .poll(() => page.locator('.toolbar__count').textContent())
        .toBe('1 note sélectionnée')

      // A phone writes while the mouse is down.
      const phone = suite.track(await phoneContext(suite.app.browser))
      const mobile = await joinAsPhone(phone, suite.app.server.url, code)
      const count = String(data.notes.length + 1)
      expectSamePicture(
        await panWhile(page, async () => {
          await sendNote(mobile, 'Un fonds de solidarité entre coopératives')
          await expect.poll(() => page.getByTestId('note-count').textContent()).toBe(count)
        }),
      )
      // The board listens again: a click on the new note selects it.
      const note = await noteByText(page, 'Un fonds de solidarité')
      await page.mouse.click(centre(note).x, centre(note).y)
      await expect
        .poll(() => page.locator('.toolbar__count').textContent())
        .toBe('1 note sélectionnée')

      // What changes on the canvas without changing the board (an outline, a
      // level of detail) is set on the Konva nodes: here a note's colour.
      expectSamePicture(
        await panWhile(page, () =>
          page.evaluate(() => {
            type Node = { id(): string; findOne(s: string): { fill(c: string): void } }
            const stage = (
              window as unknown as {
                Konva: { stages: { find(f: (n: Node) => boolean): Node[] }[] }
              }
            ).Konva.stages.at(-1)!
            stage
              .find((n) => n.id().startsWith('note-'))[0]!
              .findOne('Rect')
              .fill('#d94f4f')
          }),
        ),
      )
      await page.context().close()
    })
})
