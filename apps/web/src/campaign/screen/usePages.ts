import { type RefObject, useEffect, useLayoutEffect, useState } from 'react'
import { type PageRange, paginate } from './paginate'

/** Most groups on one page of the congress screen: more would not read from the back. */
export const MOST_PER_PAGE = 5

interface Paging {
  key: string
  /** Null until measured for `key`. */
  pages: PageRange[] | null
  /** A group alone is taller than the box: the type steps down a notch for this dimension. */
  dense: boolean
}

/**
 * The pages of the dimension shown, cut by measuring every group in a hidden
 * copy of the list (`measure`, same width and type) against the visible
 * list's box (`box`): texts are of any length, so pages are of any count.
 * Measured again whenever `resetKey` changes (another dimension, new data,
 * a resize), before the browser paints.
 */
export function usePages(
  measure: RefObject<HTMLElement | null>,
  box: RefObject<HTMLElement | null>,
  resetKey: string,
): { pages: PageRange[] | null; dense: boolean } {
  const [paging, setPaging] = useState<Paging>({ key: resetKey, pages: null, dense: false })
  const current: Paging =
    paging.key === resetKey ? paging : { key: resetKey, pages: null, dense: false }
  useLayoutEffect(() => {
    if (current.pages !== null) return
    const list = measure.current
    const visible = box.current
    if (!list || !visible) return
    const style = getComputedStyle(visible)
    const available =
      visible.clientHeight -
      Number.parseFloat(style.paddingTop) -
      Number.parseFloat(style.paddingBottom)
    const gap = Number.parseFloat(style.rowGap) || 0
    const heights = [...list.children].map((child) => child.getBoundingClientRect().height)
    if (!current.dense && heights.some((h) => h > available)) {
      setPaging({ key: resetKey, pages: null, dense: true })
      return
    }
    setPaging({
      key: resetKey,
      pages: paginate(heights, available, gap, MOST_PER_PAGE),
      dense: current.dense,
    })
  })
  return current
}

/** The window's size, kept current (a projector laptop switching displays resizes). */
export function useViewport(): { width: number; height: number } {
  const [size, setSize] = useState(() => ({ width: innerWidth, height: innerHeight }))
  useEffect(() => {
    const onResize = () => setSize({ width: innerWidth, height: innerHeight })
    window.addEventListener('resize', onResize)
    return () => window.removeEventListener('resize', onResize)
  }, [])
  return size
}
