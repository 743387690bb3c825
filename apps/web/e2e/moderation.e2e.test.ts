import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { appForFile, joinAsPhone, konvaNodeRect, phoneContext, sendNote, settled } from './harness'

// The facilitator's finer tools, through the UI: the cluster panel (merge,
// delete, undo), note moderation seen from the author's phone, the shared
// timer on a phone, the lock, and removing a participant.

const suite = appForFile()

async function setup() {
  const response = await fetch(`${suite.app.server.url}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Atelier outils', template: 'blank', language: 'fr' }),
  })
  const created = (await response.json()) as { code: string; facilitatorUrl: string }
  const facilitator = await suite.app.browser.newContext({ viewport: { width: 1440, height: 900 } })
  suite.track(facilitator)
  const board = await facilitator.newPage()
  await board.goto(`${created.facilitatorUrl}&code=${created.code}`)
  const phones: Page[] = []
  for (const name of ['Amandine', 'Bastien']) {
    const context = await phoneContext(suite.app.browser)
    suite.track(context)
    phones.push(await joinAsPhone(context, suite.app.server.url, created.code, name))
  }
  return { board, a: phones[0]!, b: phones[1]! }
}

const heading = (board: Page, title: string) =>
  board.locator('.list-view__cluster h3', { hasText: title })

describe('facilitation tools', () => {
  it('merges, deletes and undoes clusters from the cluster panel', async () => {
    const { board, a, b } = await setup()
    for (const text of ['Former les jeunes à la coopération', 'Mutualiser les achats de matériel'])
      await sendNote(a, text)
    for (const text of ['Former les jeunes aux valeurs', 'Mutualiser les achats entre SCOP'])
      await sendNote(b, text)
    await expect.poll(() => board.getByTestId('note-count').textContent()).toBe('4')

    await board.getByRole('button', { name: 'Suggérer des groupes' }).click()
    const proposals = board.getByTestId('proposal')
    await expect.poll(() => proposals.count()).toBe(2)
    await proposals.nth(0).getByLabel('Titre du groupe proposé').fill('Jeunes')
    await proposals.nth(0).getByRole('button', { name: 'Accepter' }).click()
    await proposals.nth(0).getByLabel('Titre du groupe proposé').fill('Achats')
    await proposals.nth(0).getByRole('button', { name: 'Accepter' }).click()
    await board.getByRole('button', { name: 'Fermer', exact: true }).click()

    await board.getByRole('button', { name: 'Liste' }).click()
    await board.getByRole('button', { name: 'Ouvrir le groupe « Jeunes »' }).click()
    const panel = board.getByTestId('cluster-panel')
    await panel.getByLabel('Fusionner avec').selectOption({ label: 'Achats' })
    await panel.getByRole('button', { name: 'Fusionner' }).click()
    await expect.poll(() => heading(board, 'Achats').count()).toBe(0)
    await expect.poll(() => heading(board, 'Jeunes').textContent()).toContain('4 notes')

    await panel.getByLabel('Vert').check()
    await panel.getByRole('button', { name: 'Supprimer le groupe' }).click()
    await panel.getByRole('button', { name: 'Oui, supprimer' }).click()
    await expect.poll(() => heading(board, 'Jeunes').count()).toBe(0)
    await expect
      .poll(() => board.locator('.list-view__cluster--loose h3').textContent())
      .toBe('Sans groupe (4)')

    // Undo: the delete, then the recolour, then the merge.
    const undo = board.getByRole('button', { name: /Annuler/ })
    await undo.click()
    await expect.poll(() => heading(board, 'Jeunes').textContent()).toContain('4 notes')
    await undo.click()
    await undo.click()
    await expect.poll(() => heading(board, 'Achats').count()).toBe(1)
    await board.getByRole('button', { name: /Rétablir/ }).click()
    await expect.poll(() => heading(board, 'Achats').count()).toBe(0)
  })

  it('moderates notes, runs the timer, locks the board and removes a participant', async () => {
    const { board, a, b } = await setup()
    await sendNote(a, 'Une remarque hors sujet')
    await sendNote(a, 'Une idée à garder')
    await sendNote(b, 'Une note à supprimer')
    await expect.poll(() => board.getByTestId('note-count').textContent()).toBe('3')
    await board.getByRole('button', { name: 'Liste' }).click()

    await board.getByRole('button', { name: 'Masquer la note « Une remarque hors sujet »' }).click()
    const hidden = a.locator('.my-note', { hasText: 'Une remarque hors sujet' })
    await expect.poll(() => hidden.getAttribute('data-status')).toBe('hidden')
    // The board (phones, projector) no longer holds its text; the facilitator reads it
    // from the private room, so the list still names it and can show it again.
    const unhide = board.getByRole('button', {
      name: 'Réafficher la note « Une remarque hors sujet »',
    })
    await expect.poll(() => unhide.count()).toBe(1)
    await expect
      .poll(() =>
        board.evaluate(() => document.body.textContent?.includes('Une remarque hors sujet')),
      )
      .toBe(true)
    await board.getByRole('button', { name: 'Supprimer la note « Une note à supprimer »' }).click()
    await board.getByRole('button', { name: 'Confirmer la suppression' }).click()
    const deleted = b.locator('.my-note', { hasText: 'Une note à supprimer' })
    await expect.poll(() => deleted.getAttribute('data-status')).toBe('deleted')
    await expect.poll(() => board.getByTestId('note-count').textContent()).toBe('2')

    // The shared countdown on a phone: start, pause, one more minute, stop.
    await board.getByRole('button', { name: 'Lancer un compte à rebours de 5 minutes' }).click()
    const timer = a.getByRole('timer')
    await expect.poll(() => timer.textContent()).toMatch(/^4:5\d$|^5:00$/)
    await board.getByRole('button', { name: 'Pause' }).click()
    await expect.poll(() => timer.textContent()).toContain('(en pause)')
    await board.getByRole('button', { name: '+1 min' }).click()
    await expect.poll(() => timer.textContent()).toMatch(/^(5:5\d|6:00) \(en pause\)$/)
    await board.getByRole('button', { name: 'Arrêter' }).click()
    await expect.poll(() => timer.count()).toBe(0)

    await board.getByLabel('Verrouiller le tableau').check()
    await expect.poll(() => a.locator('.phase__todo').textContent()).toContain('verrouillé')
    expect(await a.locator('textarea.collect__text').count()).toBe(0)
    await board.getByLabel('Verrouiller le tableau').uncheck()
    await a.locator('textarea.collect__text').waitFor()

    await board.getByRole('button', { name: "Retirer Bastien de l'atelier" }).click()
    await board.getByRole('button', { name: 'Oui, retirer' }).click()
    await expect
      .poll(() => board.locator('[data-participant-id][data-removed]').textContent())
      .toContain('Bastien')
    await expect.poll(() => b.locator('.card--alert').count(), { timeout: 20_000 }).toBe(1)
  })
})

describe('the canvas', () => {
  it('hides a note from its right-click menu and splits a selected note into its own cluster', async () => {
    const { board, a } = await setup()
    const texts = [
      'Former les jeunes à la coopération',
      'Former les jeunes aux valeurs coopératives',
      'Former les jeunes en alternance dans nos SCOP',
    ]
    for (const text of texts) await sendNote(a, text)
    await expect.poll(() => board.getByTestId('note-count').textContent()).toBe('3')
    await board.getByRole('button', { name: 'Suggérer des groupes' }).click()
    const proposal = board.getByTestId('proposal').first()
    await proposal.getByLabel('Titre du groupe proposé').fill('Jeunes')
    await proposal.getByRole('button', { name: 'Accepter' }).click()
    await board.getByRole('button', { name: 'Fermer', exact: true }).click()

    await board.getByRole('button', { name: 'Liste' }).click()
    const idOf = async (text: string) =>
      (await board.locator('.list-view__note', { hasText: text }).getAttribute('data-note-id'))!
    const [first, second] = [await idOf(texts[0]!), await idOf(texts[1]!)]
    const clusterId = (await board
      .locator('.list-view__cluster', { hasText: 'Jeunes' })
      .first()
      .getAttribute('data-cluster-id'))!
    await board.getByRole('button', { name: 'Tableau' }).click()
    await board.locator('.board-canvas canvas').first().waitFor()
    // The automatic layout places the new cluster and its notes: wait until they stay put.
    await settled(() => konvaNodeRect(board, `cluster-${clusterId}`))
    await settled(() => konvaNodeRect(board, `note-${first}`))

    const rectOf = (nodeId: string) => konvaNodeRect(board, nodeId)
    const centre = async (nodeId: string) => {
      const r = await rectOf(nodeId)
      return { x: r.x + r.w / 2, y: r.y + r.h / 2 }
    }

    const note = await centre(`note-${first}`)
    await board.mouse.click(note.x, note.y, { button: 'right' })
    const menu = board.getByRole('menu', { name: 'Actions sur la note' })
    await menu.getByRole('menuitem', { name: 'Masquer' }).click()
    await expect
      .poll(() => a.locator('.my-note', { hasText: texts[0] }).getAttribute('data-status'))
      .toBe('hidden')
    expect(await menu.count()).toBe(0)

    // Select one note, open its cluster by its title bar, split the note off.
    const other = await centre(`note-${second}`)
    await board.mouse.click(other.x, other.y)
    const cluster = await rectOf(`cluster-${clusterId}`)
    await board.mouse.click(cluster.x + cluster.w / 2, cluster.y + 6)
    const panel = board.getByTestId('cluster-panel')
    await expect
      .poll(() => panel.locator('.hint').allTextContents())
      .toContain('1 note de ce groupe sélectionnée')
    await panel.getByRole('button', { name: 'Séparer les notes sélectionnées' }).click()
    await board.getByRole('button', { name: 'Liste' }).click()
    await expect
      .poll(() =>
        board.locator('.list-view__cluster', { hasText: texts[1] }).locator('h3').textContent(),
      )
      .toContain('Groupe sans titre')
    await expect
      .poll(() =>
        board.locator(`.list-view__cluster[data-cluster-id="${clusterId}"] [data-note-id]`).count(),
      )
      .toBe(2)
  })
})
