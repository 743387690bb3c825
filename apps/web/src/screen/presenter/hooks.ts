import { useEffect, useState } from 'react'

export { useElementSize } from '../../shared/useElementSize'

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
