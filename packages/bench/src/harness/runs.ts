import { sleep } from './stats.js'
import type { Metric, TargetName } from './table.js'

/**
 * A metric builder over one scenario's runs, a run per target: `metric(label,
 * unit, value)` is a table row. `value` may return undefined where a figure
 * means nothing for a target (the join request only Atelier has).
 */
export function metricsOf<Run>(runs: Partial<Record<TargetName, Run>>) {
  return (
    name: string,
    unit: string,
    value: (run: Run, target: TargetName) => number | undefined,
    goal?: string,
  ): Metric => ({
    name,
    unit,
    byTarget: Object.fromEntries(
      Object.entries(runs).flatMap(([target, run]) => {
        const figure = value(run as Run, target as TargetName)
        return figure === undefined ? [] : [[target, figure]]
      }),
    ) as Metric['byTarget'],
    ...(goal ? { goal } : {}),
  })
}

/**
 * Waits until `count()` has not moved for `quietMs` (whatever was in flight
 * has arrived) or `timeoutMs` passed; says whether it went quiet.
 */
export async function untilQuiet(
  count: () => number,
  quietMs: number,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = performance.now() + timeoutMs
  let last = count()
  let movedAt = performance.now()
  while (performance.now() < deadline) {
    await sleep(50)
    const now = count()
    if (now !== last) {
      last = now
      movedAt = performance.now()
    } else if (performance.now() - movedAt >= quietMs) return true
  }
  return false
}
