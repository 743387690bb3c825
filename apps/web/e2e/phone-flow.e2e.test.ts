import { lyonDataset } from '@atelier/fixtures'
import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { appForFile, joinAsPhone, PHONE, phoneContext } from './harness'
import { loadServer, loadWebSocket } from './server'

// Issue 8, the phone's side of a session, in real Chromium at 390x844: the
// keyboard's send key, a code checked on the first screen, a vote list whose
// clusters open, the ranking once shown, the final summary once closed, and
// the read-only results link the facilitator shares.

const suite = appForFile()

async function createWorkshop(title = 'Atelier test'): Promise<{ id: string; code: string }> {
  const response = await fetch(`${suite.app.server.url}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title, template: 'blank', language: 'fr' }),
  })
  expect(response.status).toBe(201)
  return (await response.json()) as { id: string; code: string }
}

/** Records, from the first byte of the page, whether the pseudonym field ever existed. */
async function watchPseudonymStep(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const flag = window as unknown as { pseudonymShown: boolean }
    flag.pseudonymShown = false
    new MutationObserver(() => {
      if (document.querySelector('input[autocomplete="nickname"]')) flag.pseudonymShown = true
    }).observe(document, { subtree: true, childList: true })
  })
}

const pseudonymShown = (page: Page) =>
  page.evaluate(() => (window as unknown as { pseudonymShown: boolean }).pseudonymShown)

/** Two animation frames: React has rendered whatever the last event caused. */
const rendered = (page: Page) =>
  page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  )

describe('writing on the phone', () => {
  it('sends with Enter, keeps Shift+Enter and the new-line button for new lines, and ignores Enter while composing', async () => {
    const { code } = await createWorkshop()
    const page = await joinAsPhone(
      suite.track(await phoneContext(suite.app.browser)),
      suite.app.server.url,
      code,
    )
    const box = page.locator('textarea.collect__text')
    expect(await box.getAttribute('enterkeyhint')).toBe('send')
    const notes = page.locator('.my-note')

    await box.fill('Une idée envoyée par la touche Entrée')
    await box.press('Enter')
    await expect.poll(() => notes.count()).toBe(1)
    await expect
      .poll(() => notes.first().getAttribute('data-status'), { timeout: 10_000 })
      .toBe('onBoard')
    expect(await notes.first().locator('.my-note__text').textContent()).toBe(
      'Une idée envoyée par la touche Entrée',
    )
    expect(await box.inputValue()).toBe('')

    // Shift+Enter: a new line, nothing sent.
    await box.pressSequentially('Première ligne')
    await box.press('Shift+Enter')
    await box.pressSequentially('deuxième ligne')
    expect(await box.inputValue()).toBe('Première ligne\ndeuxième ligne')
    expect(await notes.count()).toBe(1)

    // The button a phone keyboard needs: a new line at the caret, focus kept.
    await page.getByRole('button', { name: 'Nouvelle ligne' }).click()
    await box.pressSequentially('troisième')
    expect(await box.inputValue()).toBe('Première ligne\ndeuxième ligne\ntroisième')
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true)
    // Mid-text: the line break lands at the caret and the next key right after it.
    await box.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(8, 8))
    await page.getByRole('button', { name: 'Nouvelle ligne' }).click()
    await box.pressSequentially('X')
    expect(await box.inputValue()).toBe('Première\nX ligne\ndeuxième ligne\ntroisième')
    await box.press('Backspace')
    await box.press('Backspace')
    expect(await box.inputValue()).toBe('Première ligne\ndeuxième ligne\ntroisième')

    // Enter that confirms an input method's composition must not send.
    await box.evaluate((el) =>
      el.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true }),
      ),
    )
    await rendered(page)
    expect(await box.inputValue()).toBe('Première ligne\ndeuxième ligne\ntroisième')
    expect(await notes.count()).toBe(1)

    await box.press('Enter')
    await expect.poll(() => notes.count()).toBe(2)
    expect(await box.inputValue()).toBe('')
    const multiline = notes.first()
    await expect
      .poll(() => multiline.getAttribute('data-status'), { timeout: 10_000 })
      .toBe('onBoard')
    expect(await multiline.locator('.my-note__text').textContent()).toBe(
      'Première ligne\ndeuxième ligne\ntroisième',
    )
    // Shown on three lines, not run together.
    const lineHeight = await multiline
      .locator('.my-note__text')
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).lineHeight))
    const height = (await multiline.locator('.my-note__text').boundingBox())!.height
    expect(height).toBeGreaterThanOrEqual(lineHeight * 3 - 1)
    // The new-line button beside Send overflows nothing on the smallest phones.
    await page.setViewportSize({ width: 320, height: 640 })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
  })
})

/** What an Android or iOS soft keyboard sends for its send key: a composing keydown, then a line break. */
function softKeyboardEnter(
  box: ReturnType<Page['locator']>,
  inputType: string,
  data: string | null,
) {
  return box.evaluate(
    (el, input) => {
      el.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: 'Unidentified',
          keyCode: 229,
          isComposing: true,
          bubbles: true,
        }),
      )
      const lineBreak = new InputEvent('beforeinput', {
        inputType: input.inputType,
        data: input.data,
        bubbles: true,
        cancelable: true,
      })
      // dispatchEvent is false when the page cancelled the line break.
      return !el.dispatchEvent(lineBreak)
    },
    { inputType, data },
  )
}

describe("a phone keyboard's send key", () => {
  it('sends even when the keyboard reports its keys as composing, in every form of line break', async () => {
    const { code } = await createWorkshop()
    const page = await joinAsPhone(
      suite.track(await phoneContext(suite.app.browser)),
      suite.app.server.url,
      code,
    )
    const box = page.locator('textarea.collect__text')
    const notes = page.locator('.my-note')
    const forms: [string, string | null][] = [
      ['insertLineBreak', null],
      ['insertParagraph', null],
      ['insertText', '\n'],
    ]
    for (const [index, [inputType, data]] of forms.entries()) {
      await box.fill(`Envoyée au clavier du téléphone (${inputType})`)
      expect(await softKeyboardEnter(box, inputType, data)).toBe(true)
      await expect.poll(() => notes.count()).toBe(index + 1)
      expect(await box.inputValue()).toBe('')
    }
    await expect
      .poll(() => page.locator('.my-note[data-status="onBoard"]').count(), { timeout: 10_000 })
      .toBe(3)
  })
})

describe('joining by code', () => {
  it('refuses an unknown code on the first screen of /j/<code>: the pseudonym step never shows', async () => {
    const context = suite.track(await phoneContext(suite.app.browser))
    await watchPseudonymStep(context)
    const page = await context.newPage()
    await page.goto(`${suite.app.server.url}/j/ZZZZZZ`)
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('Ce code ne correspond à aucun atelier ouvert.')
    expect(await pseudonymShown(page)).toBe(false)
    expect(await page.getByRole('button', { name: 'Entrer' }).count()).toBe(0)
    await page.getByRole('link', { name: 'Saisir un autre code' }).click()
    await page.waitForURL(`${suite.app.server.url}/`)
  })

  it('refuses an unknown code in the home page box without leaving it, and lets a good one through', async () => {
    const { code } = await createWorkshop('Atelier de la Croix-Rousse')
    const context = suite.track(await phoneContext(suite.app.browser))
    await watchPseudonymStep(context)
    const page = await context.newPage()
    await page.goto(`${suite.app.server.url}/`)
    const input = page.getByLabel("Code affiché sur l'écran")
    await input.fill('zzz zzz')
    await page.getByRole('button', { name: 'Rejoindre', exact: true }).click()
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('Ce code ne correspond à aucun atelier ouvert.')
    expect(new URL(page.url()).pathname).toBe('/')
    expect(await input.getAttribute('aria-invalid')).toBe('true')
    expect(await pseudonymShown(page)).toBe(false)

    await input.fill(code.toLowerCase())
    expect(await page.getByRole('alert').count()).toBe(0)
    await page.getByRole('button', { name: 'Rejoindre', exact: true }).click()
    await page.waitForURL(`${suite.app.server.url}/j/${code}`)
    await expect
      .poll(() => page.locator('.join__workshop').textContent())
      .toBe('Atelier de la Croix-Rousse')
    await page.getByRole('button', { name: 'Entrer' }).click()
    await page.locator('textarea.collect__text').waitFor()
  })
})

/** A y-websocket update frame (messageSync, messageYjsUpdate, length-prefixed update). */
function updateFrame(update: Uint8Array): number[] {
  const length: number[] = []
  let n = update.length
  while (n > 0x7f) {
    length.push((n & 0x7f) | 0x80)
    n >>>= 7
  }
  length.push(n)
  return [0, 2, ...length, ...update]
}

describe('a session seen from a phone', () => {
  it('opens clusters during the vote, ranks them once shown, sums up once closed, and shares a read-only results link', async () => {
    process.setMaxListeners(100)
    const dataset = lyonDataset()
    const { seedWorkshop } = await loadServer()
    const seeded = await seedWorkshop(suite.app.server.url, dataset, {
      WebSocket: await loadWebSocket(),
      until: 'cluster',
    })
    const workshopId = new URL(seeded.facilitatorUrl).pathname.split('/').pop()!
    const board = await (
      await suite.newContext({ viewport: { width: 1440, height: 900 } })
    ).newPage()
    await board.goto(`${seeded.facilitatorUrl}&code=${seeded.code}`)
    await expect
      .poll(() => board.getByTestId('note-count').textContent(), { timeout: 15_000 })
      .toBe(String(dataset.notes.length))
    await board.getByLabel('Gommettes par personne').fill('3')
    await board.getByRole('radio', { name: 'Vote' }).check({ force: true })

    const phone = await suite.track(await phoneContext(suite.app.browser)).newPage()
    await phone.goto(`${suite.app.server.url}/j/${seeded.code}`)
    await phone.getByRole('button', { name: 'Entrer' }).click()
    const clusterTitle = 'Citoyenneté économique'
    const item = phone.locator('.vote__item', { hasText: clusterTitle })
    const expected = dataset.notes
      .filter((note) => note.cluster === 'c01')
      .map((note) => note.text.trim().normalize('NFC'))

    // The cluster opens to show its notes, and closes again.
    const toggle = item.getByRole('button', { name: new RegExp(`^▸?\\s*${clusterTitle}`) })
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
    const list = item.getByRole('list', { name: `Notes du groupe « ${clusterTitle} »` })
    expect(await list.isVisible()).toBe(false)
    await toggle.click()
    expect(await toggle.getAttribute('aria-expanded')).toBe('true')
    expect(await list.isVisible()).toBe(true)
    expect((await list.locator('li').allTextContents()).sort()).toEqual([...expected].sort())
    expect(await item.locator('.vote__count').textContent()).toBe(`${expected.length} notes`)
    // Readable on a phone: note text at 15 px or more, nothing wider than the screen.
    const size = await list
      .locator('li')
      .first()
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize))
    expect(size).toBeGreaterThanOrEqual(15)
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    )
    await toggle.click()
    expect(await list.isVisible()).toBe(false)

    // Three dots on it, then the facilitator shows the results.
    const add = item.getByRole('button', { name: /Ajouter une gommette/ })
    for (let i = 1; i <= 3; i++) {
      await add.click()
      await expect
        .poll(() => item.locator('.vote__dots [aria-hidden]').textContent())
        .toBe('●'.repeat(i))
    }
    expect(await phone.getByTestId('phone-ranking').count()).toBe(0)
    await board.getByRole('button', { name: 'Afficher les résultats' }).click()
    const ranking = phone.getByTestId('phone-ranking')
    await expect
      .poll(() => ranking.locator('li').first().textContent(), { timeout: 10_000 })
      .toContain(clusterTitle)
    expect(await ranking.getByTestId('phone-dots').first().textContent()).toBe('3 gommettes')
    expect(await ranking.locator('li').count()).toBe(dataset.clusters.length)

    // The facilitator closes the session: the phone shows the final summary.
    await board.getByRole('radio', { name: 'Atelier terminé' }).check({ force: true })
    const summary = phone.getByTestId('final-summary')
    await summary.waitFor()
    expect(await ranking.count()).toBe(0)
    const vision = summary.getByRole('region', {
      name: 'Notre vision de la société et le rôle des coopératives comme actrices du changement',
    })
    const top = vision.locator('.summary__item').first()
    expect(await top.locator('.summary__title').textContent()).toBe(clusterTitle)
    expect(await top.getByTestId('summary-dots').textContent()).toBe('3 gommettes')
    const recommendation = dataset.clusters.find((c) => c.id === 'c01')!.recommendation!
    expect(await top.locator('.summary__text').textContent()).toBe(recommendation)
    const phoneSummary = await summary.textContent()

    // The results link from the side panel, opened where nobody joined.
    await board.getByRole('button', { name: 'Créer le lien de résultats' }).click()
    const link = await board.getByLabel('Lien des résultats').inputValue()
    expect(link).toMatch(new RegExp(`^${suite.app.server.url}/r/${workshopId}#token=.+`))
    const reader = await (
      await suite.newContext({ viewport: { width: 1440, height: 900 } })
    ).newPage()
    await reader.goto(link)
    const shared = reader.getByTestId('final-summary')
    await expect.poll(() => shared.textContent()).toBe(phoneSummary)
    // The token leaves the address bar (a projected or pasted URL must not show it).
    expect(new URL(reader.url()).hash).toBe('')

    // The link cannot write: its token's update is refused with a reason,
    // and it opens no other room.
    const pirate = new Y.Doc()
    pirate.getMap('meta').set('title', 'Piraté')
    const frame = updateFrame(Y.encodeStateAsUpdate(pirate))
    const refusal = await reader.evaluate(
      async ({ id, bytes }) => {
        const token = localStorage.getItem(`atelier.results.${id}`)!
        const base = `${location.origin.replace(/^http/, 'ws')}/sync`
        const socket = new WebSocket(`${base}/${id}?token=${encodeURIComponent(token)}`)
        socket.binaryType = 'arraybuffer'
        const reason = await new Promise<string>((resolve) => {
          socket.onopen = () => socket.send(new Uint8Array(bytes))
          socket.onmessage = (event) => {
            const data = new Uint8Array(event.data as ArrayBuffer)
            // messageAuth (2), permission denied (0), then the reason as a string.
            if (data[0] === 2) resolve(new TextDecoder().decode(data.slice(3)))
          }
        })
        socket.close()
        const rooms = [`${id}:private`, `${id}:layout`]
        const statuses = await Promise.all(
          rooms.map(async (room) => (await fetch(`/sync/${room}?token=${token}`)).status),
        )
        return { reason, statuses }
      },
      { id: workshopId, bytes: frame },
    )
    expect(refusal.reason).toMatch(/read-only/)
    expect(refusal.statuses).toEqual([403, 403])
    const fresh = await (
      await suite.newContext({ viewport: { width: 1440, height: 900 } })
    ).newPage()
    await fresh.goto(link)
    await expect
      .poll(() => fresh.locator('.results__title').textContent())
      .toBe(dataset.workshop.title)
  })
})
