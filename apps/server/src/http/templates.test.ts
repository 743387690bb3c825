import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  api,
  type CreatedWorkshop,
  connect,
  createWorkshop,
  roleToken,
  startTestServer,
  type TestServer,
} from '../test-support/harness.js'

let server: TestServer
let workshop: CreatedWorkshop

type ErrorBody = { error: { code: string; message: string } }
type Summary = {
  id: string
  name: string
  language: string
  dimensions: { id: string; title: string; prompt: string }[]
}

beforeAll(async () => {
  server = await startTestServer()
  workshop = await createWorkshop(server, { title: 'Atelier Lyon', template: 'congress' })
})
afterAll(() => server.stop())

const validFile = {
  format: 'atelier-template',
  version: 1,
  name: 'Assemblée générale',
  language: 'fr',
  dimensions: [
    { id: 'bilan', title: 'Bilan', prompt: 'Qu’avons-nous réussi ?' },
    { id: 'projets', title: 'Projets', prompt: 'Que voulons-nous lancer ?' },
  ],
}

describe('POST /api/workshops/:id/template', () => {
  it('needs the facilitator key', async () => {
    const path = `/api/workshops/${workshop.id}/template`
    expect((await api<ErrorBody>(server, path, { body: {} })).status).toBe(401)
    expect((await api<ErrorBody>(server, path, { body: {}, bearer: 'nope' })).status).toBe(403)
    const screen = await roleToken(server, workshop, 'screen')
    expect((await api<ErrorBody>(server, path, { body: {}, bearer: screen })).status).toBe(403)
  })

  it('saves the workshop’s dimensions and questions, listed and downloadable', async () => {
    const { status, body } = await api<Summary>(server, `/api/workshops/${workshop.id}/template`, {
      body: { name: 'Congrès régional' },
      bearer: workshop.facilitatorKey,
    })
    expect(status).toBe(201)
    expect(body.name).toBe('Congrès régional')
    expect(body.dimensions.map((d) => d.id)).toEqual(['vision', 'efficacite', 'reseau'])
    const list = await api<{ templates: Summary[] }>(server, '/api/templates')
    expect(list.body.templates.map((t) => t.id)).toContain(body.id)
    const file = await fetch(`${server.url}/api/templates/${body.id}?download`)
    expect(file.headers.get('content-disposition')).toMatch(/attachment/)
    expect(await file.json()).toMatchObject({ format: 'atelier-template', version: 1 })
  })

  it('refuses a name longer than 120 characters', async () => {
    const { status } = await api<ErrorBody>(server, `/api/workshops/${workshop.id}/template`, {
      body: { name: 'x'.repeat(121) },
      bearer: workshop.facilitatorKey,
    })
    expect(status).toBe(400)
  })
})

describe('POST /api/templates (a template file)', () => {
  it('imports a valid file and creates a workshop with its dimensions', async () => {
    const saved = await api<Summary>(server, '/api/templates', { body: validFile })
    expect(saved.status).toBe(201)
    const created = await createWorkshop(server, { title: 'AG 2027', templateId: saved.body.id })
    const token = await roleToken(server, created, 'screen')
    const screen = connect(server, created.id, token)
    await screen.synced
    const dims = screen.doc.getMap('dimensions')
    expect([...dims.keys()].sort()).toEqual(['bilan', 'projets'])
    expect((dims.get('bilan') as { get(k: string): unknown }).get('prompt')).toBe(
      'Qu’avons-nous réussi ?',
    )
    screen.destroy()
  })

  it('refuses hostile files: wrong format, long texts, bad ids, duplicates, too many dimensions', async () => {
    const bad = [
      { ...validFile, format: 'other' },
      { ...validFile, name: '' },
      { ...validFile, dimensions: [] },
      { ...validFile, dimensions: [{ id: 'a b', title: 'x', prompt: '' }] },
      { ...validFile, dimensions: [{ id: 'a', title: 'x'.repeat(201), prompt: '' }] },
      { ...validFile, dimensions: [{ id: 'a', title: 'x', prompt: 'x'.repeat(501) }] },
      {
        ...validFile,
        dimensions: [
          { id: 'a', title: 'x', prompt: '' },
          { id: 'a', title: 'y', prompt: '' },
        ],
      },
      {
        ...validFile,
        dimensions: Array.from({ length: 13 }, (_, i) => ({ id: `d${i}`, title: 'x', prompt: '' })),
      },
      'not an object',
    ]
    for (const body of bad) {
      const { status, body: error } = await api<ErrorBody>(server, '/api/templates', { body })
      expect(status, JSON.stringify(body).slice(0, 80)).toBe(400)
      expect(error.error.code).toBe('invalid-template')
    }
  })

  it('refuses a body over 64 KB before reading it', async () => {
    const big = { ...validFile, name: 'x', padding: 'x'.repeat(70 * 1024) }
    const { status, body } = await api<ErrorBody>(server, '/api/templates', { body: big })
    expect(status).toBe(413)
    expect(body.error.code).toBe('too-large')
  })

  it('answers an unknown template with 404, at creation too', async () => {
    expect((await api<ErrorBody>(server, '/api/templates/nope')).status).toBe(404)
    const { status, body } = await api<ErrorBody>(server, '/api/workshops', {
      body: { title: 'x', templateId: 'nope' },
    })
    expect(status).toBe(404)
    expect(body.error.code).toBe('unknown-template')
  })
})
