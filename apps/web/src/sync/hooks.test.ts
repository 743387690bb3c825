// @vitest-environment happy-dom
import { createBoard, readBoard } from '@atelier/board-model'
import { act, createElement, useLayoutEffect } from 'react'
import { createRoot } from 'react-dom/client'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { useDocState } from './hooks'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

function Title({ doc }: { doc: Y.Doc }) {
  const state = useDocState(doc, readBoard)
  return createElement('output', null, state.meta.title || 'chargement')
}

/** Runs `change` after the render and before React subscribes (layout effects come first). */
function ChangeBeforeSubscribe({ change }: { change: () => void }) {
  useLayoutEffect(change, [])
  return null
}

describe('useDocState', () => {
  it('shows a transaction that lands between the render and the subscription', async () => {
    // A phone reloaded offline: its board loads from IndexedDB in one
    // transaction, and no other transaction follows until the network returns.
    const doc = new Y.Doc()
    const host = document.createElement('div')
    const root = createRoot(host)
    await act(async () => {
      root.render(
        createElement(
          'div',
          null,
          createElement(Title, { doc }),
          createElement(ChangeBeforeSubscribe, {
            change: () =>
              createBoard(doc, { title: 'Congrès', template: 'congress', date: '2026-06-10' }, 'x'),
          }),
        ),
      )
    })
    expect(host.textContent).toBe('Congrès')
    await act(async () => root.unmount())
  })

  it('follows later transactions and keeps the same value while nothing changes', async () => {
    const doc = new Y.Doc()
    const seen: unknown[] = []
    function Probe() {
      const state = useDocState(doc, readBoard)
      seen.push(state)
      return createElement('output', null, state.meta.title || 'chargement')
    }
    const host = document.createElement('div')
    const root = createRoot(host)
    await act(async () => root.render(createElement(Probe)))
    expect(host.textContent).toBe('chargement')
    await act(async () => {
      createBoard(doc, { title: 'Atelier', template: 'congress', date: '2026-06-10' }, 'x')
    })
    expect(host.textContent).toBe('Atelier')
    await act(async () => root.render(createElement(Probe)))
    expect(seen.at(-1)).toBe(seen.at(-2))
    await act(async () => root.unmount())
  })
})
