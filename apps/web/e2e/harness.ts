import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { CHROMIUM, launchChromium } from './chromium.mjs'
import { loadServer, type RunningServer } from './server'

// End-to-end harness: a real server in-process (SQLite in a temp dir) serving
// the built web app, and a real Chromium. Missing pieces are errors, never
// skips: a suite that silently skips proves nothing.

export const WEB_DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../dist')

export const PHONE = { width: 390, height: 844 }

export interface App {
  server: RunningServer
  browser: Browser
  close(): Promise<void>
}

/** `serverOptions`: extra options of the real server (an admin key, say). */
export async function startApp(serverOptions: Record<string, unknown> = {}): Promise<App> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`,
    )
  }
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error(
      `${WEB_DIST}/index.html missing: run \`pnpm --filter @atelier/web build\` first.`,
    )
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'atelier-e2e-'))
  const { startServer } = await loadServer()
  const server = await startServer({
    port: 0,
    dataDir,
    webDist: WEB_DIST,
    ...serverOptions,
  })
  const browser = await launchChromium()
  return {
    server,
    browser,
    async close() {
      await browser.close()
      await server.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

export function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  })
}

/** Joins by code through the phone page, optionally with a pseudonym. */
export async function joinAsPhone(
  context: BrowserContext,
  baseUrl: string,
  code: string,
  name?: string,
): Promise<Page> {
  const page = await context.newPage()
  await page.goto(`${baseUrl}/j/${code}`)
  if (name) await page.getByLabel(/pseudonyme|pseudonym/i).fill(name)
  await page.getByRole('button', { name: /^(Entrer|Enter)$/ }).click()
  // The workspace, not any textbox: the pseudonym field is a textbox too, and
  // a test that goes offline before the join answered would lose the join.
  await page.locator('main.phone__main').waitFor()
  return page
}

/** Types a note on the phone and taps send. */
export async function sendNote(page: Page, text: string): Promise<void> {
  const box = page.locator('textarea.collect__text')
  await box.fill(text)
  await page.getByRole('button', { name: /^(Envoyer|Send)$/ }).click()
}

/**
 * One app for a test file: started before its tests, closed after them with
 * every browser context opened through `newContext` or handed to `track`.
 */
export function appForFile() {
  let started: App | undefined
  const contexts: BrowserContext[] = []
  beforeAll(async () => {
    started = await startApp()
  })
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {})
    await started?.close()
  })
  const suite = {
    get app(): App {
      if (!started) throw new Error('the app starts in beforeAll')
      return started
    },
    track(context: BrowserContext): BrowserContext {
      contexts.push(context)
      return context
    },
    async newContext(options: Parameters<Browser['newContext']>[0]): Promise<BrowserContext> {
      return suite.track(await suite.app.browser.newContext(options))
    },
  }
  return suite
}

/** Where Konva drew a node (by id), in page coordinates. */
export function konvaNodeRect(page: Page, nodeId: string) {
  return page.evaluate((id) => {
    // Konva registers its stages on window.
    const konva = (
      window as unknown as {
        Konva: {
          stages: {
            findOne(s: string): { getClientRect(): DOMRect } | undefined
            container(): HTMLElement
          }[]
        }
      }
    ).Konva
    const stage = konva.stages[0]!
    const rect = stage.findOne(`#${id}`)!.getClientRect()
    const origin = stage.container().getBoundingClientRect()
    return { x: origin.x + rect.x, y: origin.y + rect.y, w: rect.width, h: rect.height }
  }, nodeId)
}

/**
 * Reads `read` until two reads 100 ms apart agree (a layout or a zoom has
 * settled), and returns that value. Fails after `timeoutMs`.
 */
export async function settled<T>(read: () => Promise<T>, timeoutMs = 10_000): Promise<T> {
  const start = Date.now()
  let last = JSON.stringify(await read().catch(() => null))
  while (Date.now() - start < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    const value = await read().catch(() => null)
    const now = JSON.stringify(value)
    if (value !== null && now === last) return value as T
    last = now
  }
  throw new Error('value did not settle')
}
