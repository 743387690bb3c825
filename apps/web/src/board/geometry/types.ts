/** World coordinates of the canvas: one unit is one pixel at zoom 1. */
export interface Point {
  x: number
  y: number
}

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface IdRect {
  id: string
  rect: Rect
}
