import type { ReactNode, RefObject } from 'react'

interface Props {
  /** Measured by the view (useElementSize) to choose the grid and the font. */
  boxRef: RefObject<HTMLDivElement | null>
  grid: { columns: number; rows: number }
  /** Said in the grid's place when there is nothing to show yet. */
  empty: string | null
  children: ReactNode
}

/** The grid every presenter view lays its cards in: `columns` × `rows` equal cells. */
export function CardGrid({ boxRef, grid, empty, children }: Props) {
  return (
    <div
      ref={boxRef}
      className="wall__grid"
      style={{
        gridTemplateColumns: `repeat(${grid.columns}, minmax(0, 1fr))`,
        gridTemplateRows: `repeat(${grid.rows}, minmax(0, 1fr))`,
      }}
    >
      {empty ? <p className="wall__empty">{empty}</p> : null}
      {children}
    </div>
  )
}
