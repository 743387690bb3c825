import { describe, expect, it } from 'vitest'
import { appForFile, joinAsPhone, phoneContext } from './harness'

// French ships with the page; English is its own chunk, fetched only when a
// workshop runs in English or the person chose it on this device. Both ways
// must still end in English, and a French phone must never fetch it.

const suite = appForFile()

async function createWorkshop(language: 'fr' | 'en'): Promise<{ code: string }> {
  const response = await fetch(`${suite.app.server.url}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Atelier langue', template: 'congress', language }),
  })
  expect(response.status).toBe(201)
  return (await response.json()) as { code: string }
}

/** The URLs of the English chunk a page fetched. */
function watchEnglishChunk(page: import('playwright-core').Page): string[] {
  const fetched: string[] = []
  page.on('request', (request) => {
    if (/\/assets\/en-[^/]+\.js$/.test(request.url())) fetched.push(request.url())
  })
  return fetched
}

describe('the phone in each language', () => {
  it('a French workshop never fetches the English strings', async () => {
    const { code } = await createWorkshop('fr')
    const context = suite.track(await phoneContext(suite.app.browser))
    const page = await context.newPage()
    const english = watchEnglishChunk(page)
    await page.goto(`${suite.app.server.url}/j/${code}`)
    await page.getByRole('button', { name: 'Entrer' }).click()
    await page.getByRole('button', { name: 'Envoyer' }).waitFor()
    expect(english).toEqual([])
  })

  it('an English workshop turns the phone to English once its board is loaded', async () => {
    const { code } = await createWorkshop('en')
    const page = await joinAsPhone(
      suite.track(await phoneContext(suite.app.browser)),
      suite.app.server.url,
      code,
    )
    await page.getByRole('button', { name: 'Send' }).waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
  })

  it('a phone set to English opens in English from the first screen', async () => {
    const { code } = await createWorkshop('fr')
    const context = suite.track(await phoneContext(suite.app.browser))
    await context.addInitScript(() => {
      localStorage.setItem('atelier.language', 'en')
      const seen = window as unknown as { frenchShown: boolean }
      seen.frenchShown = false
      new MutationObserver(() => {
        if (document.body?.textContent?.includes("Rejoindre l'atelier")) seen.frenchShown = true
      }).observe(document, { subtree: true, childList: true, characterData: true })
    })
    const page = await context.newPage()
    const english = watchEnglishChunk(page)
    await page.goto(`${suite.app.server.url}/j/${code}`)
    await page.getByRole('heading', { name: 'Join the workshop' }).waitFor()
    // Never a French first screen while the strings load.
    expect(
      await page.evaluate(() => (window as unknown as { frenchShown: boolean }).frenchShown),
    ).toBe(false)
    expect(english).toHaveLength(1)
    await page.getByRole('button', { name: 'FR', exact: true }).click()
    await page.getByRole('heading', { name: "Rejoindre l'atelier" }).waitFor()
  })
})
