import { describe, expect, it } from 'vitest'
import { appForFile } from './harness'

// The links the server hands out must work on any machine: the facilitator's
// laptop that created the workshop is not always the one driving the board or
// the projector, so neither may depend on what one browser stored.

const suite = appForFile()

describe('links opened on another machine', () => {
  it('show the join code on the board and on the projector', async () => {
    const response = await fetch(`${suite.app.server.url}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Atelier Grenoble', template: 'congress' }),
    })
    const created = (await response.json()) as {
      code: string
      facilitatorUrl: string
      screenUrl: string
    }

    const board = await (
      await suite.newContext({ viewport: { width: 1440, height: 900 } })
    ).newPage()
    await board.goto(created.facilitatorUrl)
    await expect.poll(() => board.getByTestId('join-code').textContent()).toContain(created.code)

    const projector = await (
      await suite.newContext({ viewport: { width: 1920, height: 1080 } })
    ).newPage()
    await projector.goto(created.screenUrl)
    await expect
      .poll(() => projector.getByTestId('screen-code').textContent())
      .toContain(created.code)
  })
})
