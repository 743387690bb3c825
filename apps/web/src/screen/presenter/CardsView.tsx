import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { HyphenatedText } from '../../shared/hyphenation/HyphenatedText'
import { CardGrid } from './CardGrid'
import { useElementSize, usePager } from './hooks'
import { linesFor, NoteCard } from './NoteCard'
import { cardCapacity, cardGrid, pageOf } from './paging'
import type { Tone } from './tones'

export interface CardItem {
  id: string
  text: string
  tone: Tone | undefined
  /** A small line above the text (the cluster a selected note belongs to). */
  label?: string
}

interface Props {
  title: string
  subtitle?: string
  color?: string | null
  items: readonly CardItem[]
  testId: string
}

/**
 * A heading the back row reads (at least 28 px) and cards under it, as large
 * as the box allows (text never under 24 px), paged when they do not fit:
 * one cluster, or the facilitator's selection.
 */
export function CardsView({ title, subtitle, color, items, testId }: Props) {
  const { t } = useTranslation()
  const box = useRef<HTMLDivElement>(null)
  const size = useElementSize(box)
  const capacity = size.width > 0 ? cardCapacity(size.width, size.height) : 1
  const page = pageOf(items, capacity, usePager(Math.ceil(items.length / capacity), items.length))
  const grid = cardGrid(page.items.length, size.width, size.height)
  return (
    <section className="cards-view" data-testid={testId} aria-label={title}>
      <header className="cards-view__head" style={{ borderColor: color ?? undefined }}>
        <h2 className="cards-view__title" data-testid="presented-title">
          <HyphenatedText text={title} />
        </h2>
        {subtitle ? <p className="cards-view__subtitle">{subtitle}</p> : null}
        {page.pages > 1 ? (
          <p className="wall__count">
            {t('presenter.pageCount', {
              first: page.first,
              last: page.last,
              total: items.length,
            })}
          </p>
        ) : null}
      </header>
      <CardGrid boxRef={box} grid={grid} empty={items.length === 0 ? t('presenter.noNotes') : null}>
        {size.width > 0
          ? page.items.map((item) => (
              <NoteCard
                key={item.id}
                id={item.id}
                text={item.text}
                tone={item.tone}
                label={item.label}
                fontPx={grid.fontPx}
                lines={linesFor(grid.cellHeight - 16 - (item.label ? 34 : 0), grid.fontPx)}
              />
            ))
          : null}
      </CardGrid>
    </section>
  )
}
