import type { Locator, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { type OrganiserCampaign, seedOrganiserCampaign } from './campaign.support'
import { appForFile } from './harness'

// Issue 10, the campaign's working document in a real Chromium over the real
// server: the organiser (key) and a co-organiser (link) on two pages of the
// Lyon campaign merge, write, rename, split, move and undo; each sees the
// other's edits live, and synthesis.json says the same.

const suite = appForFile()
let campaign: OrganiserCampaign
let coOrganiserUrl: string

interface Group {
  id: string
  title: string
  recommendation: string
  origin: string
  items: { id: string }[]
}

beforeAll(async () => {
  campaign = await seedOrganiserCampaign(suite.app)
  const minted = await fetch(`${suite.app.server.url}/api/campaigns/${campaign.id}/co-organisers`, {
    method: 'POST',
    headers: { authorization: `Bearer ${campaign.organiserKey}` },
  })
  coOrganiserUrl = ((await minted.json()) as { url: string }).url
}, 120_000)

async function open(url: string, size = { width: 1440, height: 900 }): Promise<Page> {
  const page = await (await suite.newContext({ viewport: size })).newPage()
  await page.goto(url)
  await page.getByTestId('campaign-workshops').waitFor()
  await page.locator('.campaign-edit__status[data-status="live"]').waitFor()
  return page
}

const card = (page: Page, id: string) => page.locator(`.campaign__group[data-group="${id}"]`)
const itemsOf = (group: Locator) =>
  group
    .locator('.campaign__item')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-item')!))
/** Waits until `read` gives `expected` (the page refetches the synthesis after a change). */
async function until<T>(read: () => Promise<T>, expected: T, timeoutMs = 10_000): Promise<void> {
  const start = Date.now()
  let last: T | undefined
  while (Date.now() - start < timeoutMs) {
    last = await read().catch(() => undefined)
    if (JSON.stringify(last) === JSON.stringify(expected)) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  expect(last).toEqual(expected)
}
const sorted = (list: string[]) => [...list].sort()

async function synthesisGroups(): Promise<Group[]> {
  const response = await fetch(
    `${suite.app.server.url}/api/campaigns/${campaign.id}/synthesis.json`,
    { headers: { authorization: `Bearer ${campaign.organiserKey}` } },
  )
  const body = (await response.json()) as { dimensions: { groups: Group[] }[] }
  return body.dimensions.flatMap((d) => d.groups)
}

describe('two organisers on the working document', () => {
  it('merge, write, rename, split, move, undo: the other page and synthesis.json follow', async () => {
    const mine = await open(campaign.organiserUrl)
    const theirs = await open(coOrganiserUrl)
    const dimension = mine.locator('.campaign__dimension').first()
    // Two groups raised in the three territories, and a third group to take an item from.
    const ids = await dimension
      .locator('.campaign__group')
      .evaluateAll((els) =>
        els
          .filter((el) => el.querySelectorAll('.campaign__item').length === 3)
          .map((el) => el.getAttribute('data-group')!),
      )
    const [x, y] = ids
    if (!x || !y) throw new Error('two groups of three territories expected')
    const xItems = await itemsOf(card(mine, x))
    const yItems = await itemsOf(card(mine, y))
    const xTitle = await card(mine, x).locator('.campaign__group-title').textContent()

    // Merge y into x: the co-organiser's page shows one group with the six items.
    await card(mine, x).getByTestId('merge-select').selectOption(y)
    await card(mine, x).getByTestId('merge-button').click()
    await until(async () => sorted(await itemsOf(card(theirs, x))), sorted([...xItems, ...yItems]))
    await card(theirs, y).waitFor({ state: 'detached' })

    // Write the regional recommendation while the refetches land: nothing typed is lost.
    const text = 'Publier chaque année la répartition de la valeur créée.'
    const field = card(mine, x).getByTestId('recommendation-input')
    await field.click()
    await mine.keyboard.type(text, { delay: 25 })
    await until(() => field.inputValue(), text)
    await until(() => card(theirs, x).getByTestId('recommendation-input').inputValue(), text)

    // Rename it.
    await card(mine, x).getByRole('button', { name: 'Renommer' }).click()
    await card(mine, x).getByTestId('rename-input').fill('Partager la valeur')
    await card(mine, x).getByTestId('rename-input').press('Enter')
    await until(
      () => card(theirs, x).locator('.campaign__group-title').textContent(),
      'Partager la valeur',
    )

    // Split the first item out into a new group.
    const taken = xItems[0]!
    await card(mine, x).locator(`[data-item="${taken}"] input[type="checkbox"]`).check()
    await card(mine, x).getByTestId('split-button').click()
    const splitGroup = theirs.locator('.campaign__group', {
      has: theirs.locator(`[data-item="${taken}"]`),
    })
    await until(async () => (await splitGroup.getAttribute('data-group'))?.startsWith('o:'), true)
    const splitId = (await splitGroup.getAttribute('data-group'))!
    expect(await itemsOf(splitGroup)).toEqual([taken])

    // The co-organiser moves an item of another group of the dimension into x.
    const other = await theirs
      .locator('.campaign__dimension')
      .first()
      .locator('.campaign__group')
      .evaluateAll(
        (els, skip) =>
          els.map((el) => el.getAttribute('data-group')!).filter((id) => !skip.includes(id)),
        [x, splitId],
      )
    const source = other[0]!
    const moved = (await itemsOf(card(theirs, source)))[0]!
    await card(theirs, source).locator(`[data-item="${moved}"] input[type="checkbox"]`).check()
    await card(theirs, source).getByTestId('move-select').selectOption(x)
    await card(theirs, source).getByTestId('move-button').click()
    const expectedX = sorted([...xItems.slice(1), ...yItems, moved])
    await until(async () => sorted(await itemsOf(card(mine, x))), expectedX)

    // synthesis.json says what the pages show.
    let groups = await synthesisGroups()
    const exported = groups.find((g) => g.id === x)!
    expect(exported).toMatchObject({
      title: 'Partager la valeur',
      recommendation: text,
      origin: 'organiser',
    })
    expect(sorted(exported.items.map((i) => i.id))).toEqual(expectedX)
    expect(groups.find((g) => g.id === splitId)!.items.map((i) => i.id)).toEqual([taken])

    // Undo (Ctrl+Z) on the organiser's page takes back the split, not the co-organiser's move.
    await mine.locator('body').click({ position: { x: 5, y: 5 } })
    await mine.keyboard.press('Control+z')
    await card(theirs, splitId).waitFor({ state: 'detached' })
    await until(async () => sorted(await itemsOf(card(theirs, x))), sorted([...expectedX, taken]))
    // Twice more with the button: the rename, then the recommendation.
    await mine.getByTestId('undo-button').click()
    await until(() => card(theirs, x).locator('.campaign__group-title').textContent(), xTitle)
    // Typing is undone by bursts (a pause of half a second starts a new one).
    const theirField = card(theirs, x).getByTestId('recommendation-input')
    const mineField = card(mine, x).getByTestId('recommendation-input')
    for (let i = 0; i < 20 && (await mineField.inputValue()) !== ''; i++)
      await mine.getByTestId('undo-button').click()
    await until(() => theirField.inputValue(), '')
    // ...and no further: the merge stands.
    expect(sorted(await itemsOf(card(theirs, x)))).toEqual(sorted([...expectedX, taken]))
    // Redo brings the recommendation back.
    for (let i = 0; i < 20 && (await mineField.inputValue()) !== text; i++)
      await mine.keyboard.press('Control+Shift+z')
    await until(() => theirField.inputValue(), text)
    groups = await synthesisGroups()
    expect(groups.find((g) => g.id === x)!.recommendation).toBe(text)
    expect(groups.some((g) => g.id === splitId)).toBe(false)
  })

  it('two organisers type in one recommendation: both texts kept, the caret stays on its letter', async () => {
    const mine = await open(campaign.organiserUrl)
    const theirs = await open(coOrganiserUrl)
    const id = await mine
      .locator('.campaign__dimension')
      .last()
      .locator('.campaign__group')
      .last()
      .getAttribute('data-group')
    const mineField = card(mine, id!).getByTestId('recommendation-input')
    const theirField = card(theirs, id!).getByTestId('recommendation-input')
    await mineField.click()
    await mine.keyboard.type('Alpha gamma')
    for (let i = 0; i < ' gamma'.length; i++) await mine.keyboard.press('ArrowLeft')
    await until(() => theirField.inputValue(), 'Alpha gamma')
    // The other organiser writes at the start while this one's caret waits after "Alpha".
    await theirField.click()
    await theirs.keyboard.press('Control+Home')
    await theirs.keyboard.type('Note : ')
    await until(() => mineField.inputValue(), 'Note : Alpha gamma')
    await mine.keyboard.type(' beta')
    await until(() => mineField.inputValue(), 'Note : Alpha beta gamma')
    await until(() => theirField.inputValue(), 'Note : Alpha beta gamma')
    await until(async () => {
      const group = (await synthesisGroups()).find((g) => g.id === id)
      return [group?.origin, group?.recommendation]
    }, ['organiser', 'Note : Alpha beta gamma'])
  })

  it('the editing controls read at a meeting-room TV size', async () => {
    const page = await open(campaign.organiserUrl, { width: 1920, height: 1080 })
    const sizes = await page.evaluate(() => {
      const px = (selector: string) =>
        Number.parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize)
      return {
        merge: px('[data-testid="merge-button"]'),
        select: px('[data-testid="merge-select"]'),
        textarea: px('[data-testid="recommendation-input"]'),
        undo: px('[data-testid="undo-button"]'),
      }
    })
    console.log(`campaign edit controls at 1920x1080, font px: ${JSON.stringify(sizes)}`)
    for (const size of Object.values(sizes)) expect(size).toBeGreaterThanOrEqual(18)
  })
})
