import { type DependencyList, useEffect, useState } from 'react'

/**
 * An object that owns resources from its constructor on (a Y.UndoManager
 * observes its documents at once), created in an effect and destroyed in its
 * cleanup. Null until the effect has run. Unlike `useMemo`, this survives
 * StrictMode's mount, unmount, mount: the first object is destroyed and a
 * fresh one takes its place, where a memoized one would stay destroyed but
 * still in use.
 */
export function useOwned<T>(
  create: () => T,
  destroy: (value: T) => void,
  deps: DependencyList,
): T | null {
  const [value, setValue] = useState<T | null>(null)
  useEffect(() => {
    const owned = create()
    setValue(owned)
    return () => {
      setValue(null)
      destroy(owned)
    }
  }, deps)
  return value
}
