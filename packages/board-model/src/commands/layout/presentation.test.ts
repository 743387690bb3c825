import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readPresentation } from '../../read/presentation.js'
import { updatesDuring } from '../../test-support/boards.js'
import { setPresentation, setPresentedViewport, setRecommendationDraft } from './presentation.js'

describe('presentation (what the projector shows)', () => {
  it('reads as the phase view on an empty layout document', () => {
    expect(readPresentation(new Y.Doc())).toEqual({
      mode: 'auto',
      clusterId: null,
      selection: [],
      viewport: null,
      draft: null,
    })
  })

  it('switches between modes, each in one update, and leaving a mode forgets its ids', () => {
    const doc = new Y.Doc()
    expect(
      updatesDuring(doc, () => setPresentation(doc, { mode: 'cluster', clusterId: 'c1' })),
    ).toBe(1)
    expect(readPresentation(doc)).toMatchObject({ mode: 'cluster', clusterId: 'c1' })
    setPresentation(doc, { mode: 'selection', ids: ['n1', 'n2', 'n1'] })
    expect(readPresentation(doc)).toMatchObject({
      mode: 'selection',
      clusterId: null,
      selection: ['n1', 'n2'],
    })
    setPresentation(doc, { mode: 'follow' })
    expect(readPresentation(doc)).toMatchObject({ mode: 'follow', selection: [] })
    expect(doc.getMap('presentation').has('selection')).toBe(false)
    setPresentation(doc, { mode: 'auto' })
    expect(readPresentation(doc).mode).toBe('auto')
  })

  it('publishes the facilitator viewport, and refuses a degenerate one without writing', () => {
    const doc = new Y.Doc()
    setPresentedViewport(doc, { x: -10, y: 20, width: 1600, height: 900 })
    expect(readPresentation(doc).viewport).toEqual({ x: -10, y: 20, width: 1600, height: 900 })
    expect(() => setPresentedViewport(doc, { x: 0, y: 0, width: 0, height: 5 })).toThrow()
    expect(() => setPresentedViewport(doc, { x: Number.NaN, y: 0, width: 1, height: 1 })).toThrow()
    expect(readPresentation(doc).viewport?.width).toBe(1600)
  })

  it('refuses malformed choices', () => {
    const doc = new Y.Doc()
    expect(() => setPresentation(doc, { mode: 'cluster', clusterId: '' })).toThrow()
    expect(() => setPresentation(doc, { mode: 'zoom' } as never)).toThrow()
    expect(doc.getMap('presentation').size).toBe(0)
  })

  it('tolerates what another client may have written', () => {
    const doc = new Y.Doc()
    const map = doc.getMap('presentation')
    map.set('mode', 'cluster') // no cluster id: nothing to show, back to the phase view
    map.set('viewport', { x: 0, y: 0, width: -3, height: 2 })
    expect(readPresentation(doc)).toEqual({
      mode: 'auto',
      clusterId: null,
      selection: [],
      viewport: null,
      draft: null,
    })
    map.set('draft', { cluster: 3, text: 'x' })
    expect(readPresentation(doc).draft).toBeNull()
    map.set('mode', 'selection')
    map.set('selection', ['n1', 7, null, 'n2'])
    expect(readPresentation(doc).selection).toEqual(['n1', 'n2'])
    map.set('mode', 'spotlight')
    expect(readPresentation(doc).mode).toBe('auto')
  })

  it('publishes the recommendation being typed, and clears it when typing is over', () => {
    const doc = new Y.Doc()
    setRecommendationDraft(doc, { clusterId: 'c1', text: 'Créer un fonds' })
    expect(readPresentation(doc).draft).toEqual({ clusterId: 'c1', text: 'Créer un fonds' })
    expect(() => setRecommendationDraft(doc, { clusterId: 'c1', text: 'x'.repeat(2001) })).toThrow()
    setRecommendationDraft(doc, null)
    expect(readPresentation(doc).draft).toBeNull()
    expect(updatesDuring(doc, () => setRecommendationDraft(doc, null))).toBe(0)
  })
})
