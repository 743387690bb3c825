import { type RefObject, useEffect, useLayoutEffect, useState } from 'react'

/** The content box of an element, kept up to date (the views size their cards from it). */
export function useElementSize(ref: RefObject<HTMLElement | null>): {
  width: number
  height: number
} {
  const [size, setSize] = useState({ width: 0, height: 0 })
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setSize({ width: entry.contentRect.width, height: entry.contentRect.height })
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref])
  return size
}

/** Time a page stays up before the next one: long enough to read a page of cards. */
export const PAGE_MS = 12_000

/**
 * The page shown, turning every `periodMs` when there are several; back to
 * the first page whenever `resetKey` changes (a new note arrives: the room
 * wants to see it land).
 */
export function usePager(pages: number, resetKey: unknown, periodMs = PAGE_MS): number {
  const [page, setPage] = useState(0)
  useEffect(() => setPage(0), [resetKey])
  useEffect(() => {
    if (pages <= 1) return
    const id = setInterval(() => setPage((p) => (p + 1) % pages), periodMs)
    return () => clearInterval(id)
  }, [pages, periodMs, resetKey])
  return pages <= 1 ? 0 : page % pages
}
