import { lyonDataset } from '@atelier/fixtures'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { appForFile, joinAsPhone, konvaNodeRect, phoneContext, sendNote, settled } from './harness'
import { loadServer, loadWebSocket } from './server'

// The facilitator writes too (issue 8): notes of their own, text and theme
// edits the author's phone and the projector follow, workshop settings the
// phones follow live, templates saved and reused; and the list view does
// what the canvas does, with skip links and few Tab stops.

const suite = appForFile()

async function newWorkshop(title: string) {
  const response = await fetch(`${suite.app.server.url}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title, template: 'congress', language: 'fr' }),
  })
  return (await response.json()) as { code: string; facilitatorUrl: string; screenUrl: string }
}

async function facilitatorPage(url: string, code: string): Promise<Page> {
  const context = await suite.newContext({ viewport: { width: 1440, height: 900 } })
  const board = await context.newPage()
  await board.goto(`${url}&code=${code}`)
  await board.locator('.board-canvas canvas').first().waitFor()
  return board
}

const transcript = (page: Page) => page.getByTestId('screen-transcript').textContent()

describe('the facilitator writes', () => {
  it('adds, edits and moves notes; the projector and the author’s phone follow', async () => {
    const created = await newWorkshop('Atelier écritures')
    const board = await facilitatorPage(created.facilitatorUrl, created.code)
    const screenContext = await suite.newContext({ viewport: { width: 1920, height: 1080 } })
    const screen = await screenContext.newPage()
    await screen.goto(created.screenUrl)
    const phone = await joinAsPhone(
      suite.track(await phoneContext(suite.app.browser)),
      suite.app.server.url,
      created.code,
      'Amandine',
    )
    await sendNote(phone, 'Mutualiser les acahts')
    await expect.poll(() => board.getByTestId('note-count').textContent()).toBe('1')

    // N opens the composer anywhere on the board but in a field.
    await board.locator('body').press('n')
    const composer = board.getByRole('dialog', { name: 'Nouvelle note de l’animateur' })
    await composer.getByLabel('Thème').selectOption({ label: 'Le développement du réseau' })
    await composer.getByLabel('Texte de la note').fill('Remarque de la salle : inviter les élus')
    await composer.getByRole('button', { name: 'Ajouter au tableau' }).click()
    await expect.poll(() => composer.getByRole('status').textContent()).toContain('ajoutée')
    await composer.getByRole('button', { name: 'Fermer' }).click()
    await expect.poll(() => board.getByTestId('note-count').textContent()).toBe('2')
    // In a text field N is a letter, not the shortcut.
    await board.getByLabel('Durée en minutes').focus()
    await board.keyboard.press('n')
    expect(await board.locator('dialog[open]').count()).toBe(0)
    await expect.poll(() => transcript(screen)).toContain('Remarque de la salle : inviter les élus')

    // Edit the participant's typo from the list view: Enter on the note's checkbox.
    await board.getByRole('button', { name: 'Liste' }).click()
    const row = board.locator('.list-view__note', { hasText: 'Mutualiser les acahts' })
    await row.getByRole('checkbox').focus()
    await board.keyboard.press('Enter')
    const editor = board.getByRole('dialog', { name: 'Modifier la note' })
    await editor.getByLabel('Texte').fill('Mutualiser les achats')
    await editor.getByRole('button', { name: 'Enregistrer' }).click()
    await expect.poll(() => transcript(screen)).toContain('Mutualiser les achats')
    expect(await transcript(screen)).not.toContain('acahts')
    const mine = phone.locator('.my-note').first()
    await expect.poll(() => mine.getAttribute('data-status')).toBe('edited')
    expect(await mine.locator('.my-note__text').textContent()).toBe('Mutualiser les achats')
    expect(await mine.getByTestId('note-status').textContent()).toBe('Modifiée par l’animateur')
    // The author can no longer overwrite the facilitator's version.
    expect(await mine.getByRole('button', { name: 'Modifier' }).count()).toBe(0)
    // The facilitator's own note says so, and names no participant.
    const own = board.locator('.list-view__note', { hasText: 'inviter les élus' })
    expect(await own.locator('.badge--facilitator').textContent()).toBe('animateur')

    // Move it to another theme through the canvas' note menu.
    await board.getByRole('button', { name: 'Tableau' }).click()
    await board.locator('.board-canvas canvas').first().waitFor()
    const noteId = (await phone.locator('.my-note').first().getAttribute('data-note-id'))!
    const rect = await settled(() => konvaNodeRect(board, `note-${noteId}`))
    await board.mouse.click(rect.x + rect.w / 2, rect.y + rect.h / 2, { button: 'right' })
    await board.getByRole('menuitem', { name: 'Modifier le texte ou le thème…' }).click()
    const mover = board.getByRole('dialog', { name: 'Modifier la note' })
    await mover.getByLabel('Thème').selectOption({ label: "L'efficacité du mouvement" })
    await mover.getByRole('button', { name: 'Enregistrer' }).click()
    await board.getByRole('button', { name: 'Liste' }).click()
    await expect
      .poll(() =>
        board.locator('[data-dimension-id="efficacite"] .list-view__note').allTextContents(),
      )
      .toEqual([expect.stringContaining('Mutualiser les achats')])
    await expect
      .poll(() => mine.locator('.my-note__dimension').textContent())
      .toBe("L'efficacité du mouvement")

    // Two duplicates become one note: select both, merge, one text.
    await board.getByRole('button', { name: 'Ajouter une note' }).click()
    const again = board.getByRole('dialog', { name: 'Nouvelle note de l’animateur' })
    await again.getByLabel('Thème').selectOption({ label: 'Le développement du réseau' })
    await again.getByLabel('Texte de la note').fill('Inviter les élus locaux')
    await again.getByRole('button', { name: 'Ajouter au tableau' }).click()
    await again.getByRole('button', { name: 'Fermer' }).click()
    const reseau = board.locator('[data-dimension-id="reseau"] .list-view__note')
    await expect.poll(() => reseau.count()).toBe(2)
    // The canvas' right-click selected the moved note: the selection is shared, start afresh.
    await board.getByRole('button', { name: 'Tout désélectionner' }).click()
    for (const i of [0, 1]) await reseau.nth(i).getByRole('checkbox').check()
    await board
      .getByRole('region', { name: 'Actions sur la sélection' })
      .getByRole('button', { name: 'Fusionner' })
      .click()
    const merger = board.getByRole('dialog', { name: 'Fusionner 2 notes' })
    expect(await merger.getByLabel('Texte').inputValue()).toBe(
      'Remarque de la salle : inviter les élus\nInviter les élus locaux',
    )
    await merger.getByLabel('Texte').fill('Inviter les élus locaux aux ateliers')
    await merger.getByRole('button', { name: 'Fusionner' }).click()
    await expect
      .poll(() => reseau.allTextContents())
      .toEqual([expect.stringContaining('Inviter les élus locaux aux ateliers')])
    await expect.poll(() => transcript(screen)).toContain('Inviter les élus locaux aux ateliers')
    expect(await transcript(screen)).not.toContain('Remarque de la salle')
  })

  it('edits the title and a question live, refuses to remove a theme with notes, and reuses a template', async () => {
    const created = await newWorkshop('Atelier réglages')
    const board = await facilitatorPage(created.facilitatorUrl, created.code)
    const phone = await joinAsPhone(
      suite.track(await phoneContext(suite.app.browser)),
      suite.app.server.url,
      created.code,
    )
    await sendNote(phone, 'Une idée pour la vision')
    await expect.poll(() => board.getByTestId('note-count').textContent()).toBe('1')

    await board.getByRole('button', { name: 'Réglages de l’atelier' }).click()
    const settings = board.getByRole('dialog', { name: 'Réglages de l’atelier' })
    await settings.getByLabel('Titre de l’atelier').fill('Atelier Lyon 2027')
    await settings.getByLabel('Titre de l’atelier').press('Enter')
    await expect.poll(() => phone.locator('.phone__title').textContent()).toBe('Atelier Lyon 2027')

    const vision = settings.locator('[data-dimension-id="vision"]')
    await vision.getByLabel('Question posée aux participants').fill('Quelle société voulons-nous ?')
    await vision.getByLabel('Thème 1').focus() // leaving the question saves it
    await expect
      .poll(() => phone.locator('.collect__prompt').textContent())
      .toBe('Quelle société voulons-nous ?')

    // A theme holding a note cannot be removed; an empty one can.
    expect(await vision.getByRole('button', { name: /^Supprimer le thème/ }).isDisabled()).toBe(
      true,
    )
    expect(await vision.locator('.hint').textContent()).toContain('1 note')
    await settings.getByLabel('Titre du nouveau thème').fill('Formation')
    await settings.getByRole('button', { name: 'Ajouter le thème' }).click()
    const added = settings.locator('.dimension-row', { hasText: '' }).nth(3)
    await expect.poll(() => added.getByLabel('Thème 4').inputValue()).toBe('Formation')
    await added.getByRole('button', { name: 'Supprimer le thème « Formation »' }).click()
    await expect.poll(() => settings.locator('.dimension-row').count()).toBe(3)

    await settings.getByLabel('Nom du modèle').fill('Modèle Lyon')
    await settings.getByRole('button', { name: 'Enregistrer le modèle' }).click()
    await expect
      .poll(() => settings.locator('.template-save__status').textContent())
      .toContain('Modèle « Modèle Lyon » enregistré.')
    const download = settings.getByRole('link', { name: 'Télécharger le fichier JSON' })
    const file = await fetch(`${suite.app.server.url}${await download.getAttribute('href')}`)
    expect(
      ((await file.json()) as { dimensions: { prompt: string }[] }).dimensions[0]?.prompt,
    ).toBe('Quelle société voulons-nous ?')

    // A new workshop from it, on the home page.
    const home = await board.context().newPage()
    await home.goto(suite.app.server.url)
    await home.getByLabel("Titre de l'atelier").fill('Atelier Grenoble')
    const picker = home.getByLabel('Modèle', { exact: true })
    await expect.poll(() => picker.locator('option', { hasText: 'Modèle Lyon' }).count()).toBe(1)
    await picker.selectOption({ label: 'Modèle Lyon' })
    await home.getByRole('button', { name: "Créer l'atelier" }).click()
    await home.getByRole('link', { name: "Ouvrir le tableau d'animation" }).click()
    await home.waitForURL(/\/w\//)
    await home.getByRole('button', { name: 'Liste' }).click()
    await expect
      .poll(() => home.locator('.list-view__dimension .hint').first().textContent())
      .toBe('Quelle société voulons-nous ?')
    expect(await home.locator('.board__title').textContent()).toBe('Atelier Grenoble')
  })
})

describe('the list view of the Lyon board', () => {
  it('has skip links, one Tab stop per list of notes, and groups a selection', async () => {
    const { seedWorkshop } = await loadServer()
    const seeded = await seedWorkshop(suite.app.server.url, lyonDataset(), {
      WebSocket: await loadWebSocket(),
      until: 'cluster',
    })
    const board = await facilitatorPage(seeded.facilitatorUrl, seeded.code)
    await expect.poll(() => board.getByTestId('note-count').textContent()).toBe('160')
    await board.getByRole('button', { name: 'Liste' }).click()
    const list = board.locator('.list-view')
    await expect.poll(() => list.locator('.list-view__note').count()).toBe(160)

    // Landmarks: the list is a region of main, its skip links a navigation.
    expect(await board.locator('main .list-view[aria-label]').count()).toBe(1)
    expect(await board.getByRole('navigation', { name: 'Aller à' }).count()).toBe(1)

    // Tab from the first skip link until focus leaves the list, counting stops.
    await list.locator('.list-view__skip a').first().focus()
    let count = 1
    for (let i = 0; i < 600; i++) {
      await board.keyboard.press('Tab')
      const inside = await board.evaluate(() =>
        document.querySelector('.list-view')!.contains(document.activeElement),
      )
      if (!inside) break
      count++
    }
    // What the stops are: 7 skip links, the new group's name (the selection's buttons are
    // disabled while nothing is selected), 3 buttons per group (rename, show, details), the
    // groups' recommendation fields, and ONE stop per non-empty list of notes.
    const groups = await list.locator('.list-view__cluster[aria-label]').count()
    const recommendations = await list.locator('.list-view__cluster textarea').count()
    const lists = await list.locator('ul:has(> li.list-view__note)').count()
    console.log(
      `list view Tab stops, Lyon board (160 notes, ${groups} groups): ${count} = 7 + 1 + 3 × ${groups} + ${recommendations} + ${lists}`,
    )
    expect(count).toBe(7 + 1 + 3 * groups + recommendations + lists)
    expect(count).toBeLessThan(160)
    expect(count).toBe(111)

    // Arrows move inside a list of notes: down to the next note, right to its next control.
    const firstList = list
      .locator('.list-view__cluster[data-cluster-id]:not([data-cluster-id=""]) ul')
      .first()
    await firstList.getByRole('checkbox').first().focus()
    await board.keyboard.press('ArrowDown')
    expect(
      await board.evaluate(
        () => document.activeElement?.closest('li')?.previousElementSibling !== null,
      ),
    ).toBe(true)
    await board.keyboard.press('ArrowRight')
    expect(await board.evaluate(() => document.activeElement?.textContent)).toBe('Modifier')

    // Skip link, by keyboard: straight to the groups of the second theme.
    await board.getByRole('link', { name: 'aller aux regroupements' }).nth(1).focus()
    await board.keyboard.press('Enter')
    expect(await board.evaluate(() => document.activeElement?.id)).toBe('list-groups-efficacite')

    // Select two notes of one theme with the keyboard, group them under a name.
    const source = list.locator('[data-dimension-id="reseau"] .list-view__cluster ul').first()
    const picked = source.locator('.list-view__note')
    const ids = [
      (await picked.nth(0).getAttribute('data-note-id'))!,
      (await picked.nth(1).getAttribute('data-note-id'))!,
    ]
    await picked.nth(0).getByRole('checkbox').focus()
    await board.keyboard.press('Space')
    await board.keyboard.press('ArrowDown')
    await board.keyboard.press('Space')
    await expect
      .poll(() => list.locator('.list-view__count').textContent())
      .toBe('2 notes sélectionnées')
    await board.getByLabel('Nom du nouveau groupe (facultatif)').fill('Groupe au clavier')
    await board
      .getByRole('region', { name: 'Actions sur la sélection' })
      .getByRole('button', { name: 'Grouper' })
      .click()
    const group = list
      .locator('.list-view__cluster')
      .filter({ has: board.getByRole('heading', { name: /^Groupe au clavier/ }) })
    await expect.poll(() => group.locator('[data-note-id]').count()).toBe(2)
    const clusterId = (await group.getAttribute('data-cluster-id'))!

    // The canvas shows the same group, around the same two notes.
    await board.getByRole('button', { name: 'Tableau' }).click()
    await board.locator('.board-canvas canvas').first().waitFor()
    const frame = await settled(() => konvaNodeRect(board, `cluster-${clusterId}`))
    for (const id of ids) {
      const note = await konvaNodeRect(board, `note-${id}`)
      const cx = note.x + note.w / 2
      const cy = note.y + note.h / 2
      expect(cx > frame.x && cx < frame.x + frame.w && cy > frame.y && cy < frame.y + frame.h).toBe(
        true,
      )
    }

    // Back in the list: move one more note of the theme into the new group.
    await board.getByRole('button', { name: 'Liste' }).click()
    await source.locator('.list-view__note').first().getByRole('checkbox').check()
    await board
      .getByRole('region', { name: 'Actions sur la sélection' })
      .getByLabel('Déplacer dans le groupe…')
      .selectOption({ label: 'Groupe au clavier' })
    await expect.poll(() => group.locator('[data-note-id]').count()).toBe(3)
  })
})
