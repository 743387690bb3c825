// @vitest-environment happy-dom
import { addOwnNote, createBoard, ingestParticipant, setPosition } from '@atelier/board-model'
import { act, createElement, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { useUndoHistory } from '../undo/useUndoHistory'
import { useBoardState } from './hooks'
import { useBoardStore } from './useBoardStore'

// React's StrictMode mounts, unmounts and mounts again every component in
// development: an object created in useMemo and destroyed in an effect's
// cleanup would stay dead. These hooks must come out of it live.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

function Probe({ board, layout }: { board: { doc: Y.Doc }; layout: { doc: Y.Doc } }) {
  const store = useBoardStore(board, layout)
  const state = useBoardState(store)
  const undo = useUndoHistory(board.doc, layout.doc, 'facilitator')
  return createElement(
    'output',
    { 'data-undo': undo.history ? 'ready' : 'none', 'data-can-undo': String(undo.canUndo) },
    `${Object.keys(state.notes).length} notes`,
  )
}

describe('under StrictMode', () => {
  it('the board store and the undo history still follow the documents after the double mount', async () => {
    const board = { doc: new Y.Doc() }
    const layout = { doc: new Y.Doc() }
    createBoard(board.doc, { title: 'Test', template: 'congress', date: '2021-06-10' }, 'test')
    const host = document.createElement('div')
    document.body.append(host)
    const root = createRoot(host)
    await act(async () => {
      root.render(createElement(StrictMode, null, createElement(Probe, { board, layout })))
    })
    expect(host.textContent).toBe('0 notes')
    expect(host.querySelector('output')!.dataset.undo).toBe('ready')

    const phone = new Y.Doc()
    addOwnNote(phone, { id: 'n1', text: 'après le double montage', dimension: 'vision' })
    await act(async () => {
      ingestParticipant(board.doc, new Y.Doc(), phone, 'p1', 'server', { now: 1000 })
      await new Promise((resolve) => setTimeout(resolve, 0))
    })
    expect(host.textContent).toBe('1 notes')
    // The undo history (its UndoManagers observe the documents) records the facilitator's edit.
    await act(async () => {
      setPosition(layout.doc, 'n1', { x: 10, y: 10 }, 'facilitator')
    })
    expect(host.querySelector('output')!.dataset.canUndo).toBe('true')
    await act(async () => root.unmount())
  })
})
