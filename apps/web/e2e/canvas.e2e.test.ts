import { lyonDataset, type WorkshopDataset } from '@atelier/fixtures'
import type { Locator, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  boardReady,
  centre,
  drag,
  emptyPoint,
  expectTidy,
  inside,
  noteByText,
  overlapping,
  probeCanvas,
  type ScreenRect,
  smallWorkshop as small,
} from './canvasProbe'
import { appForFile } from './harness'
import { BOARD_SIZES, searchFor } from './screenshots.canvas'
import { loadServer, loadWebSocket } from './server'

// The canvas at its default zoom (issue 8), in real Chromium: readable on
// opening, searchable, clustering by drop, tidy after drops, usable on a
// tablet and a small laptop, and by touch.

const suite = appForFile()
const SHOTS = '/tmp/shots-canvas'
const lyon = lyonDataset()
let lyonBoard = ''

async function seed(dataset: WorkshopDataset, until: 'collect' | 'vote'): Promise<string> {
  const { seedWorkshop } = await loadServer()
  const seeded = await seedWorkshop(suite.app.server.url, dataset, {
    WebSocket: await loadWebSocket(),
    until,
  })
  return `${seeded.facilitatorUrl}&code=${seeded.code}`
}

beforeAll(async () => {
  lyonBoard = await seed(lyonDataset(), 'vote')
})

async function openBoard(
  size: { width: number; height: number },
  url = lyonBoard,
  touch = false,
): Promise<Page> {
  const context = await suite.newContext({ viewport: size, hasTouch: touch })
  const page = await context.newPage()
  await page.goto(url)
  await boardReady(page)
  return page
}

describe('the canvas at its default zoom', () => {
  it('opens readable: every note in view has text of at least 11 CSS px at 1440x900', async () => {
    const page = await openBoard({ width: 1440, height: 900 })
    const probe = await probeCanvas(page)
    expect(probe.inView.length).toBeGreaterThan(5)
    expect(Math.min(...probe.textPx)).toBeGreaterThanOrEqual(11)
    // The seeded board's 21 clusters: no two frames overlap.
    expect(probe.clusters.length).toBe(lyon.clusters.length)
    expect(overlapping(probe.clusters)).toEqual([])
    await page.screenshot({ path: `${SHOTS}/board-1440x900.png` })
    await page.context().close()
  })

  it('searches by word, accent- and case-insensitively, zooms to the matches, filters by theme', async () => {
    const page = await openBoard({ width: 1440, height: 900 })
    await searchFor(page, 'Coopérative')
    const count = Number((await page.getByTestId('search-count').textContent())!.match(/\d+/)![0])
    const expected = lyon.notes.filter((n) =>
      /coop[ée]rati(ve|f)s?\b/i.test(n.text.normalize('NFC')),
    ).length
    expect(count).toBeGreaterThanOrEqual(expected)
    let probe = await probeCanvas(page)
    expect(probe.matches).toBe(count)
    // Highlighted: the matches outlined, every other note faded.
    expect(probe.faded).toBe(probe.notes.length - count)
    // Zoomed to them: every outlined note is on screen.
    const matched = await page.evaluate(() => {
      const stage = (
        window as never as {
          Konva: { stages: { find(s: string): { getParent(): { id(): string } }[] }[] }
        }
      ).Konva.stages.at(-1)!
      return stage.find('.note-match').map((r) => r.getParent().id())
    })
    for (const id of matched) {
      const r = probe.notes.find((n) => n.id === id)!
      expect(r.x).toBeGreaterThanOrEqual(probe.box.x - 1)
      expect(r.x + r.w).toBeLessThanOrEqual(probe.box.x + probe.box.w + 1)
      expect(r.y + r.h).toBeLessThanOrEqual(probe.box.y + probe.box.h + 1)
    }
    await page.screenshot({ path: `${SHOTS}/board-search-1440x900.png` })

    // The theme filter alone shows that theme's notes.
    const theme = lyon.dimensions[1]!
    await page.getByRole('searchbox', { name: 'Rechercher dans les notes' }).fill('')
    await page.getByRole('combobox', { name: 'Thème' }).selectOption({ label: theme.title })
    const inTheme = lyon.notes.filter((n) => n.dimension === theme.id).length
    await expect
      .poll(() => page.getByTestId('search-count').textContent())
      .toBe(`${inTheme} notes trouvées`)
    await boardReady(page)
    probe = await probeCanvas(page)
    expect(probe.matches).toBe(inTheme)
    await page.context().close()
  })

  it('clusters by dropping a note on a note, joins by dropping on a clustered one, and stays tidy', async () => {
    const data = small()
    const url = await seed(data, 'collect')
    const page = await openBoard({ width: 1440, height: 900 }, url)
    const [a, b, c] = data.notes.map((n) => n.text.slice(0, 24))
    expect((await probeCanvas(page)).clusters).toHaveLength(0)

    await drag(page, centre(await noteByText(page, b!)), centre(await noteByText(page, a!)))
    let probe = await probeCanvas(page)
    expect(probe.clusters).toHaveLength(1)
    const stack = probe.clusters[0]!
    expect(inside(await noteByText(page, a!), stack)).toBe(true)
    expect(inside(await noteByText(page, b!), stack)).toBe(true)
    await expectTidy(page)

    // Onto a note that is in a cluster: the third note joins that cluster.
    await drag(page, centre(await noteByText(page, c!)), centre(await noteByText(page, b!)))
    probe = await probeCanvas(page)
    expect(probe.clusters).toHaveLength(1)
    for (const text of [a!, b!, c!])
      expect(inside(await noteByText(page, text), probe.clusters[0]!)).toBe(true)
    await expectTidy(page)
    await page.screenshot({ path: `${SHOTS}/board-stack-1440x900.png` })

    // A note of another theme onto the cluster's note: refused, says why, goes back.
    const stranger = data.notes.at(-1)!.text.slice(0, 24)
    await page.getByRole('button', { name: 'Tout voir' }).click()
    await boardReady(page)
    const before = await noteByText(page, stranger)
    await drag(page, centre(before), centre(await noteByText(page, a!)))
    const alert = page.getByRole('alert').filter({ hasText: 'Impossible' })
    await alert.waitFor()
    expect(await alert.textContent()).toContain(lyon.dimensions[0]!.title)
    await page.screenshot({ path: `${SHOTS}/board-refused-1440x900.png` })
    const after = await noteByText(page, stranger)
    expect(Math.abs(after.x - before.x)).toBeLessThan(1)
    expect(Math.abs(after.y - before.y)).toBeLessThan(1)
    expect((await probeCanvas(page)).clusters).toHaveLength(1)
    await expectTidy(page)

    // A second stack, merged into the first from the cluster panel: every note ends inside the survivor.
    const [, , , d, e] = data.notes.map((n) => n.text.slice(0, 24))
    await drag(page, centre(await noteByText(page, e!)), centre(await noteByText(page, d!)))
    probe = await probeCanvas(page)
    expect(probe.clusters).toHaveLength(2)
    await expectTidy(page)
    const survivor = probe.clusters[0]!
    await page.mouse.click(survivor.x + 12, survivor.y + 8)
    const panel = page.getByTestId('cluster-panel')
    await panel.getByRole('combobox', { name: 'Fusionner avec' }).selectOption({ index: 1 })
    await panel.getByRole('button', { name: 'Fusionner', exact: true }).click()
    await expect.poll(async () => (await probeCanvas(page)).clusters.length).toBe(1)
    await boardReady(page)
    probe = await probeCanvas(page)
    for (const text of [a!, b!, c!, d!, e!])
      expect(inside(await noteByText(page, text), probe.clusters[0]!)).toBe(true)
    await expectTidy(page)
    await page.screenshot({ path: `${SHOTS}/board-merged-1440x900.png` })
    await page.context().close()
  })

  it('draws a note dropped on its left neighbour in the stack slot, also when that slot is where it came from', async () => {
    // Twelve loose notes of one theme: a second row of three or more in the seeded grid.
    const first = lyon.dimensions[0]!.id
    const notesOfOne = lyon.notes.filter((n) => n.dimension === first).slice(0, 12)
    const data = { ...small(), notes: notesOfOne.map((n) => ({ ...n, cluster: null })) }
    const page = await openBoard({ width: 1440, height: 900 }, await seed(data, 'collect'))
    // Two notes side by side below the top row and right of the first column
    // (a stack there moves under its header, or inside the theme's margin):
    // the stack's second slot, right of the note dropped on, is where the
    // right one was.
    const notes = (await probeCanvas(page)).notes
    const top = Math.min(...notes.map((n) => n.world!.y))
    const leftmost = Math.min(...notes.map((n) => n.world!.x))
    const pairs = notes.flatMap((left) =>
      notes
        .filter(
          (right) =>
            left.world!.y > top &&
            left.world!.x > leftmost &&
            right.world!.y === left.world!.y &&
            right.world!.x > left.world!.x,
        )
        .map((right) => ({ left, right })),
    )
    const { left, right } = pairs.sort(
      (p, q) => p.right.world!.x - p.left.world!.x - (q.right.world!.x - q.left.world!.x),
    )[0]!
    const onLeft = centre(left)
    // A little right of the centre, so the dropped note reads after the other.
    await drag(page, centre(right), { x: onLeft.x + 4, y: onLeft.y })
    const probe = await probeCanvas(page)
    expect(probe.clusters).toHaveLength(1)
    const drawn = (id: string) => probe.notes.find((n) => n.id === id)!
    expect(drawn(right.id).world).toEqual(right.world)
    expect(drawn(left.id).world).toEqual(left.world)
    await expectTidy(page)
    await page.context().close()
  })

  for (const size of [
    { width: 1024, height: 768 },
    { width: 1280, height: 720 },
  ]) {
    it(`at ${size.width}x${size.height} every tool and phase button is visible and nothing overlaps`, async () => {
      const page = await openBoard(size)
      const boxes = async (locator: Locator): Promise<ScreenRect[]> => {
        const rects: ScreenRect[] = []
        for (const [i, l] of (await locator.all()).entries()) {
          const b = (await l.boundingBox())!
          rects.push({
            id: `${i}:${await l.textContent()}`,
            x: b.x,
            y: b.y,
            w: b.width,
            h: b.height,
          })
        }
        return rects
      }
      const tools = await boxes(page.locator('.toolbar button'))
      const phases = await boxes(page.locator('.phase-control label'))
      const header = await boxes(page.locator('.board__bar > *'))
      const panel = (await page.locator('.side-panel').boundingBox())!
      expect(phases.length).toBe(5)
      for (const r of [...tools, ...phases, ...header]) {
        expect(r.x).toBeGreaterThanOrEqual(0)
        expect(r.y).toBeGreaterThanOrEqual(0)
        expect(r.x + r.w).toBeLessThanOrEqual(size.width)
        expect(r.y + r.h).toBeLessThanOrEqual(size.height)
      }
      expect(overlapping(tools)).toEqual([])
      expect(overlapping(header)).toEqual([])
      for (const r of tools) expect(r.x + r.w).toBeLessThanOrEqual(panel.x)
      await page.screenshot({ path: `${SHOTS}/board-${size.width}x${size.height}.png` })
      await page.context().close()
    })
  }

  it('pans with a drag on empty canvas: the notes follow the mouse, the view holds, a zoom and a click start from it', async () => {
    const data = small()
    const page = await openBoard({ width: 1440, height: 900 }, await seed(data, 'collect'))
    await page.getByRole('button', { name: 'Tout voir' }).click()
    await boardReady(page)
    const [a] = data.notes.map((n) => n.text.slice(0, 24))
    const before = await noteByText(page, a!)
    await page.mouse.click(centre(before).x, centre(before).y)
    await expect
      .poll(() => page.locator('.toolbar__count').textContent())
      .toBe('1 note sélectionnée')

    // A pan: the stage moves during the drag and keeps its place after the release.
    const from = await emptyPoint(page)
    await drag(page, from, { x: from.x + 120, y: from.y + 60 })
    const panned = await noteByText(page, a!)
    expect(Math.abs(panned.x - before.x - 120)).toBeLessThan(1.5)
    expect(Math.abs(panned.y - before.y - 60)).toBeLessThan(1.5)
    expect(panned.world).toEqual(before.world)
    // A pan is not a click: the selection stays.
    expect(await page.locator('.toolbar__count').textContent()).toBe('1 note sélectionnée')

    // A zoom after the pan zooms at the cursor: the note under it stays under it.
    const c = centre(panned)
    await page.mouse.move(c.x, c.y)
    await page.mouse.wheel(0, -240)
    await boardReady(page)
    const zoomed = await noteByText(page, a!)
    expect(zoomed.w).toBeGreaterThan(panned.w * 1.2)
    expect(Math.abs(centre(zoomed).x - c.x)).toBeLessThan(1.5)
    expect(Math.abs(centre(zoomed).y - c.y)).toBeLessThan(1.5)

    // A click on empty canvas (no pan) clears the selection and moves nothing.
    const empty = await emptyPoint(page)
    await page.mouse.click(empty.x, empty.y)
    await expect.poll(() => page.locator('.toolbar__count').textContent()).toMatch(/^0 note/)
    const still = await noteByText(page, a!)
    expect(Math.abs(still.x - zoomed.x)).toBeLessThan(0.5)

    await page.context().close()
  })

  it('by touch: a pinch on a note zooms and leaves it, a tap selects in selection mode, a long press opens the menu', async () => {
    const data = small()
    const page = await openBoard({ width: 1024, height: 768 }, await seed(data, 'collect'), true)
    const cdp = await page.context().newCDPSession(page)
    const touch = (
      type: 'touchStart' | 'touchMove' | 'touchEnd',
      points: { x: number; y: number }[],
    ) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: points.map((p, id) => ({
          x: p.x,
          y: p.y,
          id,
          radiusX: 4,
          radiusY: 4,
          force: 1,
        })),
      })
    const [a, b] = data.notes.map((n) => n.text.slice(0, 24))

    // Selection mode: taps add notes to the selection.
    await page.getByRole('button', { name: 'Tout voir' }).tap()
    await boardReady(page)
    await page.getByRole('button', { name: 'Lasso' }).tap()
    await expect
      .poll(() => page.getByRole('button', { name: 'Lasso' }).getAttribute('aria-pressed'))
      .toBe('true')
    await page.touchscreen.tap(
      centre(await noteByText(page, a!)).x,
      centre(await noteByText(page, a!)).y,
    )
    await expect
      .poll(() => page.locator('.toolbar__count').textContent())
      .toBe('1 note sélectionnée')
    const second = centre(await noteByText(page, b!))
    await page.touchscreen.tap(second.x, second.y)
    await expect
      .poll(() => page.locator('.toolbar__count').textContent())
      .toBe('2 notes sélectionnées')

    // Long press on a note: its menu opens.
    await touch('touchStart', [second])
    await page.getByRole('menu', { name: /.+/ }).waitFor()
    await touch('touchEnd', [])
    await expect.poll(() => page.getByRole('menuitem').count()).toBeGreaterThan(0)
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByRole('menu').count()).toBe(0)

    // Pinch with both fingers landing on a note.
    const note = await noteByText(page, a!)
    const scaleBefore = (await probeCanvas(page)).scale
    const c = centre(note)
    await touch('touchStart', [{ x: c.x - 20, y: c.y }])
    await touch('touchStart', [
      { x: c.x - 20, y: c.y },
      { x: c.x + 20, y: c.y },
    ])
    for (let step = 1; step <= 10; step++)
      await touch('touchMove', [
        { x: c.x - 20 - step * 12, y: c.y - step * 2 },
        { x: c.x + 20 + step * 12, y: c.y + step * 2 },
      ])
    await touch('touchEnd', [])
    await boardReady(page)
    const after = await noteByText(page, a!)
    expect((await probeCanvas(page)).scale).toBeGreaterThan(scaleBefore * 1.5)
    expect(after.world).toEqual(note.world)
    expect((await probeCanvas(page)).clusters).toHaveLength(0)

    await page.context().close()
  })

  it('is screenshot at every size', async () => {
    for (const size of BOARD_SIZES) {
      const page = await openBoard(size)
      await page.screenshot({ path: `${SHOTS}/board-default-${size.width}x${size.height}.png` })
      await page.context().close()
    }
  })
})
