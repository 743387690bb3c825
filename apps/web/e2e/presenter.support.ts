import type { WorkshopDataset } from '@atelier/fixtures'
import type { Page } from 'playwright-core'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { loadWebSocket } from './server'

// Shared by the presenter test and its screenshots: smaller workshops cut
// from the Lyon one, and measures of what the projector shows.

/**
 * `count` notes of a workshop taken in turn from each dimension (so every
 * dimension has some), with only the clusters and votes they still support.
 */
export function someNotes(dataset: WorkshopDataset, count: number): WorkshopDataset {
  const queues = dataset.dimensions.map((d) => dataset.notes.filter((n) => n.dimension === d.id))
  const notes: WorkshopDataset['notes'] = []
  for (let i = 0; notes.length < count && queues.some((q) => q.length > 0); i++) {
    const next = queues[i % queues.length]!.shift()
    if (next) notes.push(next)
  }
  const used = new Set(notes.map((n) => n.cluster).filter(Boolean))
  const clusters = dataset.clusters.filter((c) => used.has(c.id))
  return {
    ...dataset,
    notes,
    clusters,
    votes: dataset.votes.filter((v) => used.has(v.cluster)),
  }
}

/** Font size (CSS px) and box of every element matching `selector`, as the browser laid them out. */
export function measure(page: Page, selector: string) {
  return page.$$eval(selector, (elements) =>
    elements.map((e) => {
      const r = e.getBoundingClientRect()
      const text = e.querySelector('p, h2, h3') ?? e
      return {
        text: e.textContent ?? '',
        fontPx: Number.parseFloat(getComputedStyle(text).fontSize),
        x: r.x,
        y: r.y,
        width: r.width,
        height: r.height,
        clipped: e.scrollWidth > e.clientWidth + 1,
      }
    }),
  )
}

/** Boxes of two sets of elements that overlap (none expected). */
export function overlaps(
  a: { x: number; y: number; width: number; height: number }[],
  b: { x: number; y: number; width: number; height: number }[],
) {
  const hits: string[] = []
  for (const p of a)
    for (const q of b)
      if (
        p.x < q.x + q.width &&
        q.x < p.x + p.width &&
        p.y < q.y + q.height &&
        q.y < p.y + p.height
      )
        hits.push(`${JSON.stringify(p)} x ${JSON.stringify(q)}`)
  return hits
}

/**
 * The board document as a second facilitator client (a stock Yjs client over
 * the real websocket), for what the UI cannot do quickly: a 3-second countdown.
 */
export async function facilitatorBoard(
  baseUrl: string,
  workshop: { id: string; facilitatorKey: string },
) {
  const response = await fetch(`${baseUrl}/api/workshops/${workshop.id}/tokens`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${workshop.facilitatorKey}`,
    },
    body: JSON.stringify({ role: 'facilitator' }),
  })
  const { token } = (await response.json()) as { token: string }
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(
    `${baseUrl.replace(/^http/, 'ws')}/sync`,
    workshop.id,
    doc,
    {
      params: { token },
      disableBc: true,
      WebSocketPolyfill: (await loadWebSocket()) as typeof WebSocket,
    },
  )
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()))
  return { doc, close: () => provider.destroy() }
}
