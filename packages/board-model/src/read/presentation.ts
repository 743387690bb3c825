import type * as Y from 'yjs'
import { LAYOUT_MAPS } from '../layout.js'
import { isRecord } from './values.js'

/**
 * What the projector shows beyond its phase's default:
 * - `auto`: the view of the current phase (wall of cards, ranking, synthesis);
 * - `follow`: the facilitator's own viewport ("follow me");
 * - `cluster`: one cluster, large;
 * - `selection`: the notes and clusters the facilitator selected.
 */
export type PresentationMode = 'auto' | 'follow' | 'cluster' | 'selection'

/** A region of the canvas in world units (what the facilitator's screen covers). */
export interface WorldRect {
  x: number
  y: number
  width: number
  height: number
}

/** The layout document's `presentation` map as plain data. */
export interface Presentation {
  mode: PresentationMode
  /** The cluster shown in `cluster` mode; null otherwise. */
  clusterId: string | null
  /** Note and cluster ids shown in `selection` mode (possibly empty). */
  selection: string[]
  /** The facilitator's viewport, written while in `follow` mode; null before the first. */
  viewport: WorldRect | null
  /** The recommendation the facilitator is typing, shown live in synthesis; null when none. */
  draft: { clusterId: string; text: string } | null
}

export const PRESENTATION_MODES: readonly PresentationMode[] = [
  'auto',
  'follow',
  'cluster',
  'selection',
]

/** Longest recommendation draft kept (a draft is a sentence or two). */
export const MAX_DRAFT_LENGTH = 2000

/** Ids in a selection: beyond this the facilitator is showing the whole board anyway. */
export const MAX_PRESENTED_IDS = 500

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

function worldRect(v: unknown): WorldRect | null {
  if (!isRecord(v)) return null
  const { x, y, width, height } = v
  if (!finite(x) || !finite(y) || !finite(width) || !finite(height)) return null
  if (width <= 0 || height <= 0) return null
  return { x, y, width, height }
}

function draftOf(v: unknown): Presentation['draft'] {
  if (!isRecord(v) || typeof v.cluster !== 'string' || typeof v.text !== 'string') return null
  return { clusterId: v.cluster, text: v.text.slice(0, MAX_DRAFT_LENGTH) }
}

/**
 * Reads what the facilitator chose to show. Tolerates anything: an unknown
 * mode reads as `auto`; `cluster` without a cluster id reads as `auto`.
 * Whether the cluster still exists is the reader's business (the board doc
 * holds clusters): a projector falls back to its phase view.
 *
 * @example
 * readPresentation(layoutDoc).mode // 'auto'
 */
export function readPresentation(doc: Y.Doc): Presentation {
  const map = doc.getMap<unknown>(LAYOUT_MAPS.presentation)
  const rawMode = map.get('mode')
  const rawCluster = map.get('cluster')
  const rawSelection = map.get('selection')
  const clusterId = typeof rawCluster === 'string' && rawCluster !== '' ? rawCluster : null
  const selection = Array.isArray(rawSelection)
    ? rawSelection.filter((id): id is string => typeof id === 'string').slice(0, MAX_PRESENTED_IDS)
    : []
  let mode: PresentationMode = PRESENTATION_MODES.includes(rawMode as PresentationMode)
    ? (rawMode as PresentationMode)
    : 'auto'
  if (mode === 'cluster' && clusterId === null) mode = 'auto'
  return {
    mode,
    clusterId: mode === 'cluster' ? clusterId : null,
    selection: mode === 'selection' ? selection : [],
    viewport: worldRect(map.get('viewport')),
    draft: draftOf(map.get('draft')),
  }
}
