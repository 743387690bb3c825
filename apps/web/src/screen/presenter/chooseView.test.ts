import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  type BoardState,
  createBoard,
  createCluster,
  type Presentation,
  readBoard,
  setPhase,
  setShowTallies,
  setSilent,
} from '../../model'
import { chooseView } from './chooseView'

const AUTO: Presentation = {
  mode: 'auto',
  clusterId: null,
  selection: [],
  viewport: null,
  draft: null,
}

function board(build?: (doc: Y.Doc, cluster: string) => void): {
  state: BoardState
  cluster: string
} {
  const doc = new Y.Doc()
  createBoard(doc, { title: 'T', template: 'congress', date: '2026-01-01' }, 'test')
  const cluster = createCluster(doc, { title: 'Former', dimension: 'vision' })
  build?.(doc, cluster)
  return { state: readBoard(doc), cluster }
}

describe('what the projector shows', () => {
  it('follows the phase by default', () => {
    expect(chooseView(board().state, AUTO).kind).toBe('wall')
    expect(chooseView(board((d) => setPhase(d, 'cluster')).state, AUTO).kind).toBe('board')
    expect(chooseView(board((d) => setPhase(d, 'vote')).state, AUTO).kind).toBe('vote')
    const shown = board((d) => {
      setPhase(d, 'vote')
      setShowTallies(d, true)
    })
    expect(chooseView(shown.state, AUTO).kind).toBe('ranking')
    expect(chooseView(board((d) => setPhase(d, 'synthesize')).state, AUTO).kind).toBe(
      'recommendations',
    )
  })

  it('shows the recommendation being typed during synthesis', () => {
    const { state, cluster } = board((d) => setPhase(d, 'synthesize'))
    expect(chooseView(state, { ...AUTO, draft: { clusterId: cluster, text: 'Créer' } })).toEqual({
      kind: 'draft',
      clusterId: cluster,
      text: 'Créer',
    })
    expect(chooseView(state, { ...AUTO, draft: { clusterId: 'gone', text: 'x' } }).kind).toBe(
      'recommendations',
    )
  })

  it("puts the facilitator's choice first, while it points at something", () => {
    const { state, cluster } = board((d) => setPhase(d, 'cluster'))
    const rect = { x: 0, y: 0, width: 800, height: 450 }
    expect(chooseView(state, { ...AUTO, mode: 'follow', viewport: rect })).toEqual({
      kind: 'follow',
      rect,
    })
    expect(chooseView(state, { ...AUTO, mode: 'follow' }).kind).toBe('board')
    expect(chooseView(state, { ...AUTO, mode: 'cluster', clusterId: cluster }).kind).toBe('cluster')
    expect(chooseView(state, { ...AUTO, mode: 'cluster', clusterId: 'deleted' }).kind).toBe('board')
    expect(chooseView(state, { ...AUTO, mode: 'selection', selection: [cluster, 'nope'] })).toEqual(
      {
        kind: 'selection',
        noteIds: [],
        clusterIds: [cluster],
      },
    )
    expect(chooseView(state, { ...AUTO, mode: 'selection', selection: ['nope'] }).kind).toBe(
      'board',
    )
  })

  it('shows counts only in silent mode, whatever was chosen', () => {
    const { state, cluster } = board((d) => setSilent(d, true))
    expect(chooseView(state, { ...AUTO, mode: 'cluster', clusterId: cluster }).kind).toBe('silent')
  })
})
