import { useEffect, useState } from 'react'

export { useElementSize } from '../../shared/useElementSize'

/** Time a page stays up before the next one: long enough to read a page of cards. */
export const PAGE_MS = 12_000

/**
 * The page shown, turning every `periodMs` when there are several; back to
 * `startPage` (the first by default) whenever `resetKey` changes (a new note
 * arrives: the room wants to see it land).
 */
export function usePager(
  pages: number,
  resetKey: unknown,
  periodMs = PAGE_MS,
  startPage = 0,
): number {
  const [page, setPage] = useState(startPage)
  // Only a new key restarts the pages (startPage follows from the same data).
  useEffect(() => setPage(startPage), [resetKey])
  useEffect(() => {
    if (pages <= 1) return
    const id = setInterval(() => setPage((p) => (p + 1) % pages), periodMs)
    return () => clearInterval(id)
  }, [pages, periodMs, resetKey])
  return pages <= 1 ? 0 : page % pages
}
