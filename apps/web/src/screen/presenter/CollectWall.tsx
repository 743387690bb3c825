import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { BoardState } from '../../model'
import { CardGrid } from './CardGrid'
import { useElementSize, usePager } from './hooks'
import { useLegendShare } from './legendShare'
import { linesFor, NoteCard } from './NoteCard'
import { byDimension, cardCapacity, cardGrid, newestFirst, pageOf } from './paging'
import { dimensionTones } from './tones'

/**
 * Collect: the notes as a wall of large cards, grouped by dimension. Up to
 * a page of them at once (24 at 1920x1080, fewer on a smaller screen, text
 * never under 24 px); beyond that the newest come first and the pages turn
 * slowly, with a count of what is shown.
 */
export function CollectWall({ board }: { board: BoardState }) {
  const { t } = useTranslation()
  const box = useRef<HTMLDivElement>(null)
  const size = useElementSize(box)
  const notes = newestFirst(Object.values(board.notes))
  const capacity = size.width > 0 ? cardCapacity(size.width, size.height) : 1
  const newest = notes[0]?.id
  const pageIndex = usePager(Math.ceil(notes.length / capacity), newest)
  const page = pageOf(notes, capacity, pageIndex)
  const order = board.dimensions.map((d) => d.id)
  const cards = byDimension(page.items, order)
  const grid = cardGrid(cards.length, size.width, size.height)
  const tones = dimensionTones(board.dimensions)
  const legend = useRef<HTMLUListElement>(null)
  useLegendShare(legend, board.dimensions.map((d) => d.title).join('\n'))
  const perDimension = new Map(order.map((d) => [d, 0]))
  for (const n of notes) perDimension.set(n.dimension, (perDimension.get(n.dimension) ?? 0) + 1)
  return (
    <section className="wall" aria-label={t('presenter.wall.label')} data-testid="collect-wall">
      <header className="wall__head">
        <ul className="wall__legend" ref={legend}>
          {board.dimensions.map((d) => (
            <li key={d.id} style={{ borderColor: tones.get(d.id)?.edge }}>
              <span className="wall__legend-title">{d.title}</span>
              <span className="wall__legend-count">{perDimension.get(d.id) ?? 0}</span>
            </li>
          ))}
        </ul>
        {page.pages > 1 ? (
          <p className="wall__count" data-testid="wall-count">
            {t('presenter.wall.count', {
              first: page.first,
              last: page.last,
              total: notes.length,
              page: page.page + 1,
              pages: page.pages,
            })}
          </p>
        ) : null}
      </header>
      <CardGrid
        boxRef={box}
        grid={grid}
        empty={notes.length === 0 ? t('presenter.wall.empty') : null}
      >
        {size.width > 0
          ? cards.map((n) => (
              <NoteCard
                key={n.id}
                id={n.id}
                text={n.text}
                tone={tones.get(n.dimension)}
                fontPx={grid.fontPx}
                lines={linesFor(grid.cellHeight - 16, grid.fontPx)}
              />
            ))
          : null}
      </CardGrid>
    </section>
  )
}
