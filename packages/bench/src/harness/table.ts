/** The servers every server scenario runs against by default, Atelier first. */
export const TARGETS = ['atelier', 'stock', 'hocuspocus', 'raw'] as const
/**
 * Atelier relaying every update at once (`RELAY_MERGE_MS=0`): the latency
 * end of the trade fan-out measures, where the default is its CPU end.
 */
export const ATELIER_INSTANT = 'atelier-instant'
export type TargetName = (typeof TARGETS)[number] | typeof ATELIER_INSTANT

/** The order of a table's columns. */
const COLUMNS: readonly TargetName[] = ['atelier', ATELIER_INSTANT, 'stock', 'hocuspocus', 'raw']

/** Atelier, in any of its settings: the columns whose ratios a table prints. */
export const isAtelier = (target: TargetName): boolean => target.startsWith('atelier')

/** One measured quantity, for each server it was measured on. */
export interface Metric {
  name: string
  unit: string
  byTarget: Partial<Record<TargetName, number>>
  /** What the issue asks of Atelier, in words ("≤ 0.6× stock"); printed beside the ratios. */
  goal?: string
}

const format = (value: number | undefined): string => {
  if (value === undefined || Number.isNaN(value)) return '–'
  if (value === 0) return '0'
  const abs = Math.abs(value)
  if (abs >= 100) return value.toFixed(0)
  if (abs >= 10) return value.toFixed(1)
  return value.toFixed(2)
}

/**
 * A markdown table (ready for docs/benchmarks.md): one row per metric, a
 * column per server, then the ratio of each Atelier column (its settings) to
 * each reference.
 */
export function comparison(title: string, metrics: Metric[], notes: string[] = []): string {
  const present = COLUMNS.filter((t) => metrics.some((m) => m.byTarget[t] !== undefined))
  const ratios = present
    .filter(isAtelier)
    .flatMap((atelier) =>
      present.filter((t) => !isAtelier(t)).map((reference) => ({ atelier, reference })),
    )
  const header = [
    'metric',
    ...present,
    ...ratios.map(({ atelier, reference }) => `${atelier} / ${reference}`),
    ...(metrics.some((m) => m.goal) ? ['goal'] : []),
  ]
  const rows = metrics.map((m) => [
    `${m.name} (${m.unit})`,
    ...present.map((t) => format(m.byTarget[t])),
    ...ratios.map(({ atelier, reference }) => {
      const ours = m.byTarget[atelier]
      const theirs = m.byTarget[reference]
      return ours === undefined || !theirs ? '–' : `${format(ours / theirs)}×`
    }),
    ...(metrics.some((x) => x.goal) ? [m.goal ?? ''] : []),
  ])
  return [`### ${title}`, '', ...notes.map((n) => `${n}  `), '', markdownTable(header, rows)].join(
    '\n',
  )
}

export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}
