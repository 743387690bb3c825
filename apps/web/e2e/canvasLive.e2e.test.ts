import { describe, expect, it } from 'vitest'
import { boardReady, probeCanvas } from './canvasProbe'
import { appForFile, joinAsPhone, phoneContext, sendNote } from './harness'

// A board opened before any note arrived (the facilitator sets up, then the
// room starts writing): the first notes are shown readable, not at the
// zoom that fitted the empty frames.

const suite = appForFile()

describe('a board opened before the first notes', () => {
  it('zooms to the first notes when they arrive, their text at least 11 CSS px', async () => {
    const response = await fetch(`${suite.app.server.url}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Atelier en direct', template: 'congress', language: 'fr' }),
    })
    const created = (await response.json()) as { code: string; facilitatorUrl: string }
    const context = await suite.newContext({ viewport: { width: 1440, height: 900 } })
    const board = await context.newPage()
    await board.goto(`${created.facilitatorUrl}&code=${created.code}`)
    await board.locator('.board-canvas canvas').first().waitFor()
    await expect.poll(() => board.getByTestId('note-count').textContent()).toBe('0')

    const phone = suite.track(await phoneContext(suite.app.browser))
    const mobile = await joinAsPhone(phone, suite.app.server.url, created.code)
    for (const text of ['Une caisse commune', 'Des achats groupés', 'Former les élus'])
      await sendNote(mobile, text)
    await expect.poll(() => board.getByTestId('note-count').textContent()).toBe('3')
    await boardReady(board)
    const probe = await probeCanvas(board)
    expect(probe.inView).toHaveLength(3)
    expect(Math.min(...probe.textPx)).toBeGreaterThanOrEqual(11)
  })
})
