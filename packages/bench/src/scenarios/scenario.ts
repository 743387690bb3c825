import type { TargetName } from '../harness/table.js'

export interface Scenario {
  /** What `pnpm bench <name>` selects. */
  readonly name: string
  /** Runs against `targets` (server scenarios) and returns markdown for docs/benchmarks.md. */
  run(targets: readonly TargetName[]): Promise<string>
}

/** A positive number from the environment, or the default. */
export function setting(name: string, fallback: number): number {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value > 0 ? value : fallback
}
