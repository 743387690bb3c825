import { lyonDataset } from '@atelier/fixtures'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { withoutSoftHyphens as asTyped } from '../src/shared/hyphenation/hyphenate'
import { emptyPoint } from './canvasProbe'
import { watchCsp } from './csp-watch'
import { appForFile, joinAsPhone, phoneContext, sendNote, settled } from './harness'
import { breaksInsideWords } from './line-breaks'
import { facilitatorBoard, measure, overlaps, someNotes } from './presenter.support'
import { loadServer, loadWebSocket } from './server'

// Presenter mode (issue 8), measured in real Chromium on a 1920x1080
// projector: the wall of large cards while collecting, silent counts, follow
// me, one cluster, the vote, the ranking, the live recommendation, the timer.

const suite = appForFile()
const PROJECTOR = { width: 1920, height: 1080 }

async function seed(notes: number | null, until: 'collect' | 'cluster' | 'vote') {
  const { seedWorkshop } = await loadServer()
  const dataset = notes === null ? lyonDataset() : someNotes(lyonDataset(), notes)
  return seedWorkshop(suite.app.server.url, dataset, { WebSocket: await loadWebSocket(), until })
}

type Seeded = Awaited<ReturnType<typeof seed>>

const cspWatches: { violations(): string[] }[] = []

/** Each theme of the wall's legend: its width, and whether its title is cut. */
function legendOf(page: Page) {
  return page.$$eval('.wall__legend li', (items) =>
    items.map((li) => {
      const title = li.querySelector<HTMLElement>('.wall__legend-title')!
      return {
        title: title.textContent,
        width: li.getBoundingClientRect().width,
        cut: title.scrollHeight > title.clientHeight + 1 || title.scrollWidth > title.clientWidth,
        lines: Math.round(
          title.clientHeight / Number.parseFloat(getComputedStyle(title).lineHeight),
        ),
      }
    }),
  )
}

async function open(url: string, viewport = PROJECTOR): Promise<Page> {
  const context = await suite.newContext({ viewport })
  // Every page of this file, the projector preview frame included, runs under the server's CSP.
  cspWatches.push(await watchCsp(context))
  const page = await context.newPage()
  await page.goto(url)
  return page
}

const projector = (s: Seeded, viewport = PROJECTOR) =>
  open(`${s.screenUrl}&code=${s.code}`, viewport)
const facilitator = async (s: Seeded) => {
  const page = await open(`${s.facilitatorUrl}&code=${s.code}`, { width: 1440, height: 900 })
  await page.locator('.board-canvas canvas').first().waitFor()
  return page
}
const view = (page: Page) => page.locator('.screen').getAttribute('data-view')

/** The world region the first Konva stage of a page shows. */
function stageRegion(page: Page) {
  return page.evaluate(() => {
    const konva = (window as unknown as { Konva: { stages: Record<string, () => number>[] } }).Konva
    const s = konva.stages[0]!
    const scale = s.scaleX!()
    return {
      x: -s.x!() / scale,
      y: -s.y!() / scale,
      width: s.width!() / scale,
      height: s.height!() / scale,
    }
  })
}

describe('presenter mode on the projector', () => {
  it('collect: 24 notes at once in large cards, grouped by dimension, beside the QR code', async () => {
    const seeded = await seed(24, 'collect')
    const screen = await projector(seeded)
    await expect.poll(() => screen.getByTestId('note-card').count(), { timeout: 20_000 }).toBe(24)
    const cards = await settled(() => measure(screen, '.note-card'))
    const fonts = await screen.$$eval('.note-card__text', (els) =>
      els.map((e) => Number.parseFloat(getComputedStyle(e).fontSize)),
    )
    console.log(`wall 24 notes @1920x1080: note text ${Math.min(...fonts)} px`)
    expect(Math.min(...fonts)).toBeGreaterThanOrEqual(24)
    for (const card of cards) {
      expect(card.x + card.width).toBeLessThanOrEqual(PROJECTOR.width)
      expect(card.y + card.height).toBeLessThanOrEqual(PROJECTOR.height)
    }
    const panel = await measure(screen, '.join-panel')
    expect(overlaps(panel, cards)).toEqual([])
    // Grouped: each dimension's cards are contiguous.
    const dims = await screen.$$eval('.note-card', (els) => els.map((e) => e.getAttribute('style')))
    const runs = dims.filter((d, i) => i === 0 || d !== dims[i - 1]).length
    expect(runs).toBe(3)
    // A word too long for its card breaks at a syllable, with a hyphen: this
    // Chromium has no hyphenation dictionary, and "impartageables" and
    // "Groupements" were cut as "impartageab|les" and "Groupement|s".
    await expect
      .poll(async () => (await breaksInsideWords(screen, '.note-card__text')).inside)
      .toEqual([])
    expect(await screen.getByTestId('wall-count').count()).toBe(0)
    expect(await screen.getByTestId('screen-code').textContent()).toBe(seeded.code)
  })

  it('collect: beyond 24 notes the newest come first, pages turn, and a count says so', async () => {
    const seeded = await seed(40, 'collect')
    const screen = await projector(seeded)
    await expect
      .poll(() => screen.getByTestId('wall-count').textContent())
      .toContain('1 à 24 sur 40')
    expect(await screen.getByTestId('note-card').count()).toBe(24)
    // Beside the count, the theme legend shares its line the way that
    // leaves its longest title the fewest lines: none is cut here.
    const legend = await legendOf(screen)
    expect(legend.filter((item) => item.cut)).toEqual([])
    // An XGA projector (1024x768): equal shares of some 200 px left the
    // 85-character first theme five lines, cut after three; shares in
    // proportion to the titles give it four and keep every word whole
    // ("développement" too).
    const xga = await projector(seeded, { width: 1024, height: 768 })
    await xga.getByTestId('wall-count').waitFor()
    const narrow = await legendOf(xga)
    expect(narrow.map((item) => item.title)).toContain(
      'Notre vision de la société et le rôle des coopératives comme actrices du changement',
    )
    expect(narrow.filter((item) => item.cut)).toEqual([])
    expect(Math.max(...narrow.map((item) => item.lines))).toBeLessThanOrEqual(4)
    expect((await breaksInsideWords(xga, '.wall__legend-title')).inside).toEqual([])
    // A late note lands first, on the page shown.
    const phone = await joinAsPhone(
      suite.track(await phoneContext(suite.app.browser)),
      suite.app.server.url,
      seeded.code,
    )
    await sendNote(phone, 'Une monnaie locale coopérative pour la métropole')
    await expect
      .poll(async () => asTyped((await screen.getByTestId('note-card').first().textContent())!), {
        timeout: 15_000,
      })
      .toBe('Une monnaie locale coopérative pour la métropole')
    await expect.poll(() => screen.getByTestId('wall-count').textContent()).toContain('sur 41')
    // Then the older ones, a page later.
    await expect
      .poll(() => screen.getByTestId('wall-count').textContent(), { timeout: 20_000 })
      .toContain('25 à 41 sur 41')
    expect(await screen.getByTestId('note-card').count()).toBe(17)
  })

  it('silent mode shows counts only, never a note', async () => {
    const seeded = await seed(12, 'collect')
    const board = await facilitator(seeded)
    const screen = await projector(seeded)
    await expect.poll(() => screen.getByTestId('note-card').count(), { timeout: 20_000 }).toBe(12)
    const text = asTyped((await screen.getByTestId('note-card').first().textContent())!)
    await board.getByLabel('Mode silencieux').check()
    await expect.poll(() => screen.getByTestId('screen-silent-count').textContent()).toBe('12')
    expect(await screen.getByTestId('note-card').count()).toBe(0)
    expect(asTyped(await screen.evaluate(() => document.body.textContent!))).not.toContain(text)
    expect(await screen.locator('.silent__count').allTextContents()).toEqual(['4', '4', '4'])
  })

  it('follow me: the projector shows what the facilitator looks at, and the preview too', async () => {
    const seeded = await seed(null, 'cluster')
    const board = await facilitator(seeded)
    const screen = await projector(seeded)
    await expect.poll(() => view(screen)).toBe('board')
    await board.getByLabel('Suivre ma vue').check()
    await expect.poll(() => view(screen)).toBe('follow')
    const before = await settled(() => stageRegion(screen))
    // Zoom in on the facilitator's canvas: the projector follows.
    const canvas = board.locator('.board-canvas').first()
    const box = (await canvas.boundingBox())!
    await board.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.4)
    for (let i = 0; i < 5; i++) await board.mouse.wheel(0, -240)
    const mine = await settled(() => stageRegion(board))
    const centre = (r: { x: number; y: number; width: number; height: number }) => ({
      x: r.x + r.width / 2,
      y: r.y + r.height / 2,
    })
    await expect
      .poll(async () => {
        const shown = await stageRegion(screen)
        const [a, b] = [centre(mine), centre(shown)]
        return Math.hypot(a.x - b.x, a.y - b.y) < mine.width * 0.05
      })
      .toBe(true)
    const shown = await stageRegion(screen)
    console.log(
      `follow: facilitator shows ${Math.round(mine.width)}x${Math.round(mine.height)}, projector ${Math.round(shown.width)}x${Math.round(shown.height)}`,
    )
    // All of the facilitator's region, and not much more: one side matches (aspect ratios differ).
    expect(shown.x).toBeLessThanOrEqual(mine.x + 1)
    expect(shown.y).toBeLessThanOrEqual(mine.y + 1)
    expect(shown.x + shown.width).toBeGreaterThanOrEqual(mine.x + mine.width - 1)
    expect(shown.y + shown.height).toBeGreaterThanOrEqual(mine.y + mine.height - 1)
    expect(Math.min(shown.width / mine.width, shown.height / mine.height)).toBeLessThan(1.2)
    expect(shown.width).toBeLessThan(before.width * 0.8)
    // A pan (the facilitator's stage moves outside React while it lasts): followed too.
    const from = await emptyPoint(board)
    await board.mouse.move(from.x, from.y)
    await board.mouse.down()
    await board.mouse.move(from.x - 240, from.y - 90, { steps: 12 })
    await board.mouse.up()
    const panned = await settled(() => stageRegion(board))
    expect(panned.x - mine.x).toBeGreaterThan(mine.width * 0.1)
    await expect
      .poll(async () => {
        const [a, b] = [centre(panned), centre(await stageRegion(screen))]
        return Math.hypot(a.x - b.x, a.y - b.y) < panned.width * 0.05
      })
      .toBe(true)
    // The preview in the side panel is the projector page itself, following too.
    const preview = board.frameLocator('[data-testid="screen-preview"]')
    await expect.poll(() => preview.locator('.screen').getAttribute('data-view')).toBe('follow')
    expect(cspWatches.flatMap((watch) => watch.violations())).toEqual([])
  })

  it('one cluster: its title at 28 px and up, its notes readable', async () => {
    const seeded = await seed(null, 'cluster')
    const board = await facilitator(seeded)
    const screen = await projector(seeded)
    await board.getByLabel('Un groupe', { exact: true }).check()
    const title = "Transmission d'entreprises aux salariés"
    await board.getByLabel('Groupe montré').selectOption({ label: title })
    // The board page itself never scrolls (the side panel does): its header stays in view.
    expect(await board.evaluate(() => document.scrollingElement!.scrollHeight)).toBe(900)
    await expect
      .poll(async () => asTyped((await screen.getByTestId('presented-title').textContent())!))
      .toBe(title)
    const [heading] = await measure(screen, '[data-testid="presented-title"]')
    console.log(`cluster title ${heading!.fontPx} px`)
    expect(heading!.fontPx).toBeGreaterThanOrEqual(28)
    expect(heading!.clipped).toBe(false)
    const expected = lyonDataset().notes.filter(
      (n) => n.cluster === lyonDataset().clusters.find((c) => c.title === title)!.id,
    ).length
    await expect.poll(() => screen.getByTestId('note-card').count()).toBe(expected)
    const fonts = await screen.$$eval('.note-card__text', (els) =>
      els.map((e) => Number.parseFloat(getComputedStyle(e).fontSize)),
    )
    expect(Math.min(...fonts)).toBeGreaterThanOrEqual(24)
    // Back to the phase view.
    await board.getByLabel('Automatique, selon l’étape').check()
    await expect.poll(() => view(screen)).toBe('board')
  })

  it('the selection: the notes the facilitator selected, large', async () => {
    const seeded = await seed(9, 'collect')
    const board = await facilitator(seeded)
    const screen = await projector(seeded)
    await board.getByRole('button', { name: 'Liste' }).click()
    const notes = board.locator('.list-view__note')
    await expect.poll(() => notes.count()).toBe(9)
    const picked = await Promise.all(
      [0, 4].map(async (i) => ({
        id: (await notes.nth(i).getAttribute('data-note-id'))!,
        text: (await notes.nth(i).locator('.list-view__text').first().textContent())!,
      })),
    )
    // The list's checkboxes are the canvas' own selection (the opening fit may
    // show only the first theme, so a canvas click could miss note 4).
    for (const i of [0, 4]) await notes.nth(i).getByRole('checkbox').check()
    await board.getByLabel('La sélection (2 éléments)').check()
    await expect.poll(() => view(screen)).toBe('selection')
    const shown = screen.getByTestId('note-card')
    await expect.poll(() => shown.count()).toBe(2)
    expect(
      (await shown.evaluateAll((els) => els.map((e) => e.getAttribute('data-note-id')))).sort(),
    ).toEqual(picked.map((p) => p.id).sort())
    expect((await shown.allTextContents()).map(asTyped).sort()).toEqual(
      picked.map((p) => p.text).sort(),
    )
    const fonts = await screen.$$eval('.note-card__text', (els) =>
      els.map((e) => Number.parseFloat(getComputedStyle(e).fontSize)),
    )
    expect(Math.min(...fonts)).toBeGreaterThanOrEqual(40)
  })

  it('vote: the clusters with their notes readable, then the ranking with full titles', async () => {
    const seeded = await seed(null, 'vote')
    const board = await facilitator(seeded)
    const screen = await projector(seeded)
    await board.getByRole('button', { name: 'Masquer les résultats' }).click()
    await board.getByRole('radio', { name: 'Vote' }).check({ force: true })
    await expect.poll(() => view(screen)).toBe('vote')
    await expect.poll(() => screen.getByTestId('vote-card').count()).toBeGreaterThan(3)
    const titles = await settled(() => measure(screen, '.vote-card__title'))
    expect(Math.min(...titles.map((t) => t.fontPx))).toBeGreaterThanOrEqual(28)
    const notes = await screen.$$eval('.vote-card__notes li', (els) =>
      els.map((e) => Number.parseFloat(getComputedStyle(e).fontSize)),
    )
    expect(notes.length).toBeGreaterThan(6)
    expect(Math.min(...notes)).toBeGreaterThanOrEqual(24)

    await board.getByRole('button', { name: 'Afficher les résultats' }).click()
    await expect.poll(() => view(screen)).toBe('ranking')
    const ranked = await settled(() => measure(screen, '[data-testid="ranking-title"]'))
    const all = new Set(lyonDataset().clusters.map((c) => c.title))
    expect(ranked.length).toBe(10)
    for (const r of ranked) {
      expect(all.has(r.text)).toBe(true) // the full title, not a cut one
      expect(r.clipped).toBe(false)
      expect(r.fontPx).toBeGreaterThanOrEqual(28)
      expect(r.y + r.height).toBeLessThanOrEqual(PROJECTOR.height)
    }
    const styles = await screen.$$eval('[data-testid="ranking-title"]', (els) =>
      els.map((e) => `${getComputedStyle(e).textOverflow} ${getComputedStyle(e).whiteSpace}`),
    )
    for (const s of styles) expect(s).not.toMatch(/ellipsis|nowrap/)
    // The longest title wraps onto several lines rather than being cut.
    expect(Math.max(...ranked.map((r) => r.height))).toBeGreaterThan(
      1.8 * Math.min(...ranked.map((r) => r.height)),
    )
  })

  it('synthesis: the recommendation typed appears live and large, then in the list', async () => {
    const seeded = await seed(null, 'vote')
    const board = await facilitator(seeded)
    const screen = await projector(seeded)
    await expect.poll(() => view(screen)).toBe('recommendations')
    await board.getByRole('button', { name: 'Liste' }).click()
    const title = 'Mutualiser les moyens'
    await board
      .locator('.list-view__cluster')
      .filter({ has: board.getByRole('heading', { name: new RegExp(`^${title}`) }) })
      .getByRole('button', { name: /^Ouvrir le groupe/ })
      .click()
    const field = board.getByTestId('cluster-panel').getByLabel('Recommandation')
    await field.fill('')
    await field.pressSequentially('Un annuaire commun des coopératives')
    await expect.poll(() => view(screen)).toBe('draft')
    await expect
      .poll(async () => asTyped((await screen.getByTestId('draft-text').textContent())!))
      .toBe('Un annuaire commun des coopératives')
    const [draft] = await measure(screen, '[data-testid="draft-text"]')
    console.log(`synthesis draft ${draft!.fontPx} px`)
    expect(draft!.fontPx).toBeGreaterThanOrEqual(40)
    expect(asTyped((await screen.locator('.draft-view__title').textContent())!)).toBe(title)
    // Leaving the field saves it: the list of recommendations shows it.
    await field.blur()
    await expect.poll(() => view(screen)).toBe('recommendations')
    // The list opens on the page of the recommendation just written, marked.
    await expect
      .poll(async () => asTyped((await screen.locator('.rec-card--latest').textContent())!))
      .toContain('Un annuaire commun des coopératives')
    expect(
      asTyped((await screen.locator('.rec-card--latest .rec-card__title').textContent())!),
    ).toBe(title)
  })

  it('timer: large while it runs, its end seen and heard, gone at the next phase', async () => {
    const seeded = await seed(6, 'cluster')
    const board = await facilitator(seeded)
    const screen = await projector(seeded)
    await screen.evaluate(() => {
      const w = window as unknown as { timerEnds: number }
      w.timerEnds = 0
      window.addEventListener('atelier:timer-end', () => w.timerEnds++)
    })
    const other = await facilitatorBoard(suite.app.server.url, seeded)
    try {
      const { startTimer } = await import('@atelier/board-model')
      startTimer(other.doc, 6000, Date.now(), 'facilitator')
    } finally {
      setTimeout(() => other.close(), 500)
    }
    const timer = screen.getByRole('timer')
    await expect.poll(() => timer.getAttribute('data-status')).toBe('running')
    const [running] = await measure(screen, '[role="timer"]')
    console.log(`timer running ${running!.fontPx} px`)
    expect(running!.fontPx).toBeGreaterThanOrEqual(96)
    // No sound before a gesture on the projector: it says so, until someone taps it.
    expect(await screen.getByTestId('sound-hint').count()).toBe(1)
    await screen.mouse.click(960, 600)
    await expect.poll(() => screen.getByTestId('sound-hint').count()).toBe(0)
    await expect.poll(() => timer.textContent(), { timeout: 10_000 }).toBe('Temps écoulé')
    const [ended] = await measure(screen, '[role="timer"]')
    expect(ended!.fontPx).toBeGreaterThanOrEqual(96)
    expect(
      await screen.evaluate(() => (window as unknown as { timerEnds: number }).timerEnds),
    ).toBe(1)
    await expect.poll(() => board.getByRole('timer').textContent()).toBe('Temps écoulé')
    await board.getByRole('radio', { name: 'Vote' }).check({ force: true })
    await expect.poll(() => timer.count()).toBe(0)
    expect(await board.getByRole('timer').count()).toBe(0)
  })

  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 1440, height: 900 },
  ])
    it(`at ${viewport.width}x${viewport.height} the ranking shows all ten clusters, words whole`, async () => {
      const seeded = await seed(null, 'vote')
      const board = await facilitator(seeded)
      await board.getByRole('radio', { name: 'Vote' }).check({ force: true })
      const screen = await projector(seeded, viewport)
      await expect.poll(() => view(screen)).toBe('ranking')
      const rows = await settled(() => measure(screen, '[data-testid="screen-results"] li'))
      expect(rows.length).toBe(10)
      for (const row of rows) expect(row.y + row.height).toBeLessThanOrEqual(viewport.height)
      // A 4:3 projector must not split "Transmission" into "Transmissio|n":
      // every word of every title fits the width its title has.
      const tooWide = await screen.$$eval('[data-testid="ranking-title"]', (els) =>
        els.flatMap((el) => {
          const probe = document.createElement('span')
          probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap'
          el.appendChild(probe)
          const words = (el.firstChild?.textContent ?? '').split(/\s+/).filter(Boolean)
          const wide = words.filter((word) => {
            probe.textContent = word
            return probe.getBoundingClientRect().width > el.clientWidth
          })
          probe.remove()
          return wide
        }),
      )
      expect(tooWide).toEqual([])
    })

  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 1440, height: 900 },
  ])
    it(`at ${viewport.width}x${viewport.height} the QR panel and the cards never overlap`, async () => {
      const seeded = await seed(24, 'collect')
      const screen = await projector(seeded, viewport)
      await expect.poll(() => screen.getByTestId('note-card').count()).toBeGreaterThan(3)
      const cards = await settled(() => measure(screen, '.note-card'))
      const panel = await measure(screen, '.join-panel')
      const qr = await measure(screen, '.join-panel .qr, [data-testid="screen-code"]')
      expect(overlaps(panel, cards)).toEqual([])
      for (const box of [...cards, ...qr]) {
        expect(box.x).toBeGreaterThanOrEqual(0)
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width)
        expect(box.y + box.height).toBeLessThanOrEqual(viewport.height)
      }
      const fonts = await screen.$$eval('.note-card__text', (els) =>
        els.map((e) => Number.parseFloat(getComputedStyle(e).fontSize)),
      )
      expect(Math.min(...fonts)).toBeGreaterThanOrEqual(24)
      await expect
        .poll(async () => (await breaksInsideWords(screen, '.note-card__text')).inside)
        .toEqual([])
      // Cards do not overlap each other either.
      for (let i = 0; i < cards.length; i++)
        expect(overlaps([cards[i]!], cards.slice(i + 1))).toEqual([])
    })
})
