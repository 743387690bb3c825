import type { Rect } from '../geometry/types'

/** A note as the canvas draws it: board data joined with its place on the canvas. */
export interface NoteView {
  id: string
  text: string
  dimension: string
  clusterId: string | null
  /** Fill colour: the cluster's when clustered, else the dimension's tone. */
  color: string
  hidden: boolean
  x: number
  y: number
}

export interface ClusterView {
  id: string
  title: string
  dimension: string
  color: string
  rect: Rect
  noteCount: number
  /** Dots, only when the board shows tallies. */
  tally: number | null
}

export interface FrameView {
  id: string
  title: string
  prompt: string
  rect: Rect
  tone: number
}

/** Shallow equality over plain view objects, so unchanged views keep their identity. */
export function sameView<T extends object>(a: T | undefined, b: T): boolean {
  if (!a) return false
  for (const key of Object.keys(b) as (keyof T)[]) {
    const x = a[key]
    const y = b[key]
    if (x === y) continue
    if (typeof x === 'object' && typeof y === 'object' && x && y) {
      if (!sameView(x as object, y as object)) return false
    } else return false
  }
  return true
}
