import { parseMetrics } from '../test-support/scrape.js'

/**
 * A server's store histograms (`atelier_store_append_seconds`,
 * `atelier_store_flush_seconds`) read from its `/metrics` (local requests
 * need no token), so a benchmark reports the store as the running server
 * drove it, not a replay of its calls.
 */
export interface StoreSample {
  append: Histogram
  flush: Histogram
}

/** Cumulative bucket counts by upper bound (seconds; +Inf last), and the count. */
interface Histogram {
  buckets: [number, number][]
  count: number
}

function histogram(samples: Map<string, number>, name: string): Histogram {
  const buckets: [number, number][] = []
  const pattern = new RegExp(`^${name}_bucket\\{le="([^"]+)"\\}$`)
  for (const [key, value] of samples) {
    const match = pattern.exec(key)
    if (match)
      buckets.push([match[1] === '+Inf' ? Number.POSITIVE_INFINITY : Number(match[1]), value])
  }
  buckets.sort(([a], [b]) => a - b)
  return { buckets, count: samples.get(`${name}_count`) ?? 0 }
}

export async function scrapeStore(url: string): Promise<StoreSample> {
  const samples = parseMetrics(await (await fetch(`${url}/metrics`)).text())
  return {
    append: histogram(samples, 'atelier_store_append_seconds'),
    flush: histogram(samples, 'atelier_store_flush_seconds'),
  }
}

/** What was observed between two scrapes of one histogram. */
function since(after: Histogram, before: Histogram): Histogram {
  return {
    count: after.count - before.count,
    buckets: after.buckets.map(([le, n], i) => [le, n - (before.buckets[i]?.[1] ?? 0)]),
  }
}

/**
 * The upper bound, in milliseconds, of the bucket holding quantile `q` of
 * what was observed between the scrapes (a histogram knows no finer), or
 * NaN when nothing was.
 */
function quantileBoundMs(h: Histogram, q: number): number {
  if (h.count === 0) return Number.NaN
  const bucket = h.buckets.find(([, n]) => n >= q * h.count)
  return (bucket?.[0] ?? Number.POSITIVE_INFINITY) * 1000
}

/** Appends and flushes between two scrapes: counts and p99 bounds. */
export function storeFigures(after: StoreSample, before: StoreSample) {
  const append = since(after.append, before.append)
  const flush = since(after.flush, before.flush)
  return {
    appends: append.count,
    appendP99Ms: quantileBoundMs(append, 0.99),
    flushes: flush.count,
    flushP99Ms: quantileBoundMs(flush, 0.99),
  }
}
