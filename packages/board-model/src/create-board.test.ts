import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createBoard } from './create-board.js'
import { BoardModelError } from './errors.js'
import { SCHEMA_VERSION } from './layout.js'
import { readBoard } from './read/board.js'
import { lyon } from './test-support/lyon.js'

describe('createBoard', () => {
  it('congress template in French is word for word the congress wording', () => {
    const doc = new Y.Doc()
    createBoard(doc, { title: lyon.workshop.title, template: 'congress', language: 'fr' })
    const dims = readBoard(doc).dimensions.map(({ id, title, prompt }) => ({ id, title, prompt }))
    expect(dims).toEqual(lyon.dimensions)
  })

  it('congress template in English keeps the ids and translates titles and prompts', () => {
    const doc = new Y.Doc()
    createBoard(doc, { title: 'Lyon workshop', template: 'congress', language: 'en' })
    const { dimensions, meta } = readBoard(doc)
    expect(meta.language).toBe('en')
    expect(dimensions.map((d) => d.id)).toEqual(['vision', 'efficacite', 'reseau'])
    expect(dimensions[1]?.title).toBe('The efficiency of the movement')
    for (const d of dimensions) expect(d.prompt).toMatch(/\?$/)
  })

  it('blank template has a single "Idées" dimension', () => {
    const fr = new Y.Doc()
    createBoard(fr, { title: 'Vide', template: 'blank' })
    expect(readBoard(fr).dimensions.map((d) => d.title)).toEqual(['Idées'])
    const en = new Y.Doc()
    createBoard(en, { title: 'Empty', template: 'blank', language: 'en' })
    expect(readBoard(en).dimensions.map((d) => d.title)).toEqual(['Ideas'])
  })

  it('writes the current schema and every meta default in one transaction with the origin', () => {
    const doc = new Y.Doc()
    const origins: unknown[] = []
    doc.on('afterTransaction', (t) => origins.push(t.origin))
    createBoard(
      doc,
      {
        title: ' Atelier Lyon ',
        territory: 'Lyon',
        template: 'congress',
        date: '2021-06-10',
        facilitator: "Kaléido'Scop",
      },
      'server',
    )
    expect(origins).toEqual(['server'])
    expect(readBoard(doc).meta).toEqual({
      schemaVersion: SCHEMA_VERSION,
      title: 'Atelier Lyon',
      territory: 'Lyon',
      language: 'fr',
      date: '2021-06-10',
      facilitator: "Kaléido'Scop",
      phase: 'collect',
      votesPerParticipant: 5,
      multipleDotsPerCluster: true,
      silent: false,
      locked: false,
      showTallies: false,
      timer: { endsAt: null, remainingMs: null, durationMs: null },
      focus: null,
    })
  })

  it('refuses to overwrite an existing board, an empty title or a bad date', () => {
    const doc = new Y.Doc()
    createBoard(doc, { title: 'Un', template: 'blank' })
    expect(() => createBoard(doc, { title: 'Deux', template: 'blank' })).toThrow(BoardModelError)
    expect(() => createBoard(new Y.Doc(), { title: '  ', template: 'blank' })).toThrow(
      'title-empty',
    )
    expect(() =>
      createBoard(new Y.Doc(), { title: 'x', template: 'blank', date: '10/06/2021' }),
    ).toThrow()
    expect(readBoard(doc).meta.title).toBe('Un')
  })
})
