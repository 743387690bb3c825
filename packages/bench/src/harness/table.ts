/** The servers every server scenario runs against, Atelier first. */
export const TARGETS = ['atelier', 'stock', 'hocuspocus', 'raw'] as const
export type TargetName = (typeof TARGETS)[number]

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
 * column per server, then Atelier's ratio to each reference.
 */
export function comparison(title: string, metrics: Metric[], notes: string[] = []): string {
  const present = TARGETS.filter((t) => metrics.some((m) => m.byTarget[t] !== undefined))
  const references = present.filter((t) => t !== 'atelier')
  const header = [
    'metric',
    ...present,
    ...references.map((t) => `atelier / ${t}`),
    ...(metrics.some((m) => m.goal) ? ['goal'] : []),
  ]
  const rows = metrics.map((m) => [
    `${m.name} (${m.unit})`,
    ...present.map((t) => format(m.byTarget[t])),
    ...references.map((t) => {
      const atelier = m.byTarget.atelier
      const reference = m.byTarget[t]
      return atelier === undefined || !reference ? '–' : `${format(atelier / reference)}×`
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
