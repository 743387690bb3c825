import * as Y from 'yjs'

// Defensive getters: the documents are written by clients we do not control,
// so every read tolerates missing keys and wrong types and falls back to a default.

export function str(map: Y.Map<unknown> | undefined, key: string, fallback: string): string {
  const v = map?.get(key)
  return typeof v === 'string' ? v : fallback
}

export function strOrNull(map: Y.Map<unknown> | undefined, key: string): string | null {
  const v = map?.get(key)
  return typeof v === 'string' ? v : null
}

export function num(map: Y.Map<unknown> | undefined, key: string, fallback: number): number {
  const v = map?.get(key)
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback
}

export function numOrNull(map: Y.Map<unknown> | undefined, key: string): number | null {
  const v = map?.get(key)
  return typeof v === 'number' && Number.isFinite(v) ? v : null
}

export function bool(map: Y.Map<unknown> | undefined, key: string, fallback: boolean): boolean {
  const v = map?.get(key)
  return typeof v === 'boolean' ? v : fallback
}

export function oneOf<T extends string>(
  map: Y.Map<unknown> | undefined,
  key: string,
  values: readonly T[],
  fallback: T,
): T {
  const v = map?.get(key)
  return typeof v === 'string' && (values as readonly string[]).includes(v) ? (v as T) : fallback
}

/** The nested Y.Map at `key`, or undefined when absent or not a map. */
export function subMap(map: Y.Map<unknown> | undefined, key: string): Y.Map<unknown> | undefined {
  const v = map?.get(key)
  return v instanceof Y.Map ? (v as Y.Map<unknown>) : undefined
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Y.AbstractType)
}

/** A non-negative integer count, or null. */
export function count(v: unknown): number | null {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null
}
