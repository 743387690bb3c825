import type * as Y from 'yjs'
import { z } from 'zod'
import { BoardModelError } from '../../errors.js'
import { LAYOUT_MAPS } from '../../layout.js'
import { MAX_DRAFT_LENGTH, MAX_PRESENTED_IDS, type WorldRect } from '../../read/presentation.js'

/** What the facilitator asks the projector to show (the viewport is written separately). */
export type PresentationChoice =
  | { mode: 'auto' }
  | { mode: 'follow' }
  | { mode: 'cluster'; clusterId: string }
  | { mode: 'selection'; ids: readonly string[] }

const choiceSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('auto') }),
  z.object({ mode: z.literal('follow') }),
  z.object({ mode: z.literal('cluster'), clusterId: z.string().min(1).max(64) }),
  z.object({
    mode: z.literal('selection'),
    ids: z.array(z.string().min(1).max(64)).max(MAX_PRESENTED_IDS),
  }),
])

const rectSchema = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  width: z.number().finite().positive(),
  height: z.number().finite().positive(),
})

/**
 * Sets what the projector shows, in one transaction on the layout document
 * (phones never load it). Leaving `cluster` or `selection` clears their ids,
 * so a stale choice never comes back. Throws `BoardModelError('invalid-presentation')`.
 *
 * @example
 * setPresentation(layoutDoc, { mode: 'cluster', clusterId: 'c3' }, 'facilitator')
 */
export function setPresentation(doc: Y.Doc, choice: PresentationChoice, origin?: unknown): void {
  const parsed = choiceSchema.safeParse(choice)
  if (!parsed.success) throw new BoardModelError('invalid-presentation')
  const next = parsed.data
  const map = doc.getMap<unknown>(LAYOUT_MAPS.presentation)
  doc.transact(() => {
    map.set('mode', next.mode)
    if (next.mode === 'cluster') map.set('cluster', next.clusterId)
    else if (map.has('cluster')) map.delete('cluster')
    if (next.mode === 'selection') map.set('selection', [...new Set(next.ids)])
    else if (map.has('selection')) map.delete('selection')
  }, origin)
}

/**
 * Publishes the facilitator's viewport (world units) for "follow me". Called
 * often (throttled by the caller, about 10 Hz): one small map value, replaced whole.
 *
 * @example
 * setPresentedViewport(layoutDoc, { x: 0, y: 0, width: 1600, height: 900 }, 'facilitator')
 */
export function setPresentedViewport(doc: Y.Doc, rect: WorldRect, origin?: unknown): void {
  const parsed = rectSchema.safeParse(rect)
  if (!parsed.success) throw new BoardModelError('invalid-presentation')
  const { x, y, width, height } = parsed.data
  doc.transact(() => {
    doc.getMap<unknown>(LAYOUT_MAPS.presentation).set('viewport', { x, y, width, height })
  }, origin)
}

/**
 * Publishes the recommendation being typed for a cluster (null: typing is
 * over), so the projector shows it live without a board update per keystroke;
 * the board's `recommendation` is written once, when the facilitator is done.
 *
 * @example
 * setRecommendationDraft(layoutDoc, { clusterId: 'c3', text: 'Créer un fonds' }, 'facilitator')
 */
export function setRecommendationDraft(
  doc: Y.Doc,
  draft: { clusterId: string; text: string } | null,
  origin?: unknown,
): void {
  const map = doc.getMap<unknown>(LAYOUT_MAPS.presentation)
  if (draft === null) {
    if (map.has('draft')) doc.transact(() => map.delete('draft'), origin)
    return
  }
  if (draft.clusterId === '' || draft.text.length > MAX_DRAFT_LENGTH)
    throw new BoardModelError('invalid-presentation')
  doc.transact(() => map.set('draft', { cluster: draft.clusterId, text: draft.text }), origin)
}
