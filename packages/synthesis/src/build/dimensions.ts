import { normalize } from '@atelier/cluster-suggestions'

// Workshops of one campaign share a template, so their dimensions usually
// have the same ids; a workshop imported from elsewhere may not, and then a
// dimension with the same title (accents, case and punctuation aside) is
// taken as the same one.

export interface DimensionRef {
  id: string
  title: string
}

/**
 * The campaign's dimensions (template first, then in order of appearance) and
 * a function filing a source dimension under one of them: same id first,
 * else same normalized title, else a dimension of its own.
 */
export function dimensionMatcher(
  template: readonly DimensionRef[],
  appearing: readonly DimensionRef[],
): { dimensions: DimensionRef[]; match: (d: DimensionRef) => string } {
  const dimensions: DimensionRef[] = []
  const byId = new Map<string, string>()
  const byTitle = new Map<string, string>()
  const resolve = (d: DimensionRef): string | undefined =>
    byId.get(d.id) ?? byTitle.get(normalize(d.title))
  const add = (d: DimensionRef) => {
    const known = resolve(d)
    if (known !== undefined) {
      if (!byId.has(d.id)) byId.set(d.id, known)
      return
    }
    dimensions.push({ id: d.id, title: d.title })
    byId.set(d.id, d.id)
    const key = normalize(d.title)
    if (key !== '' && !byTitle.has(key)) byTitle.set(key, d.id)
  }
  for (const d of template) add(d)
  for (const d of appearing) add(d)
  return { dimensions, match: (d) => resolve(d) ?? d.id }
}
