import { type RefObject, useEffect, useLayoutEffect, useState } from 'react'

/** Most groups on one page of the congress screen: more would not read from the back. */
export const MOST_PER_PAGE = 5

interface Fit {
  key: string
  perPage: number
  /** One group alone still overflows: its type steps down a notch. */
  dense: boolean
}

/**
 * How many groups fit the list box without overflowing it: starts at
 * MOST_PER_PAGE whenever `resetKey` changes (another dimension, new data, a
 * resize) and steps down before the browser paints until the list fits.
 * Measured, not estimated: texts are of any length.
 */
export function useFitCount(list: RefObject<HTMLElement | null>, resetKey: string): Fit {
  const [fit, setFit] = useState<Fit>({ key: resetKey, perPage: MOST_PER_PAGE, dense: false })
  const current: Fit =
    fit.key === resetKey ? fit : { key: resetKey, perPage: MOST_PER_PAGE, dense: false }
  useLayoutEffect(() => {
    const box = list.current
    if (!box) return
    const over = box.scrollHeight > box.clientHeight + 1
    if (over && current.perPage > 1) setFit({ ...current, perPage: current.perPage - 1 })
    else if (over && !current.dense) setFit({ ...current, dense: true })
    else if (current !== fit) setFit(current)
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
