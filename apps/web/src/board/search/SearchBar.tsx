import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Dimension } from '../../model'
import type { BoardStore } from '../store/boardStore'
import type { Selection } from '../store/selection'
import { searchNotes } from './match'

interface Props {
  store: BoardStore
  dimensions: readonly Dimension[]
  /** Filled with the matching note ids; the canvas outlines them. */
  matches: Selection
  /** Shows these notes (the canvas zooms to their bounds). */
  onZoom: (noteIds: string[]) => void
}

/** Typing pauses this long before the view jumps to the matches (the outline is immediate). */
const ZOOM_DELAY_MS = 250

/**
 * Search notes by word over the canvas: matches are outlined at once, the
 * view zooms to them when typing pauses (or on Enter), and a theme filter
 * narrows the search (alone, it shows that theme's notes).
 */
export function SearchBar({ store, dimensions, matches, onZoom }: Props) {
  const { t } = useTranslation()
  const [query, setQuery] = useState('')
  const [dimension, setDimension] = useState<string | null>(null)
  const [count, setCount] = useState<number | null>(null)
  const zoom = useRef(onZoom)
  zoom.current = onZoom
  const inputId = useId()

  // Re-run on every board change too: a note arriving that matches is outlined.
  useEffect(() => {
    const run = () => {
      const found = searchNotes(store.allNotes(), query, dimension)
      matches.set(found)
      setCount(query.trim() || dimension ? found.length : null)
      return found
    }
    const found = run()
    const timer = setTimeout(() => found.length > 0 && zoom.current(found), ZOOM_DELAY_MS)
    const unsubscribe = store.subscribe(run)
    return () => {
      clearTimeout(timer)
      unsubscribe()
    }
  }, [store, query, dimension, matches])
  useEffect(() => () => matches.clear(), [matches])

  const active = query !== '' || dimension !== null
  return (
    <search className="canvas-search" aria-label={t('canvas.searchLabel')}>
      <label htmlFor={inputId} className="visually-hidden">
        {t('canvas.searchLabel')}
      </label>
      <input
        id={inputId}
        type="search"
        className="canvas-search__input"
        placeholder={t('canvas.searchPlaceholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') zoom.current(matches.list())
          if (e.key === 'Escape') setQuery('')
        }}
      />
      <select
        aria-label={t('canvas.dimensionFilter')}
        value={dimension ?? ''}
        onChange={(e) => setDimension(e.target.value || null)}
      >
        <option value="">{t('canvas.allDimensions')}</option>
        {dimensions.map((d) => (
          <option key={d.id} value={d.id}>
            {d.title}
          </option>
        ))}
      </select>
      {count !== null ? (
        <output className="canvas-search__count" aria-live="polite" data-testid="search-count">
          {t('canvas.matches', { count })}
        </output>
      ) : null}
      {active ? (
        <button
          type="button"
          className="button button--small button--quiet"
          aria-label={t('canvas.clearSearch')}
          onClick={() => {
            setQuery('')
            setDimension(null)
          }}
        >
          ✕
        </button>
      ) : null}
    </search>
  )
}
